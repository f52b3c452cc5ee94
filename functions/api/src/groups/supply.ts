import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { bundleRoutes } from '../routes/bundles.ts';
import { declarationRoutes } from '../routes/declarations.ts';
import { createGroupApp } from './api-group-app.ts';

/** Supply (`API_GROUPS.supply`): declarations and bundles. */
export const registerSupplyRoutes = (router: ApiRouter) => {
  declarationRoutes(router);
  bundleRoutes(router);
};

export const createSupplyApp = (deps: ApiDeps) => createGroupApp(deps, registerSupplyRoutes);
