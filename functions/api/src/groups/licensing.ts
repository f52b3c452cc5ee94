import type { ApiDeps, ApiRouter } from '@openlicense/http';
import { confirmationRoutes } from '../routes/confirmations.ts';
import { licenceRoutes } from '../routes/licences.ts';
import { createGroupApp } from './api-group-app.ts';

/** Licences, what awaits confirmation, and the licences' notifications (`API_GROUPS.licensing`). */
export const registerLicensingRoutes = (router: ApiRouter) => {
  confirmationRoutes(router);
  licenceRoutes(router);
};

export const createLicensingApp = (deps: ApiDeps) => createGroupApp(deps, registerLicensingRoutes);
