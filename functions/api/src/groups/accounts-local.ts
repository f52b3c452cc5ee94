import { SignInThrottle } from '@openlicense/app';
import type { ApiDeps, ApiRouter, AppEnv } from '@openlicense/http';
import type { Hono } from 'hono';
import { localAuthRoutes } from '../routes/auth-local.ts';
import { type OpenApiDocumentSource, registerAccountsRoutes } from './accounts.ts';
import { createGroupApp } from './api-group-app.ts';

/**
 * The accounts routes plus, where `deps` carries the local issuer (the laptop, tests, benchmarks), the
 * password sign-in and registration under `/api/auth/local/*`. Kept apart from `accounts.ts` so the
 * deployed accounts bundle leaves them out.
 */
export const registerAccountsRoutesWithLocalSignIn =
  (deps: ApiDeps, document: OpenApiDocumentSource) => (router: ApiRouter, api: Hono<AppEnv>) => {
    registerAccountsRoutes(document)(router, api);
    if (deps.localIssuer)
      localAuthRoutes(router, deps.localIssuer, deps.signInThrottle ?? new SignInThrottle());
  };

/** The accounts app as the laptop serves it: with local sign-in when `deps.localIssuer` is set. */
export const createLocalAccountsApp = (deps: ApiDeps, document: OpenApiDocumentSource) =>
  createGroupApp(deps, registerAccountsRoutesWithLocalSignIn(deps, document));
