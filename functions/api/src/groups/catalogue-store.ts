import {
  createBundleRepository,
  createDeclarationRepository,
  createIdempotencyRepository,
  createOrgRepository,
  createOrgStatsRepository,
  createPatentDisputeRepository,
  createPatentRepository,
  createUserRepository,
} from '@openlicense/store';
import { type GroupStoreFactory, type GroupStoreParts, restrictStore, storeContext } from './group-store.ts';

/** The catalogue function's store: only `GROUP_REPOSITORIES.catalogue`. */
export const createCatalogueStore: GroupStoreFactory = (clients, tableName, options) => {
  const ctx = storeContext(clients, tableName, options);
  const parts: GroupStoreParts<'catalogue'> = {
    users: createUserRepository(ctx),
    orgs: createOrgRepository(ctx),
    idempotency: createIdempotencyRepository(ctx),
    orgStats: createOrgStatsRepository(ctx),
    patents: createPatentRepository(ctx),
    patentDisputes: createPatentDisputeRepository(ctx),
    declarations: createDeclarationRepository(ctx),
    bundles: createBundleRepository(ctx),
    cursors: ctx.cursors,
  };
  return restrictStore('catalogue', parts);
};
