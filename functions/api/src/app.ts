import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './deps.ts';
import type { AppEnv } from './env.ts';
import { ApiError } from './http/api-error.ts';
import { ApiRouter } from './http/api-router.ts';
import { handleError } from './http/error-handler.ts';
import { openApiDocument } from './http/openapi-document.ts';
import { authenticate } from './middleware/authenticate.ts';
import { idempotency } from './middleware/idempotency.ts';
import { requireSignIn } from './middleware/require-sign-in.ts';
import { localAuthRoutes } from './routes/auth-local.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { orgRoutes } from './routes/orgs.ts';
import { patentRoutes } from './routes/patents.ts';
import { statsRoutes } from './routes/stats.ts';

const DEFAULT_BODY_LIMIT = 1024 * 1024;
const NOT_FOUND = { error: { code: 'not_found', message: '接口不存在 / no such route' } };

/** The whole HTTP API under `/api`, the same in Lambda and on a laptop; only `deps` differ. */
export function createApp(deps: ApiDeps) {
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const api = new Hono<AppEnv>();
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  api.use(
    '*',
    bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `请求体超过 ${limit} 字节 / body too large`);
      },
    }),
  );
  api.use('*', authenticate);
  api.use('*', requireSignIn);
  api.use('*', idempotency);

  const router = new ApiRouter(api);
  healthRoutes(router);
  meRoutes(router);
  orgRoutes(router);
  statsRoutes(router);
  patentRoutes(router);
  if (deps.localIssuer) localAuthRoutes(router, deps.localIssuer);
  docsRoutes(api);

  let document: unknown;
  api.get('/openapi.json', (c) => {
    document ??= openApiDocument(router.specs, {
      title: '开放许可专利供需平台 API / openlicense marketplace API',
      version: '0.1.0',
      description: 'Errors are `{ error: { code, message, details? } }`. Money is integer fen (分).',
    });
    return c.json(document);
  });

  api.notFound((c) => c.json(NOT_FOUND, 404));
  api.onError(handleError);

  const app = new Hono<AppEnv>();
  app.route('/api', api);
  app.notFound((c) => c.json(NOT_FOUND, 404));
  app.onError(handleError);
  return app;
}
export type App = ReturnType<typeof createApp>;
