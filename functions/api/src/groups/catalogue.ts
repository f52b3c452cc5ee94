import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { directoryRoutes } from '../routes/directory.ts';
import { listingRoutes } from '../routes/listings.ts';
import { patentDisputeRoutes } from '../routes/patent-disputes.ts';
import { patentRoutes } from '../routes/patents.ts';
import { statsRoutes } from '../routes/stats.ts';
import { createGroupApp } from './api-group-app.ts';

/** The catalogue (`API_GROUPS.catalogue`): patents, listings, disputes, stats, the pickers' look-ups. */
export const registerCatalogueRoutes = (router: ApiRouter) => {
  statsRoutes(router);
  patentRoutes(router);
  patentDisputeRoutes(router);
  listingRoutes(router);
  directoryRoutes(router);
};

export const createCatalogueApp = (deps: ApiDeps) => createGroupApp(deps, registerCatalogueRoutes);
