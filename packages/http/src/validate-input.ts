import { ApiError } from '@openlicense/app';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { Input, RouteSpec } from './route-spec.ts';
import { zodIssues } from './zod-issues.ts';

const NOT_JSON = new ApiError(400, 'invalid_json', '请求体不是合法的 JSON / body is not valid JSON', [
  { path: 'body', message: '请求体不是合法的 JSON / body is not valid JSON' },
]);

function parse(schema: z.ZodMiniType | undefined, value: unknown, where: string) {
  if (!schema) return {};
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = zodIssues(result.error.issues, where === 'body' ? undefined : where);
  throw new ApiError(
    400,
    'invalid_input',
    `输入有误：${details.map((d) => d.path || '请求体').join('、')} / invalid input`,
    details,
  );
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type))
    throw new ApiError(
      415,
      'unsupported_media_type',
      '请求体须为 JSON（Content-Type: application/json）/ send JSON',
      [{ path: 'header.content-type', message: 'application/json' }],
    );
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw NOT_JSON;
  }
}

/** Parses every input a route declares (params, query, headers, JSON body) or throws a 400 naming each bad field. */
export async function validateInput<S extends RouteSpec>(c: Context, spec: S): Promise<Input<S>> {
  const request = spec.request ?? {};
  const params = parse(request.params, c.req.param(), 'params');
  const query = parse(request.query, c.req.query(), 'query');
  const headers = parse(request.headers, c.req.header(), 'header');
  const body = request.body ? parse(request.body, await readJson(c), 'body') : undefined;
  return { params, query, headers, body } as Input<S>;
}
