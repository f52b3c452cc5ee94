import * as z from 'zod/mini';
import type { RouteSpec } from './route-spec.ts';
import { ErrorSchema } from './schemas.ts';

const jsonSchema = (schema: z.ZodMiniType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function parameters(spec: RouteSpec) {
  const out: Record<string, unknown>[] = [];
  const add = (where: 'path' | 'query' | 'header', schema: z.ZodMiniType | undefined) => {
    if (!schema) return;
    const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {}))
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
  };
  add('path', spec.request?.params);
  add('query', spec.request?.query);
  add('header', spec.request?.headers);
  return out;
}

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests (zod's own
 * JSON Schema output is the 2020-12 dialect OpenAPI 3.1 uses).
 */
export function openApiDocument(
  specs: RouteSpec[],
  info: { title: string; version: string; description: string },
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      const schema = response.schema ?? (Number(status) >= 400 ? ErrorSchema : undefined);
      responses[status] = {
        description: response.description,
        ...(schema ? { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } } : {}),
      };
    }
    paths[spec.path] ??= {};
    paths[spec.path]![spec.method] = {
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.public ? {} : { security: [{ Bearer: [] }] }),
      parameters: parameters(spec),
      ...(spec.request?.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(spec.request.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/api' }],
    paths,
    components: { securitySchemes: { Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
  };
}
