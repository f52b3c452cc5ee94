import type { Principal } from '@openlicense/domain';
import type { ApiDeps } from './api-deps.ts';

export interface AppEnv {
  Variables: {
    deps: ApiDeps;
    /** Set by `authenticate` when the request carries a valid token. */
    principal?: Principal;
  };
}
