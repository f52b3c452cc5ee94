import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { dealRoutes } from '../routes/deals.ts';
import { eventRoutes } from '../routes/events.ts';
import { createGroupApp } from './api-group-app.ts';

/** Brokered deals and events (`API_GROUPS.deals`). */
export const registerDealsRoutes = (router: ApiRouter) => {
  dealRoutes(router);
  eventRoutes(router);
};

export const createDealsApp = (deps: ApiDeps) => createGroupApp(deps, registerDealsRoutes);
