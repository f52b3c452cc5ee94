import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { confirmationRoutes } from '../routes/confirmations.ts';
import { dealRoutes } from '../routes/deals.ts';
import { eventRoutes } from '../routes/events.ts';
import { licenceRoutes } from '../routes/licences.ts';
import { createGroupApp } from './api-group-app.ts';

/** Licences, deals and events (`API_GROUPS.dealing`), with their confirmations and notifications. */
export const registerDealingRoutes = (router: ApiRouter) => {
  dealRoutes(router);
  confirmationRoutes(router);
  eventRoutes(router);
  licenceRoutes(router);
};

export const createDealingApp = (deps: ApiDeps) => createGroupApp(deps, registerDealingRoutes);
