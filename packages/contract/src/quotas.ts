import { EvidenceEntrySchema } from '@openlicense/domain/evidence/evidence';
import { OrgTypeSchema } from '@openlicense/domain/organisation/org-types';
import {
  QuotaKeySchema,
  QuotaStatusSchema,
  QuotaTargetSchema,
  QuotaTargetSettingsSchema,
  QuotaTargetValuesPatchSchema,
  QuotaTargetValuesSchema,
} from '@openlicense/domain/quota/targets';
import * as z from 'zod/mini';

/** Every role's yearly quotas (年度指标), their evidence chain and the target settings: `/api/quotas*`, `/api/evidence*`, `/api/quota-targets`. */
export const QuotaReportSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgType: OrgTypeSchema,
  year: z.int(),
  status: QuotaStatusSchema.check(z.describe('各项指标中最差的状态 / the worst of the targets')),
  targets: z.array(QuotaTargetSchema),
  awaiting: z
    .object({ unconfirmed: z.int(), disputed: z.int() })
    .check(
      z.describe(
        '本年未计入考核的成果：待本机构确认、本机构有异议 / results of the year not counted: unconfirmed, disputed',
      ),
    ),
});
export const QuotaOverviewSchema = z.object({
  year: z.int(),
  counts: z.record(QuotaStatusSchema, z.int()),
  items: z.array(QuotaReportSchema),
});
export const EvidenceListSchema = z.object({
  orgId: z.string(),
  year: z.int(),
  target: z.optional(QuotaKeySchema),
  items: z.array(EvidenceEntrySchema),
  totals: z.object({ rows: z.int(), count: z.int(), amountFen: z.int() }),
  nextAfter: z.optional(z.int()),
});
export const ChainCheckSchema = z.object({
  orgId: z.string(),
  ok: z.boolean(),
  entries: z.int(),
  headHash: z.optional(z.string()),
  brokenAt: z.optional(z.int()),
  reason: z.optional(z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing_entry'])),
  message: z.optional(z.string()),
  checkedAt: z.string(),
});
export const QuotaTargetsViewSchema = z.extend(QuotaTargetSettingsSchema, {
  defaults: QuotaTargetValuesSchema,
});
export const QuotaTargetsSaveSchema = z.extend(QuotaTargetValuesPatchSchema, {
  version: z
    .int({ error: '请提供版本号 / version is required' })
    .check(z.gte(0, '版本号无效 / version is not valid')),
});

export type QuotaTargetView = z.output<typeof QuotaTargetSchema>;
export type OrgQuotas = z.output<typeof QuotaReportSchema>;
/** `counts` names only the statuses that occur. */
export type QuotaOverview = Omit<z.output<typeof QuotaOverviewSchema>, 'counts'> & {
  counts: Partial<z.output<typeof QuotaOverviewSchema>['counts']>;
};
export type EvidenceEntry = z.output<typeof EvidenceEntrySchema>;
export type EvidenceList = z.output<typeof EvidenceListSchema>;
export type ChainCheck = z.output<typeof ChainCheckSchema>;
export type QuotaTargetValues = z.output<typeof QuotaTargetValuesSchema>;
export type BrokerTargetValues = QuotaTargetValues['agency'];
export type QuotaTargetSettings = z.output<typeof QuotaTargetsViewSchema>;
