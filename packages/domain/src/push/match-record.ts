import * as z from 'zod/mini';
import { MatchReasonSchema } from './match-reason.ts';

/**
 * The signals a match score is made of (the engine in `@openlicense/matching` computes them; the shapes here
 * are the stored form, so the domain needs no engine to read a stored match).
 */
export const MATCH_SIGNALS = ['text', 'ipc', 'chain', 'price', 'dealType', 'region', 'feedback'] as const;
export const MatchSignalSchema = z.enum(MATCH_SIGNALS);
export type MatchSignal = z.infer<typeof MatchSignalSchema>;

export const MATCH_SIGNAL_LABELS: Readonly<Record<MatchSignal, string>> = {
  text: '文本相关',
  ipc: 'IPC 分类',
  chain: '产业链',
  price: '价格匹配',
  dealType: '合作方式',
  region: '地域',
  feedback: '企业反馈',
};

export const SignalExplanationSchema = z.object({
  signal: MatchSignalSchema,
  /** Points this signal added to (or, for feedback, took from) the 0–100 score. */
  contribution: z.number(),
  /** Shared terms, shared IPC codes, chain names, '¥48,000 / ¥200,000', region names… */
  evidence: z.array(z.string()),
  /** One Chinese sentence (e-mails, exports); screens phrase `reason` in their own language. */
  text: z.string(),
  /** The sentence as a code with parameters; absent on matches stored before it existed. */
  reason: z.optional(MatchReasonSchema),
});
export type SignalExplanation = z.infer<typeof SignalExplanationSchema>;

/**
 * The one-liner's facts, so a screen phrases it in its own language: the score, what was matched and whose,
 * and the signals whose sentences it joins (the strongest positive ones, then a feedback penalty).
 */
export const MatchHeadlineSchema = z.object({
  score: z.number(),
  listingKind: z.enum(['listing', 'bundle']),
  holderName: z.string(),
  reasons: z.array(MatchSignalSchema),
});
export type MatchHeadline = z.infer<typeof MatchHeadlineSchema>;

export const MatchExplanationSchema = z.object({
  /** Chinese one-liner (e-mails, exports). */
  summary: z.string(),
  /** The one-liner as facts; absent on matches stored before it existed. */
  headline: z.optional(MatchHeadlineSchema),
  signals: z.array(SignalExplanationSchema),
});
export type MatchExplanation = z.infer<typeof MatchExplanationSchema>;

export const ListingKindSchema = z.enum(['listing', 'bundle']);
export type ListingKind = z.infer<typeof ListingKindSchema>;

/** A 0–100 score with one decimal. */
export const MatchScoreSchema = z.number().check(z.gte(0), z.lte(100));

/** A published bundle is matched as a listing whose id is `bundle:<bundleId>`. */
export const bundleListingId = (bundleId: string) => `bundle:${bundleId}`;
export const listingKindOf = (listingId: string): ListingKind =>
  listingId.startsWith('bundle:') ? 'bundle' : 'listing';

/** One stored match of a need with a listing (or bundle), as the matcher computed it. */
export const MatchRecordSchema = z.object({
  needId: z.string().check(z.minLength(1)),
  listingId: z.string().check(z.minLength(1)),
  listingKind: ListingKindSchema,
  enterpriseOrgId: z.string().check(z.minLength(1)),
  enterpriseName: z.string(),
  needTitle: z.string(),
  listingTitle: z.string(),
  holderName: z.string(),
  score: MatchScoreSchema,
  explanation: MatchExplanationSchema,
  computedAt: z.string(),
  engineVersion: z.number(),
});
export type MatchRecord = z.infer<typeof MatchRecordSchema>;
