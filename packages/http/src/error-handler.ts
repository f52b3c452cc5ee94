import { ApiError, conflictMessage, errorBody } from '@openlicense/app';
import { DomainError } from '@openlicense/domain';
import { createLogger, type Logger } from '@openlicense/observability';
import { InvalidCursorError, StoreConflictError } from '@openlicense/store';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { $ZodError } from 'zod/v4/core';
import { zodIssues } from './zod-issues.ts';

const STATUS_CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** The store's cursor refusal, phrased for users here (the store's own message is English, for logs). */
const INVALID_CURSOR = '分页游标无效 / cursor is not valid';

const FRIENDLY: Record<string, string> = {
  'Malformed JSON in request body': '请求体不是合法的 JSON / malformed JSON in request body',
};

/** For errors raised before `observe` gave the request its logger. */
let fallback: Logger | undefined;
const fallbackLogger = () => {
  fallback ??= createLogger('api');
  return fallback;
};

/** The one place errors become responses: every refusal is `{ error: { code, message, details? } }`. */
export function handleError(err: Error, c: Context) {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.details), err.status);
  if (err instanceof DomainError) return c.json(errorBody(err.code, err.message, err.details), err.status);
  if (err instanceof StoreConflictError) return c.json(errorBody(err.code, conflictMessage(err)), 409);
  if (err instanceof InvalidCursorError)
    return c.json(
      errorBody('invalid_cursor', INVALID_CURSOR, [{ path: 'cursor', message: INVALID_CURSOR }]),
      400,
    );
  // `$ZodError` is the parent of every zod error, classic and mini alike (imported by name: `z.core`
  // would keep all of zod's core, locales included, in each bundle).
  if (err instanceof $ZodError)
    return c.json(errorBody('invalid_input', '输入有误 / invalid input', zodIssues(err.issues)), 400);
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    const code = STATUS_CODES[status] ?? 'bad_request';
    const message = FRIENDLY[err.message] ?? (err.message || '请求有误 / bad request');
    return c.json(errorBody(code, message), status);
  }
  ((c.get('logger') as Logger | undefined) ?? fallbackLogger()).error('unhandled', {
    error: String(err),
    stack: err.stack,
  });
  return c.json(errorBody('internal', '服务器内部错误 / internal error'), 500);
}
