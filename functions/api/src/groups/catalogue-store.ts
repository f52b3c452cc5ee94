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

/** The catalogue and the supply functions' store (their `GROUP_REPOSITORIES` are one list), restricted to `group`'s. */
const createCatalogueGroupStore =
  (group: 'catalogue' | 'supply'): GroupStoreFactory =>
  (clients, tableName, options) => {
    const ctx = storeContext(clients, tableName, options);
    const parts: GroupStoreParts<typeof group> = {
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
    return restrictStore(group, parts);
  };

export const createCatalogueStore = createCatalogueGroupStore('catalogue');
export const createSupplyStore = createCatalogueGroupStore('supply');
