import type { Catalogue, IdentitySync } from '@openlicense/app';
import * as contract from '@openlicense/contract';
import * as domain from '@openlicense/domain';
import type { ApiDeps, ApiRouter, AppEnv } from '@openlicense/http';
import * as http from '@openlicense/http';
import { openApiDocument, SPREADSHEET_SPECS, unavailable } from '@openlicense/http';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { type ApiGroup, apiGroupOf } from './api-groups.ts';
import type { OpenApiDocumentSource } from './groups/accounts.ts';
import { createLocalAccountsApp, registerAccountsRoutesWithLocalSignIn } from './groups/accounts-local.ts';
import { createGroupApp } from './groups/api-group-app.ts';
import { createCatalogueApp, registerCatalogueRoutes } from './groups/catalogue.ts';
import { createDealsApp, registerDealsRoutes } from './groups/deals.ts';
import { createDemandApp, registerDemandRoutes } from './groups/demand.ts';
import { restrictStore } from './groups/group-store.ts';
import { createLicensingApp, registerLicensingRoutes } from './groups/licensing.ts';
import { createMarketApp, registerMarketRoutes } from './groups/market.ts';
import { createSupplyApp, registerSupplyRoutes } from './groups/supply.ts';

const DOCUMENT_INFO = {
  title: '开放许可专利供需平台 API / openlicense marketplace API',
  version: '0.1.0',
  description: 'Errors are `{ error: { code, message, details? } }`. Money is integer fen (分).',
};

/**
 * The exported schemas by name (`BundleViewSchema` as `BundleView`) of the contract, the domain and the
 * edge: each shape of fields among them (see `STRUCTURES`) is written once in the document's components and the
 * routes refer to it; enums and strings stay inline where they are read.
 */
const namedSchemas = () =>
  Object.fromEntries(
    [contract, domain, http].flatMap((module) =>
      Object.entries(module).flatMap(([name, value]) =>
        name.endsWith('Schema') && value instanceof z.core.$ZodType && isStructure(value as z.ZodMiniType)
          ? [[name.slice(0, -'Schema'.length), value as z.ZodMiniType]]
          : [],
      ),
    ),
  );

/** Kinds of zod schema drawn as a shape of fields (objects, unions and intersections of them, records). */
const STRUCTURES: ReadonlySet<string> = new Set(['object', 'union', 'intersection', 'record']);

const isStructure = (schema: z.ZodMiniType) => STRUCTURES.has(schema._zod.def.type);

/** Every group's routes into one router, in the order the groups list them. */
function registerAll(deps: ApiDeps, document: OpenApiDocumentSource) {
  return (router: ApiRouter, api: Hono<AppEnv>) => {
    registerAccountsRoutesWithLocalSignIn(deps, document)(router, api);
    registerCatalogueRoutes(router);
    registerSupplyRoutes(router);
    registerDemandRoutes(router);
    registerDealsRoutes(router);
    registerLicensingRoutes(router);
    registerMarketRoutes(router);
  };
}

/**
 * The OpenAPI document of every route, the spreadsheet function's included (its specs are data). The
 * deployed accounts function serves this document from a file written when it is bundled.
 */
export function apiDocument(deps: Pick<ApiDeps, 'localIssuer' | 'signInThrottle'> = {}): unknown {
  return openApiDocument([...collectSpecs(deps), ...SPREADSHEET_SPECS], DOCUMENT_INFO, namedSchemas());
}

/** The specs of every route, registered into a throwaway app (nothing is served). */
function collectSpecs(deps: Pick<ApiDeps, 'localIssuer' | 'signInThrottle'>) {
  let specs: ApiRouter['specs'] = [];
  createGroupApp(deps as ApiDeps, (router, api) => {
    registerAll(deps as ApiDeps, () => undefined)(router, api);
    specs = router.specs;
  });
  return specs;
}

/**
 * The whole HTTP API under `/api` in one app: every group's routes. The reference the split is
 * checked against (`api-groups.test.ts`), and what benchmarks drive; `createRoutedApi` serves it as
 * the deployed functions do.
 */
export function createApp(deps: ApiDeps) {
  return createGroupApp(
    deps,
    registerAll(deps, () => apiDocument(deps)),
  );
}
export type App = ReturnType<typeof createApp>;

/** One app per group, as deployed: one Lambda function each. */
export function createGroupApps(deps: ApiDeps, document: OpenApiDocumentSource = () => apiDocument(deps)) {
  return {
    catalogue: createCatalogueApp(deps),
    supply: createSupplyApp(deps),
    demand: createDemandApp(deps),
    licensing: createLicensingApp(deps),
    deals: createDealsApp(deps),
    market: createMarketApp(deps),
    accounts: createLocalAccountsApp(deps, document),
  } satisfies Record<ApiGroup, App>;
}

/**
 * `deps` as `group`'s Lambda builds them: the store restricted to `GROUP_REPOSITORIES[group]`, the
 * catalogue only in the catalogue function, Cognito membership sync only in accounts; anything else
 * throws when used, so a test reaching it fails as the deployed function would.
 */
function groupDeps(group: ApiGroup, deps: ApiDeps): ApiDeps {
  return {
    ...deps,
    store: restrictStore(group, deps.store),
    catalogue: group === 'catalogue' ? deps.catalogue : unavailable<Catalogue>('catalogue', group),
    identitySync: group === 'accounts' ? deps.identitySync : unavailable<IdentitySync>('identitySync', group),
  };
}

/**
 * The group apps behind the prefix routing API Gateway applies (`api-groups.ts`): what the laptop and
 * the tests serve, so they exercise the split as deployed, each group given only what its function
 * builds (`groupDeps`). `appFor` picks the app serving a path.
 */
export function createRoutedApi(deps: ApiDeps) {
  const document = () => apiDocument(deps);
  const apps = {
    catalogue: createCatalogueApp(groupDeps('catalogue', deps)),
    supply: createSupplyApp(groupDeps('supply', deps)),
    demand: createDemandApp(groupDeps('demand', deps)),
    licensing: createLicensingApp(groupDeps('licensing', deps)),
    deals: createDealsApp(groupDeps('deals', deps)),
    market: createMarketApp(groupDeps('market', deps)),
    accounts: createLocalAccountsApp(groupDeps('accounts', deps), document),
  } satisfies Record<ApiGroup, App>;
  const appFor = (path: string) => apps[apiGroupOf(path)];
  return {
    apps,
    appFor,
    fetch: (request: Request, env?: unknown) => appFor(new URL(request.url).pathname).fetch(request, env),
    request: (path: string, init?: RequestInit) =>
      appFor(new URL(path, 'http://localhost').pathname).request(path, init),
  };
}
export type RoutedApi = ReturnType<typeof createRoutedApi>;
