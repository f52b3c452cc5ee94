import { QuotaKeySchema, QuotaStatusSchema } from '@openlicense/domain/quota/targets';
import * as z from 'zod/mini';

/**
 * What waits for the signed-in user (`GET /api/me/waiting`, the home page): one code per kind of task
 * with how many there are, and the year's quotas at a glance. Codes and numbers only, no display text:
 * the web phrases each code from its message catalogue in the reader's language.
 */
export const WAITING_CODES = [
  /** Own declarations the IP office rejected: to correct and submit again. */
  'declarations_to_revise',
  /** Own declaration drafts not submitted yet. */
  'declarations_drafts',
  /** Own declarations in the IP office's review. */
  'declarations_in_review',
  /** Bundles holding the organisation's patents whose consent it has not given (its admin answers). */
  'bundle_consents',
  /** Bundles the organisation organises that the IP office rejected. */
  'bundles_to_revise',
  /** Bundles the organisation organises in the IP office's review. */
  'bundles_in_review',
  /** A broker's proposed pushes waiting for approval or rejection. */
  'proposals_to_review',
  /** A broker's planned events whose date has come, still without attendance or minutes. */
  'events_to_record',
  /** An enterprise's invitations to planned events it has not registered for. */
  'event_invitations',
  /** An enterprise's pushes not read yet. */
  'unread_pushes',
  /** Licences not filed (备案) whose three months have passed. */
  'filings_overdue',
  /** Licences not filed whose deadline falls within 30 days. */
  'filings_due_soon',
  /** Signed deals and recorded payments that count only once the organisation confirms them. */
  'confirmations_unconfirmed',
  /** Results the organisation disputes. */
  'confirmations_disputed',
  /** The IP office: applications of its region waiting for approval. */
  'org_applications',
  /** The IP office: declarations waiting for its review. */
  'declaration_reviews',
  /** The IP office: bundles waiting for its review. */
  'bundle_reviews',
  /** The IP office: open patent-holder disputes of its region. */
  'patent_disputes',
  /** The IP office: organisations of its region behind this year's pace on some target. */
  'orgs_at_risk',
  /** The IP office: organisations of its region whose year ended with a target not reached. */
  'orgs_missed',
] as const;
export const WaitingCodeSchema = z.enum(WAITING_CODES);
export type WaitingCode = z.infer<typeof WaitingCodeSchema>;

export const WaitingItemSchema = z.object({
  code: WaitingCodeSchema,
  count: z.int().check(z.gte(0)),
  /** The earliest date that matters (a filing deadline, an event's date), when there is one. */
  date: z.optional(z.string()),
});
export type WaitingItem = z.infer<typeof WaitingItemSchema>;

/** One yearly target as numbers: money targets (`*_fen`, a broker's `either`) are fen. */
export const WaitingQuotaTargetSchema = z.object({
  key: QuotaKeySchema,
  target: z.number(),
  actual: z.number(),
  status: QuotaStatusSchema,
  either: z.optional(z.object({ target: z.number(), actual: z.number() })),
});
export type WaitingQuotaTarget = z.infer<typeof WaitingQuotaTargetSchema>;

export const WaitingSchema = z.object({
  /** The user's organisation, or null for a user who belongs to none yet (nothing waits for it here). */
  orgId: z.nullable(z.string()),
  items: z.array(WaitingItemSchema),
  /** This year's quotas of the organisation; null for the IP office and for organisations not approved. */
  quota: z.nullable(
    z.object({ year: z.int(), status: QuotaStatusSchema, targets: z.array(WaitingQuotaTargetSchema) }),
  ),
});
export type Waiting = z.infer<typeof WaitingSchema>;
