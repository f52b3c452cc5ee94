import {
  createAuthorisationRepository,
  createBundleRepository,
  createCursorSigner,
  createDealRepository,
  createDeclarationRepository,
  createEvidenceRepository,
  createGradingSettingsRepository,
  createJobRunRepository,
  createLicenceRepository,
  createMatchFeedbackRepository,
  createMatchRepository,
  createNeedRepository,
  createOrgRepository,
  createOrgStatsRepository,
  createPatentDisputeRepository,
  createPatentGradeRepository,
  createPatentRepository,
  createProposalRepository,
  createPushPreferencesRepository,
  createPushRepository,
  createPushSettingsRepository,
  restrictStoreTo,
  type Store,
  type StoreClients,
} from '@openlicense/store';
import { MATCHER_REPOSITORIES, type MatcherRepository } from './matcher-repositories.ts';

/** `store` (the full one, or the matcher's own) as the matcher sees it: a repository outside `MATCHER_REPOSITORIES` throws, naming it. */
export const restrictMatcherStore = (store: Pick<Store, MatcherRepository | 'cursors'> | Store): Store =>
  restrictStoreTo('matcher', MATCHER_REPOSITORIES, store);

/** The matcher Lambda's store: only `MATCHER_REPOSITORIES` (pushes write evidence through their own), not the whole `createStore`. */
export function createMatcherStore(clients: StoreClients, tableName: string): Store {
  const ctx = { doc: clients.doc, tableName, cursors: createCursorSigner() };
  const proposals = createProposalRepository(ctx);
  const pushPreferences = createPushPreferencesRepository(ctx);
  const matchFeedback = createMatchFeedbackRepository(ctx);
  const evidence = createEvidenceRepository(ctx);
  const parts: Pick<Store, MatcherRepository | 'cursors'> = {
    declarations: createDeclarationRepository(ctx),
    bundles: createBundleRepository(ctx),
    needs: createNeedRepository(ctx),
    orgs: createOrgRepository(ctx),
    authorisations: createAuthorisationRepository(ctx),
    matches: createMatchRepository(ctx),
    proposals,
    pushes: createPushRepository(ctx, {
      proposals,
      preferences: pushPreferences,
      matchFeedback,
      evidence,
    }),
    pushPreferences,
    pushSettings: createPushSettingsRepository(ctx),
    matchFeedback,
    orgStats: createOrgStatsRepository(ctx),
    jobRuns: createJobRunRepository(ctx),
    patents: createPatentRepository(ctx),
    patentGrades: createPatentGradeRepository(ctx),
    patentDisputes: createPatentDisputeRepository(ctx),
    gradingSettings: createGradingSettingsRepository(ctx),
    // Read only (the grading run counts licences and deals on each patent); their writes need the evidence.
    licences: createLicenceRepository(ctx, { evidence }),
    deals: createDealRepository(ctx, { evidence }),
    cursors: ctx.cursors,
  };
  return restrictMatcherStore(parts);
}
