import type { Principal } from '@openlicense/domain';
import type { Logger, Metrics } from '@openlicense/observability';
import type { ApiDeps } from './api-deps.ts';

export interface AppEnv {
  Variables: {
    deps: ApiDeps;
    /** Set by `authenticate` when the request carries a valid token. */
    principal?: Principal;
    /** Set by `observe`: the function's logger with this request's request and correlation ids. */
    logger?: Logger;
    /** Set by `observe`: where this function's metrics are recorded until the invocation publishes them. */
    metrics?: Metrics;
  };
}
