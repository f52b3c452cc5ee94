import { addLambdaContext } from './logger.ts';
import type { Metrics } from './metrics.ts';

/**
 * A Lambda handler that logs with its invocation's context (Powertools' `injectLambdaContext`: the
 * Lambda request id, cold start, function name on every entry) and publishes `metrics` once when the
 * invocation ends, answered or thrown (Powertools' `logMetrics`).
 */
export const observedHandler =
  <E, C, R>(metrics: Metrics, handler: (event: E, context: C) => Promise<R>) =>
  async (event: E, context: C): Promise<R> => {
    addLambdaContext(context);
    try {
      return await handler(event, context);
    } finally {
      metrics.publish();
    }
  };
