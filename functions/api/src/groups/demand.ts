import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { agentRoutes } from '../routes/agents.ts';
import { authorisationRoutes } from '../routes/authorisations.ts';
import { inboxRoutes } from '../routes/inbox.ts';
import { matchRoutes } from '../routes/matches.ts';
import { needRoutes } from '../routes/needs.ts';
import { proposalRoutes } from '../routes/proposals.ts';
import { pushSettingsRoutes } from '../routes/push-settings.ts';
import { pushRoutes } from '../routes/pushes.ts';
import { createGroupApp } from './api-group-app.ts';

/** Demand & push (`API_GROUPS.demand`): needs, authorisations, agents, matches, proposals, pushes, inbox. */
export const registerDemandRoutes = (router: ApiRouter) => {
  needRoutes(router);
  authorisationRoutes(router);
  agentRoutes(router);
  matchRoutes(router);
  proposalRoutes(router);
  pushSettingsRoutes(router);
  inboxRoutes(router);
  pushRoutes(router);
};

export const createDemandApp = (deps: ApiDeps) => createGroupApp(deps, registerDemandRoutes);
