import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { createGroupApp } from './api-group-app.ts';

/**
 * Market signals (`API_GROUPS.market`): the university's 市场需求 and research fields, the unmet-demand map,
 * field alerts, conversion needs. Each feature registers its routes here, one line each.
 */
export const registerMarketRoutes = (router: ApiRouter) => {
  void router;
};

export const createMarketApp = (deps: ApiDeps) => createGroupApp(deps, registerMarketRoutes);
