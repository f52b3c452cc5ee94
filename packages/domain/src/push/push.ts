import * as z from 'zod/mini';
import { FeedbackKindSchema } from './feedback.ts';
import { ListingKindSchema, MatchExplanationSchema, MatchScoreSchema } from './match-record.ts';

/**
 * A precise push (精准推送): approved by a broker (or automatically above its threshold) → delivered to the
 * enterprise's inbox → read → answered. `undeliverable` when the enterprise unsubscribed, or the broker's
 * authorisation was revoked or ended, before delivery.
 */
export const PUSH_STATUSES = ['approved', 'delivered', 'read', 'answered', 'undeliverable'] as const;
export const PushStatusSchema = z.enum(PUSH_STATUSES);
export type PushStatus = z.infer<typeof PushStatusSchema>;

export const PUSH_STATUS_LABELS: Readonly<Record<PushStatus, string>> = {
  approved: '已批准',
  delivered: '已送达',
  read: '已读',
  answered: '已反馈',
  undeliverable: '无法送达',
};

/** What may follow each status. */
const NEXT: Readonly<Record<PushStatus, readonly PushStatus[]>> = {
  approved: ['delivered', 'undeliverable'],
  delivered: ['read', 'answered'],
  read: ['answered'],
  answered: [],
  undeliverable: [],
};

export const canMovePush = (from: PushStatus, to: PushStatus) => NEXT[from].includes(to);

/** Statuses in which the push is in the enterprise's inbox. */
export const IN_INBOX: readonly PushStatus[] = ['delivered', 'read', 'answered'];
export const isInInbox = (status: PushStatus) => IN_INBOX.includes(status);

/** The organisation types that push: 服务机构 and 园区. */
export const PushBrokerTypeSchema = z.enum(['agency', 'park']);
export type PushBrokerType = z.infer<typeof PushBrokerTypeSchema>;

/** A broker organisation's type as a push records it, or undefined for any other type. */
export const pushBrokerType = (type: string | undefined): PushBrokerType | undefined =>
  type === 'agency' || type === 'park' ? type : undefined;

export const PushFeedbackSchema = z.object({
  kind: FeedbackKindSchema,
  comment: z.optional(z.string()),
  at: z.string(),
});
export type PushFeedback = z.infer<typeof PushFeedbackSchema>;

export const PushSchema = z.object({
  id: z.string().check(z.minLength(1)),
  listingId: z.string().check(z.minLength(1)),
  listingKind: ListingKindSchema,
  listingTitle: z.string(),
  holderName: z.string(),
  enterpriseOrgId: z.string().check(z.minLength(1)),
  enterpriseName: z.string(),
  needId: z.optional(z.string()),
  needTitle: z.optional(z.string()),
  brokerOrgId: z.string().check(z.minLength(1)),
  brokerName: z.string(),
  /** Whether a service agency or an industrial park sent it (the inbox names the sender's kind); absent on older pushes. */
  brokerType: z.optional(PushBrokerTypeSchema),
  /** The broker user who approved it, or `auto` when the broker's auto-push threshold did. */
  approvedBy: z.string().check(z.minLength(1)),
  auto: z.boolean(),
  score: MatchScoreSchema,
  explanation: MatchExplanationSchema,
  note: z.optional(z.string()),
  /** The broker's edited text for the enterprise. */
  message: z.optional(z.string()),
  status: PushStatusSchema,
  approvedAt: z.string(),
  deliveredAt: z.optional(z.string()),
  readAt: z.optional(z.string()),
  feedback: z.optional(PushFeedbackSchema),
  leadId: z.optional(z.string()),
  undeliverableReason: z.optional(z.string()),
  /**
   * The enterprise's authorisation (委托授权) the broker pushed under: the approval and the delivery each
   * check, inside their write, that it is still live.
   */
  authorisationId: z.optional(z.string()),
  version: z.int().check(z.positive()),
});
export type Push = z.infer<typeof PushSchema>;

/** The same listing is not pushed to the same enterprise again within this many days, by any broker. */
export const DEFAULT_PUSH_DEDUPE_DAYS = 180;

/** Reads `PUSH_DEDUPE_DAYS` (whole days ≥ 1), defaulting to 180; anything else stops the start-up. */
export function pushDedupeDaysFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PUSH_DEDUPE_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1)
    throw new Error('PUSH_DEDUPE_DAYS must be a whole number of days ≥ 1');
  return days;
}
