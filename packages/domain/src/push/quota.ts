import * as z from 'zod/mini';
import { FEEDBACK_KINDS, type FeedbackKind } from './feedback.ts';

export const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/** A broker's push counters for one China-time year. */
export const QuotaCounterSchema = z.object({
  orgId: z.string(),
  year: z.string(),
  /** Deliveries of distinct (listing, enterprise) pairs in the year: what counts toward the quota. */
  pushes: z.int().check(z.gte(0)),
  /** Every delivery, distinct or not. */
  delivered: z.int().check(z.gte(0)),
  /** Counted pushes by the month (China time) they were delivered. */
  byMonth: z.record(z.string(), z.int().check(z.gte(0))),
  reads: z.int().check(z.gte(0)),
  feedback: z.record(z.string(), z.int().check(z.gte(0))),
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
