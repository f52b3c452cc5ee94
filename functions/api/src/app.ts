import { SignInThrottle } from '@openlicense/app';
import type { ApiDeps } from '@openlicense/http';
import { createHttpApp, openApiDocument, SPREADSHEET_SPECS } from '@openlicense/http';
import { agentRoutes } from './routes/agents.ts';
import { localAuthRoutes } from './routes/auth-local.ts';
import { authorisationRoutes } from './routes/authorisations.ts';
import { bundleRoutes } from './routes/bundles.ts';
import { confirmationRoutes } from './routes/confirmations.ts';
import { dealRoutes } from './routes/deals.ts';
import { declarationRoutes } from './routes/declarations.ts';
import { docsRoutes } from './routes/docs.ts';
import { eventRoutes } from './routes/events.ts';
import { evidenceRoutes } from './routes/evidence.ts';
import { healthRoutes } from './routes/health.ts';
import { inboxRoutes } from './routes/inbox.ts';
import { licenceRoutes } from './routes/licences.ts';
import { listingRoutes } from './routes/listings.ts';
import { matchRoutes } from './routes/matches.ts';
import { meRoutes } from './routes/me.ts';
import { needRoutes } from './routes/needs.ts';
import { orgRoutes } from './routes/orgs.ts';
import { patentDisputeRoutes } from './routes/patent-disputes.ts';
import { patentRoutes } from './routes/patents.ts';
import { proposalRoutes } from './routes/proposals.ts';
import { pushSettingsRoutes } from './routes/push-settings.ts';
import { pushRoutes } from './routes/pushes.ts';
import { quotaTargetRoutes } from './routes/quota-targets.ts';
import { quotaRoutes } from './routes/quotas.ts';
import { statsRoutes } from './routes/stats.ts';

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** The whole HTTP API under `/api`, the same in Lambda and on a laptop; only `deps` differ. */
export function createApp(deps: ApiDeps) {
  return createHttpApp(
    deps,
    (router, api) => {
      healthRoutes(router);
      meRoutes(router);
      orgRoutes(router);
      statsRoutes(router);
      patentRoutes(router);
      patentDisputeRoutes(router);
      declarationRoutes(router);
      bundleRoutes(router);
      listingRoutes(router);
      needRoutes(router);
      authorisationRoutes(router);
      agentRoutes(router);
      matchRoutes(router);
      proposalRoutes(router);
      pushSettingsRoutes(router);
      inboxRoutes(router);
      pushRoutes(router);
      quotaRoutes(router);
      dealRoutes(router);
      confirmationRoutes(router);
      eventRoutes(router);
      licenceRoutes(router);
      quotaTargetRoutes(router);
      evidenceRoutes(router);
      if (deps.localIssuer)
        localAuthRoutes(router, deps.localIssuer, deps.signInThrottle ?? new SignInThrottle());
      docsRoutes(api);

      // Spreadsheet routes run in their own function (exceljs stays out of this bundle) but are
      // documented here, so the one OpenAPI document covers the whole API.
      let document: unknown;
      api.get('/openapi.json', (c) => {
        document ??= openApiDocument([...router.specs, ...SPREADSHEET_SPECS], {
          title: '开放许可专利供需平台 API / openlicense marketplace API',
          version: '0.1.0',
          description: 'Errors are `{ error: { code, message, details? } }`. Money is integer fen (分).',
        });
        return c.json(document);
      });
    },
    { bodyLimitBytes: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT },
  );
}
export type App = ReturnType<typeof createApp>;
