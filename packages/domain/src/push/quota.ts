import * as z from 'zod';
import type { OrgType } from '../organisation/index.ts';
import { FEEDBACK_KINDS, type FeedbackKind } from './feedback.ts';

export const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/** A broker's push counters for one China-time year. */
export const QuotaCounterSchema = z.object({
  orgId: z.string(),
  year: z.string(),
  /** Deliveries of distinct (listing, enterprise) pairs in the year: what counts toward the quota. */
  pushes: z.int().min(0),
  /** Every delivery, distinct or not. */
  delivered: z.int().min(0),
  /** Counted pushes by the month (China time) they were delivered. */
  byMonth: z.record(z.string(), z.int().min(0)),
  reads: z.int().min(0),
  feedback: z.record(z.string(), z.int().min(0)),
});
export type QuotaCounter = z.infer<typeof QuotaCounterSchema>;

export const emptyQuotaCounter = (orgId: string, year: string): QuotaCounter => ({
  orgId,
  year,
  pushes: 0,
  delivered: 0,
  byMonth: Object.fromEntries(MONTHS.map((m) => [m, 0])),
  reads: 0,
  feedback: Object.fromEntries(FEEDBACK_KINDS.map((k) => [k, 0])) as Record<FeedbackKind, number>,
});

/** The yearly targets the IP office sets; issue 6 adds events and deals. */
export const QUOTA_KEYS = ['precise_pushes'] as const;
export type QuotaKey = (typeof QUOTA_KEYS)[number];

export interface QuotaTargetDefinition {
  key: QuotaKey;
  label: string;
  unit: string;
  target: number;
}

/** 服务机构和园区：每年精准推送不少于 1,000 次。 */
export const PRECISE_PUSH_TARGET = 1000;

const TARGETS_BY_ORG_TYPE: Readonly<Partial<Record<OrgType, readonly QuotaTargetDefinition[]>>> = {
  agency: [{ key: 'precise_pushes', label: '精准推送', unit: '次', target: PRECISE_PUSH_TARGET }],
  park: [{ key: 'precise_pushes', label: '精准推送', unit: '次', target: PRECISE_PUSH_TARGET }],
};

/** The targets an organisation of `type` is measured on (none yet for the other types). */
export const quotaTargetsFor = (type: OrgType): readonly QuotaTargetDefinition[] =>
  TARGETS_BY_ORG_TYPE[type] ?? [];

export const QuotaTargetSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  target: z.number(),
  actual: z.number(),
  met: z.boolean(),
});
export type QuotaTarget = z.infer<typeof QuotaTargetSchema>;

/** A target with what was achieved: met when actual reaches it. */
export const quotaTarget = (definition: QuotaTargetDefinition, actual: number): QuotaTarget => ({
  ...definition,
  actual,
  met: actual >= definition.target,
});
