import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './deps.ts';
import type { AppEnv } from './env.ts';
import { ApiError } from './http/api-error.ts';
import { handleError } from './http/error-handler.ts';
import { authenticate } from './middleware/authenticate.ts';
import { idempotency } from './middleware/idempotency.ts';
import { requireSignIn } from './middleware/require-sign-in.ts';
import { localAuthRoutes } from './routes/auth-local.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { orgRoutes } from './routes/orgs.ts';
import { statsRoutes } from './routes/stats.ts';

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** The whole HTTP API under `/api`, the same in Lambda and on a laptop; only `deps` differ. */
export function createApp(deps: ApiDeps) {
  const api = new OpenAPIHono<AppEnv>();
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  api.use(
    '*',
    bodyLimit({
      maxSize: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
      onError: () => {
        throw new ApiError(
          413,
          'payload_too_large',
          `请求体超过 ${deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT} 字节 / body too large`,
        );
      },
    }),
  );
  api.use('*', authenticate);
  api.use('*', requireSignIn);
  api.use('*', idempotency);

  api.route('/', healthRoutes);
  api.route('/', meRoutes);
  api.route('/', orgRoutes);
  api.route('/', statsRoutes);
  api.route('/', docsRoutes);
  if (deps.localIssuer) api.route('/', localAuthRoutes(deps.localIssuer));

  api.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '开放许可专利供需平台 API / openlicense marketplace API',
      version: '0.1.0',
      description: 'Errors are `{ error: { code, message, details? } }`. Money is integer fen (分).',
    },
    servers: [{ url: '/api' }],
  });

  api.notFound((c) => c.json({ error: { code: 'not_found', message: '接口不存在 / no such route' } }, 404));
  api.onError(handleError);

  const app = new OpenAPIHono<AppEnv>();
  app.route('/api', api);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: '接口不存在 / no such route' } }, 404));
  app.onError(handleError);
  return app;
}
export type App = ReturnType<typeof createApp>;
