import {
  createAuditRepository,
  createDealRepository,
  createEvidenceRepository,
  createIdempotencyRepository,
  createLicenceRepository,
  createOrgRepository,
  createQuotaRepository,
  createQuotaTargetRepository,
  createTablePing,
  createUserRepository,
} from '@openlicense/store';
import { type GroupStoreFactory, type GroupStoreParts, restrictStore, storeContext } from './group-store.ts';

/** The accounts function's store: only `GROUP_REPOSITORIES.accounts`, and the health check's table probe. */
export const createAccountsStore: GroupStoreFactory = (clients, tableName, options) => {
  const ctx = storeContext(clients, tableName, options);
  const evidence = createEvidenceRepository(ctx);
  const parts: GroupStoreParts<'accounts'> = {
    users: createUserRepository(ctx),
    orgs: createOrgRepository(ctx),
    idempotency: createIdempotencyRepository(ctx),
    ping: createTablePing(clients, tableName),
    audit: createAuditRepository(ctx),
    quotas: createQuotaRepository(ctx),
    quotaTargets: createQuotaTargetRepository(ctx),
    licences: createLicenceRepository(ctx, { evidence }),
    deals: createDealRepository(ctx, { evidence }),
    evidence,
    cursors: ctx.cursors,
  };
  return restrictStore('accounts', parts);
};
