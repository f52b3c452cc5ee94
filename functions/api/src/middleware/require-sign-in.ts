import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../http/api-error.ts';

/** Routes anyone may call; everything else needs a signed-in caller. */
const PUBLIC = [/^\/api\/health$/, /^\/api\/openapi\.json$/, /^\/api\/docs$/, /^\/api\/auth\/local\//];

/**
 * Answers 401 before input is parsed, so an anonymous caller learns nothing about a route's
 * input rules, and a signed-out client is told to sign in rather than to fix a field.
 */
export const requireSignIn = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('principal') && !PUBLIC.some((pattern) => pattern.test(c.req.path)))
    throw new ApiError(401, 'unauthenticated', '请先登录 / please sign in');
  await next();
});
