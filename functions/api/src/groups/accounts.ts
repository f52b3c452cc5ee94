import { SignInThrottle } from '@openlicense/app';
import type { ApiDeps, ApiRouter, AppEnv } from '@openlicense/http';
import type { Hono } from 'hono';
import { localAuthRoutes } from '../routes/auth-local.ts';
import { docsRoutes } from '../routes/docs.ts';
import { evidenceRoutes } from '../routes/evidence.ts';
import { healthRoutes } from '../routes/health.ts';
import { meRoutes } from '../routes/me.ts';
import { orgRoutes } from '../routes/orgs.ts';
import { quotaTargetRoutes } from '../routes/quota-targets.ts';
import { quotaRoutes } from '../routes/quotas.ts';
import { waitingRoutes } from '../routes/waiting.ts';
import { createGroupApp } from './api-group-app.ts';

/**
 * The OpenAPI document of the whole API. Built from every group's route specs where they are all loaded
 * (a laptop, tests); in the accounts Lambda, read from the file written beside its bundle, so that
 * function carries neither the other groups' routes nor the JSON Schema converter.
 */
export type OpenApiDocumentSource = () => unknown;

/** Organisations and accounts, quotas and evidence, health and the docs (`API_GROUPS.accounts`). */
export const registerAccountsRoutes =
  (deps: ApiDeps, document: OpenApiDocumentSource) => (router: ApiRouter, api: Hono<AppEnv>) => {
    healthRoutes(router);
    meRoutes(router);
    waitingRoutes(router);
    orgRoutes(router);
    quotaRoutes(router);
    quotaTargetRoutes(router);
    evidenceRoutes(router);
    if (deps.localIssuer)
      localAuthRoutes(router, deps.localIssuer, deps.signInThrottle ?? new SignInThrottle());
    docsRoutes(api);
    let cached: unknown;
    api.get('/openapi.json', (c) => {
      cached ??= document();
      return c.json(cached);
    });
  };

export const createAccountsApp = (deps: ApiDeps, document: OpenApiDocumentSource) =>
  createGroupApp(deps, registerAccountsRoutes(deps, document));
