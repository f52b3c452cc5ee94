import {
  createAuditRepository,
  createBundleRepository,
  createDealRepository,
  createDeclarationRepository,
  createEventRepository,
  createEvidenceRepository,
  createIdempotencyRepository,
  createLicenceRepository,
  createMatchFeedbackRepository,
  createOrgRepository,
  createPatentDisputeRepository,
  createProposalQueueFacts,
  createProposalRepository,
  createPushPreferencesRepository,
  createPushRepository,
  createQuotaRepository,
  createQuotaTargetRepository,
  createTablePing,
  createUserRepository,
} from '@openlicense/store';
import { type GroupStoreFactory, type GroupStoreParts, restrictStore, storeContext } from './group-store.ts';

/**
 * The accounts function's store: only `GROUP_REPOSITORIES.accounts`, and the health check's table probe. The
 * pushes repository is built with the collaborators it writes through, which this function never reaches
 * (it only counts unread pushes).
 */
export const createAccountsStore: GroupStoreFactory = (clients, tableName, options) => {
  const ctx = storeContext(clients, tableName, options);
  const evidence = createEvidenceRepository(ctx);
  const proposals = createProposalRepository(ctx);
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
    declarations: createDeclarationRepository(ctx),
    bundles: createBundleRepository(ctx),
    proposals,
    proposalQueue: createProposalQueueFacts(ctx),
    pushes: createPushRepository(ctx, {
      proposals,
      preferences: createPushPreferencesRepository(ctx),
      matchFeedback: createMatchFeedbackRepository(ctx),
      evidence,
    }),
    events: createEventRepository(ctx, { evidence }),
    patentDisputes: createPatentDisputeRepository(ctx),
    cursors: ctx.cursors,
  };
  return restrictStore('accounts', parts);
};
