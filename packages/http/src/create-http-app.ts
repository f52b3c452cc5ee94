import { ApiError } from '@openlicense/app';
import { createLogger, type Logger, type Metrics } from '@openlicense/observability';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './api-deps.ts';
import { ApiRouter } from './api-router.ts';
import { edgeMetrics } from './edge-metrics.ts';
import type { AppEnv } from './env.ts';
import { handleError } from './error-handler.ts';
import { authenticate } from './middleware/authenticate.ts';
import { idempotency } from './middleware/idempotency.ts';
import { observe } from './middleware/observe.ts';
import { requireOrigin } from './middleware/require-origin.ts';
import { requireSignIn } from './middleware/require-sign-in.ts';
import { securityHeaders } from './security-headers.ts';

const NOT_FOUND = { error: { code: 'not_found', message: '接口不存在 / no such route' } };

/**
 * The edge every function under `/api` shares: dependencies, body limit (413), sign-in, idempotency
 * and the one error format. `register` adds the function's own routes.
 */
export function createHttpApp(
  deps: ApiDeps,
  register: (router: ApiRouter, api: Hono<AppEnv>) => void,
  options: { bodyLimitBytes: number; logger?: Logger; metrics?: Metrics },
) {
  const api = new Hono<AppEnv>();
  api.use('*', observe(options.logger ?? createLogger('api'), options.metrics ?? edgeMetrics));
  // First after logging: a request that went around CloudFront (and its WAF) reaches nothing else.
  api.use('*', requireOrigin(deps.originSecret));
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  api.use(
    '*',
    bodyLimit({
      maxSize: options.bodyLimitBytes,
      onError: () => {
        throw new ApiError(
          413,
          'payload_too_large',
          `请求体超过 ${options.bodyLimitBytes} 字节 / body too large`,
        );
      },
    }),
  );
  api.use('*', authenticate);
  api.use('*', requireSignIn);
  api.use('*', idempotency);
  register(new ApiRouter(api), api);
  api.notFound((c) => c.json(NOT_FOUND, 404));
  api.onError(handleError);

  const app = new Hono<AppEnv>();
  // On every answer, errors and 404s included (the middleware sets them after the handler ran).
  app.use('*', securityHeaders());
  app.route('/api', api);
  app.notFound((c) => c.json(NOT_FOUND, 404));
  app.onError(handleError);
  return app;
}
