import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { bundleRoutes } from '../routes/bundles.ts';
import { declarationRoutes } from '../routes/declarations.ts';
import { gradingSettingsRoutes } from '../routes/grading-settings.ts';
import { createGroupApp } from './api-group-app.ts';

/** Supply (`API_GROUPS.supply`): declarations and bundles, and the IP office's grading settings. */
export const registerSupplyRoutes = (router: ApiRouter) => {
  declarationRoutes(router);
  bundleRoutes(router);
  gradingSettingsRoutes(router);
};

export const createSupplyApp = (deps: ApiDeps) => createGroupApp(deps, registerSupplyRoutes);
