import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { conversionNeedRoutes } from '../routes/conversion-needs.ts';
import { marketAlertsRoutes } from '../routes/market-alerts.ts';
import { marketDemandRoutes } from '../routes/market-demand.ts';
import { marketUnmetRoutes } from '../routes/market-unmet.ts';
import { createGroupApp } from './api-group-app.ts';

/**
 * Market signals (`API_GROUPS.market`): the university's 市场需求 and research fields, the unmet-demand map,
 * field alerts, conversion needs. Each feature registers its routes here, one line each.
 */
export const registerMarketRoutes = (router: ApiRouter) => {
  conversionNeedRoutes(router);
  marketUnmetRoutes(router);
  marketAlertsRoutes(router);
  marketDemandRoutes(router);
};

export const createMarketApp = (deps: ApiDeps) => createGroupApp(deps, registerMarketRoutes);
