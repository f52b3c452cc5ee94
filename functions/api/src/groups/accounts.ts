import type { ApiDeps, ApiRouter, AppEnv } from '@openlicense/http';
import type { Hono } from 'hono';
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

/**
 * Organisations and accounts, quotas and evidence, health and the docs (`API_GROUPS.accounts`), as
 * deployed. The laptop's password sign-in (`/api/auth/local/*`) is added by `accounts-local.ts`, so the
 * deployed function carries neither it nor the password hashing and throttle behind it.
 */
export const registerAccountsRoutes =
  (document: OpenApiDocumentSource) => (router: ApiRouter, api: Hono<AppEnv>) => {
    healthRoutes(router);
    meRoutes(router);
    waitingRoutes(router);
    orgRoutes(router);
    quotaRoutes(router);
    quotaTargetRoutes(router);
    evidenceRoutes(router);
    docsRoutes(api);
    let cached: unknown;
    api.get('/openapi.json', (c) => {
      cached ??= document();
      return c.json(cached);
    });
  };

/** The accounts function's app as AWS runs it: no local sign-in, whatever `deps` holds. */
export const createAccountsApp = (deps: ApiDeps, document: OpenApiDocumentSource) =>
  createGroupApp(deps, registerAccountsRoutes(document));
