import { ApiError } from '@openlicense/app';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/** Routes anyone may call; everything else needs a signed-in caller. */
const PUBLIC = [
  /^\/api\/health$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/docs(\/init\.js)?$/,
  /^\/api\/auth\/local\//,
  // The public catalogue: search, a listing, its royalty calculator.
  /^\/api\/listings(\/[^/]+(\/royalty)?)?$/,
];

/** Paths anyone may read (GET only): writes to them still need a signed-in caller. */
const PUBLIC_READS = [
  // A public patent pool (公共专利池) and its royalty calculator; a bundle not yet public answers 404.
  /^\/api\/bundles\/[0-9A-HJKMNP-TV-Z]{26}(\/royalty)?$/,
  // The one-click unsubscribe link of a push email: the token is the credential.
  /^\/api\/push-preferences\/unsubscribe$/,
  // The one-click unsubscribe link of a weekly field alert e-mail, likewise.
  /^\/api\/market\/alerts\/unsubscribe$/,
];
const isPublic = (method: string, path: string) =>
  PUBLIC.some((pattern) => pattern.test(path)) ||
  (method === 'GET' && PUBLIC_READS.some((pattern) => pattern.test(path)));

/**
 * Answers 401 before input is parsed, so an anonymous caller learns nothing about a route's
 * input rules, and a signed-out client is told to sign in rather than to fix a field.
 */
export const requireSignIn = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('principal') && !isPublic(c.req.method, c.req.path))
    throw new ApiError(401, 'unauthenticated', '请先登录 / please sign in');
  await next();
});
