import {
  createAuthorisationRepository,
  createBundleRepository,
  createDeclarationRepository,
  createEvidenceRepository,
  createIdempotencyRepository,
  createMatchFeedbackRepository,
  createMatchRepository,
  createNeedRepository,
  createOrgRepository,
  createPatentRepository,
  createProposalQueueFacts,
  createProposalRepository,
  createPushPreferencesRepository,
  createPushRepository,
  createPushSettingsRepository,
  createQuotaRepository,
  createUserRepository,
} from '@openlicense/store';
import { type GroupStoreFactory, type GroupStoreParts, restrictStore, storeContext } from './group-store.ts';

/** The demand function's store: only `GROUP_REPOSITORIES.demand` (pushes write feedback and evidence through their own). */
export const createDemandStore: GroupStoreFactory = (clients, tableName, options) => {
  const ctx = storeContext(clients, tableName, options);
  const proposals = createProposalRepository(ctx);
  const pushPreferences = createPushPreferencesRepository(ctx);
  const parts: GroupStoreParts<'demand'> = {
    users: createUserRepository(ctx),
    orgs: createOrgRepository(ctx),
    idempotency: createIdempotencyRepository(ctx),
    patents: createPatentRepository(ctx),
    declarations: createDeclarationRepository(ctx),
    bundles: createBundleRepository(ctx),
    needs: createNeedRepository(ctx),
    authorisations: createAuthorisationRepository(ctx),
    matches: createMatchRepository(ctx),
    proposals,
    proposalQueue: createProposalQueueFacts(ctx),
    pushes: createPushRepository(ctx, {
      proposals,
      preferences: pushPreferences,
      matchFeedback: createMatchFeedbackRepository(ctx),
      evidence: createEvidenceRepository(ctx),
    }),
    pushPreferences,
    pushSettings: createPushSettingsRepository(ctx),
    quotas: createQuotaRepository(ctx),
    cursors: ctx.cursors,
  };
  return restrictStore('demand', parts);
};
