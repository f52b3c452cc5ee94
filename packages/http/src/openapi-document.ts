import * as z from 'zod/mini';
import type { RouteSpec } from './route-spec.ts';
import { ErrorSchema } from './schemas.ts';

type Io = 'input' | 'output';
type Json = Record<string, unknown>;

/**
 * The metadata zod reads while converting: the descriptions every schema carries (the global registry),
 * plus an `id` for each named schema, which makes zod put it under `$defs` and refer to it there.
 */
class NamedSchemas extends z.core.$ZodRegistry<{ id?: string }> {
  constructor(private readonly ids: ReadonlyMap<z.ZodMiniType, string>) {
    super();
  }
  override get(schema: z.core.$ZodType) {
    const meta = z.globalRegistry.get(schema);
    const id = this.ids.get(schema as z.ZodMiniType);
    return id ? { ...meta, id } : meta;
  }
}

const convert = (schema: z.ZodMiniType, io: Io, metadata?: NamedSchemas) =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12', metadata }) as Json;

/** Where a route refers to a named schema, until every route is converted and the names are final. */
const PENDING = '#/components/schemas/?';

/**
 * Converts route schemas to JSON Schema with each named schema written once under
 * `components.schemas` and referred to by `$ref` wherever a route uses it: the document the docs page
 * renders stays small, and a client generator sees one `Bundle`, not a copy per route. A named schema
 * used both ways whose response form differs from its request form (defaults filled, no unknown keys) is
 * written twice, the response form as `<name>Output` (as the zod-openapi library names it).
 */
class Components {
  private readonly registry: NamedSchemas;
  /** Each named schema's JSON Schema by the way routes use it. */
  private readonly forms = new Map<string, Partial<Record<Io, unknown>>>();

  constructor(named: Record<string, z.ZodMiniType>) {
    const ids = new Map<z.ZodMiniType, string>();
    for (const [name, schema] of Object.entries(named)) ids.set(schema, name);
    this.registry = new NamedSchemas(ids);
  }

  /** The JSON Schema of `schema` as a route uses it, its named parts replaced by references. */
  schemaOf(schema: z.ZodMiniType, io: Io): Json {
    const { $defs, $schema: _dialect, ...root } = convert(schema, io, this.registry);
    const mark = (value: unknown) =>
      mapRefs(value, (ref) =>
        ref.startsWith('#/$defs/') ? `${PENDING}${io}/${decodeURIComponent(ref.slice(8))}` : ref,
      );
    for (const [id, definition] of Object.entries(($defs ?? {}) as Json)) {
      const forms = this.forms.get(id) ?? {};
      forms[io] ??= mark(definition);
      this.forms.set(id, forms);
    }
    return mark(root) as Json;
  }

  /** `value` with every pending reference pointing at its component, and the components themselves. */
  finish<T>(value: T): { value: T; schemas: Record<string, unknown> } {
    const names = new Map<string, string>();
    const schemas: Record<string, unknown> = {};
    for (const [id, forms] of this.forms) {
      const both = forms.input !== undefined && forms.output !== undefined;
      const differ = both && JSON.stringify(forms.input) !== JSON.stringify(forms.output);
      names.set(`input/${id}`, id);
      names.set(`output/${id}`, differ ? `${id}Output` : id);
    }
    const taken = new Map<string, string>();
    for (const [form, name] of names) {
      const id = form.slice(form.indexOf('/') + 1);
      if (taken.has(name) && taken.get(name) !== id)
        throw new Error(`two schemas would both be named ${name} in the OpenAPI document: rename one`);
      taken.set(name, id);
    }
    const resolve = (item: unknown) =>
      mapRefs(item, (ref) =>
        ref.startsWith(PENDING) ? `#/components/schemas/${names.get(ref.slice(PENDING.length))}` : ref,
      );
    for (const [id, forms] of this.forms)
      for (const io of ['output', 'input'] as const)
        if (forms[io] !== undefined) schemas[names.get(`${io}/${id}`)!] ??= resolve(forms[io]);
    return { value: resolve(value) as T, schemas };
  }
}

/** A copy of `value` with each `$ref` string replaced by `replace(ref)`. */
function mapRefs(value: unknown, replace: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, replace));
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value))
    out[key] = key === '$ref' && typeof item === 'string' ? replace(item) : mapRefs(item, replace);
  return out;
}

function parameters(spec: RouteSpec) {
  const out: Record<string, unknown>[] = [];
  const add = (where: 'path' | 'query' | 'header', schema: z.ZodMiniType | undefined) => {
    if (!schema) return;
    // Inline: a parameter list needs the object's own properties, never a reference to them.
    const json = convert(schema, 'input') as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
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
 * JSON Schema output is the 2020-12 dialect OpenAPI 3.1 uses). `named` lists the schemas written once
 * under `components.schemas` by name (the error body is always one of them, as `Error`).
 */
export function openApiDocument(
  specs: RouteSpec[],
  info: { title: string; version: string; description: string },
  named: Record<string, z.ZodMiniType> = {},
) {
  const components = new Components({ Error: ErrorSchema, ...named });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      const schema = response.schema ?? (Number(status) >= 400 ? ErrorSchema : undefined);
      responses[status] = {
        description: response.description,
        ...(schema
          ? { content: { 'application/json': { schema: components.schemaOf(schema, 'output') } } }
          : {}),
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
              content: { 'application/json': { schema: components.schemaOf(spec.request.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  const finished = components.finish(paths);
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/api' }],
    paths: finished.value,
    components: {
      schemas: finished.schemas,
      securitySchemes: { Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
