import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { createAuditRepository } from './audit/audit-repository.ts';
import { createAuthorisationRepository } from './authorisations/authorisation-repository.ts';
import { createBundleRepository } from './bundles/bundle-repository.ts';
import { createConversionNeedRepository } from './conversion-needs/conversion-need-repository.ts';
import { createDealRepository } from './deals/deal-repository.ts';
import { createDeclarationRepository } from './declarations/declaration-repository.ts';
import type { StoreClients } from './dynamo/client.ts';
import { createCursorSigner } from './dynamo/signed-cursor.ts';
import { createEventRepository } from './events/event-repository.ts';
import { createEvidenceRepository } from './evidence/evidence-repository.ts';
import { createGradingSettingsRepository } from './grading-settings/grading-settings-repository.ts';
import { createIdempotencyRepository } from './idempotency/idempotency-repository.ts';
import { createImportJobRepository } from './import-jobs/import-job-repository.ts';
import { createJobRunRepository } from './job-runs/job-run-repository.ts';
import { createLeadRepository } from './leads/lead-repository.ts';
import { createLicenceRepository } from './licences/licence-repository.ts';
import { createFieldAlertRepository } from './market/field-alert-repository.ts';
import { createMarketNeedRepository } from './market/market-need-repository.ts';
import { createMatchFeedbackRepository } from './matches/match-feedback-repository.ts';
import { createMatchRepository } from './matches/match-repository.ts';
import { createNeedRepository } from './needs/need-repository.ts';
import { createOrgRepository } from './orgs/org-repository.ts';
import { createOrgStatsRepository } from './orgs/org-stats-repository.ts';
import { createPatentGradeRepository } from './patent-grades/patent-grade-repository.ts';
import { createPatentDisputeRepository } from './patents/patent-dispute-repository.ts';
import { createPatentRepository } from './patents/patent-repository.ts';
import { createProposalQueueFacts } from './proposals/proposal-queue-facts.ts';
import { createProposalRepository } from './proposals/proposal-repository.ts';
import { createPushPreferencesRepository } from './pushes/push-preferences-repository.ts';
import { createPushRepository } from './pushes/push-repository.ts';
import { createPushSettingsRepository } from './pushes/push-settings-repository.ts';
import { createQuotaRepository } from './quotas/quota-repository.ts';
import { createQuotaTargetRepository } from './quotas/quota-target-repository.ts';
import { createResearchFieldsRepository } from './research-fields/research-fields-repository.ts';
import { createUserRepository } from './users/user-repository.ts';

/**
 * Every repository over one table, built once and handed to handlers. `cursorSecret` signs the pagination
 * cursors handed to callers: the API must be given one (every instance the same); without it cursors hold
 * only within this store (workers and scripts paging their own reads).
 */
export function createStore(
  clients: StoreClients,
  tableName: string,
  options: { cursorSecret?: string } = {},
) {
  const cursors = createCursorSigner(options.cursorSecret);
  const ctx = { doc: clients.doc, tableName, cursors };
  const proposals = createProposalRepository(ctx);
  const pushPreferences = createPushPreferencesRepository(ctx);
  const matchFeedback = createMatchFeedbackRepository(ctx);
  const evidence = createEvidenceRepository(ctx);
  return {
    orgs: createOrgRepository(ctx),
    users: createUserRepository(ctx),
    audit: createAuditRepository(ctx),
    idempotency: createIdempotencyRepository(ctx),
    orgStats: createOrgStatsRepository(ctx),
    jobRuns: createJobRunRepository(ctx),
    importJobs: createImportJobRepository(ctx),
    patents: createPatentRepository(ctx),
    patentDisputes: createPatentDisputeRepository(ctx),
    patentGrades: createPatentGradeRepository(ctx),
    declarations: createDeclarationRepository(ctx),
    bundles: createBundleRepository(ctx),
    needs: createNeedRepository(ctx),
    authorisations: createAuthorisationRepository(ctx),
    matches: createMatchRepository(ctx),
    marketNeeds: createMarketNeedRepository(ctx),
    fieldAlerts: createFieldAlertRepository(ctx),
    proposals,
    /** Pair locks, unsubscribes and weekly caps of a page of the broker's queue. */
    proposalQueue: createProposalQueueFacts(ctx),
    pushes: createPushRepository(ctx, { proposals, preferences: pushPreferences, matchFeedback, evidence }),
    pushPreferences,
    pushSettings: createPushSettingsRepository(ctx),
    matchFeedback,
    quotas: createQuotaRepository(ctx),
    quotaTargets: createQuotaTargetRepository(ctx),
    gradingSettings: createGradingSettingsRepository(ctx),
    researchFields: createResearchFieldsRepository(ctx),
    leads: createLeadRepository(ctx),
    licences: createLicenceRepository(ctx, { evidence }),
    evidence,
    deals: createDealRepository(ctx, { evidence }),
    events: createEventRepository(ctx, { evidence }),
    conversionNeeds: createConversionNeedRepository(ctx),
    /** Seals and opens the pagination cursors of this table (lists paged outside the store use it too). */
    cursors,
    /** True once the table answers; the health check's probe. */
    async ping(): Promise<boolean> {
      const { Table } = await clients.raw.send(new DescribeTableCommand({ TableName: tableName }));
      return Table?.TableStatus === 'ACTIVE';
    },
  };
}
export type Store = ReturnType<typeof createStore>;
