import {
  createBundleRepository,
  createDealRepository,
  createDeclarationRepository,
  createEventRepository,
  createEvidenceRepository,
  createIdempotencyRepository,
  createLeadRepository,
  createLicenceRepository,
  createMatchFeedbackRepository,
  createOrgRepository,
  createPatentRepository,
  createProposalRepository,
  createPushPreferencesRepository,
  createPushRepository,
  createUserRepository,
} from '@openlicense/store';
import { type GroupStoreFactory, type GroupStoreParts, restrictStore, storeContext } from './group-store.ts';

/**
 * The licensing and the deals functions' store (their `GROUP_REPOSITORIES` are one list; evidence is
 * written through licences, deals and events), restricted to `group`'s.
 */
const createDealingStore =
  (group: 'licensing' | 'deals'): GroupStoreFactory =>
  (clients, tableName, options) => {
    const ctx = storeContext(clients, tableName, options);
    const evidence = createEvidenceRepository(ctx);
    const parts: GroupStoreParts<typeof group> = {
      users: createUserRepository(ctx),
      orgs: createOrgRepository(ctx),
      idempotency: createIdempotencyRepository(ctx),
      patents: createPatentRepository(ctx),
      declarations: createDeclarationRepository(ctx),
      bundles: createBundleRepository(ctx),
      pushes: createPushRepository(ctx, {
        proposals: createProposalRepository(ctx),
        preferences: createPushPreferencesRepository(ctx),
        matchFeedback: createMatchFeedbackRepository(ctx),
        evidence,
      }),
      leads: createLeadRepository(ctx),
      licences: createLicenceRepository(ctx, { evidence }),
      deals: createDealRepository(ctx, { evidence }),
      events: createEventRepository(ctx, { evidence }),
      cursors: ctx.cursors,
    };
    return restrictStore(group, parts);
  };

export const createLicensingStore = createDealingStore('licensing');
export const createDealsStore = createDealingStore('deals');
