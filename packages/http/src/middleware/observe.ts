import type { Logger, Metrics } from '@openlicense/observability';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

/** What hono's aws-lambda adapter puts in `c.env` (absent on the laptop). */
interface LambdaBindings {
  lambdaContext?: { awsRequestId?: string };
  requestContext?: { requestId?: string };
}

/** Answers that count as one licence taken: the take routes' 201. */
const TAKE_LICENCE = /^\/api\/(listings|bundles)\/[^/]+\/licenses$/;

/**
 * Gives the request a logger carrying its request id (API Gateway's, else Lambda's) and a correlation id
 * (the caller's `x-correlation-id`, else the request id), and counts what users did at the edge
 * (`LicencesTaken` after a take's 201), so use-cases stay free of metrics.
 */
export function observe(logger: Logger, metrics?: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const bindings = (c.env ?? {}) as LambdaBindings;
    const requestId = bindings.requestContext?.requestId ?? bindings.lambdaContext?.awsRequestId;
    const correlationId = c.req.header('x-correlation-id') ?? requestId;
    c.set('logger', logger.child({ requestId, correlationId }));
    if (metrics) c.set('metrics', metrics);
    await next();
    if (metrics && c.req.method === 'POST' && c.res.status === 201 && TAKE_LICENCE.test(c.req.path)) {
      metrics.addMetric('LicencesTaken', 'Count', 1);
    }
  };
}
