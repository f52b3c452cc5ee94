import {
  createBundleRepository,
  createDeclarationRepository,
  createGradingSettingsRepository,
  createIdempotencyRepository,
  createNeedRepository,
  createOrgRepository,
  createOrgStatsRepository,
  createPatentDisputeRepository,
  createPatentGradeRepository,
  createPatentRepository,
  createUserRepository,
  type PagedStoreContext,
} from '@openlicense/store';
import { type GroupStoreFactory, type GroupStoreParts, restrictStore, storeContext } from './group-store.ts';

/** Supply's repositories (`GROUP_REPOSITORIES.supply`) but the grading settings, over `ctx`; the catalogue builds them too. */
const supplyParts = (ctx: PagedStoreContext): Omit<GroupStoreParts<'supply'>, 'gradingSettings'> => ({
  users: createUserRepository(ctx),
  orgs: createOrgRepository(ctx),
  idempotency: createIdempotencyRepository(ctx),
  patents: createPatentRepository(ctx),
  declarations: createDeclarationRepository(ctx),
  bundles: createBundleRepository(ctx),
  patentGrades: createPatentGradeRepository(ctx),
  cursors: ctx.cursors,
});

/** The catalogue function's store: supply's repositories, the statistics and the disputes. */
export const createCatalogueStore: GroupStoreFactory = (clients, tableName, options) => {
  const ctx = storeContext(clients, tableName, options);
  return restrictStore('catalogue', {
    ...supplyParts(ctx),
    orgStats: createOrgStatsRepository(ctx),
    patentDisputes: createPatentDisputeRepository(ctx),
    needs: createNeedRepository(ctx),
  });
};

/** The supply function's store: only `GROUP_REPOSITORIES.supply`. */
export const createSupplyStore: GroupStoreFactory = (clients, tableName, options) => {
  const ctx = storeContext(clients, tableName, options);
  return restrictStore('supply', {
    ...supplyParts(ctx),
    gradingSettings: createGradingSettingsRepository(ctx),
  });
};
