import * as z from 'zod/mini';
import { cleanTextFields } from '../validation/text.ts';

/** How an enterprise answers a push. `interested` starts a lead for the deal pipeline. */
export const FEEDBACK_KINDS = ['interested', 'relevant', 'not_now', 'wrong_field', 'already_known'] as const;
export const FeedbackKindSchema = z.enum(FEEDBACK_KINDS, {
  error: '反馈类型应为 interested、relevant、not_now、wrong_field 或 already_known / unknown feedback kind',
});
export type FeedbackKind = z.infer<typeof FeedbackKindSchema>;

export const FEEDBACK_LABELS: Readonly<Record<FeedbackKind, string>> = {
  interested: '感兴趣',
  relevant: '相关',
  not_now: '暂不需要',
  wrong_field: '领域不对口',
  already_known: '已了解',
};

export const FeedbackInputSchema = z
  .object({
    kind: FeedbackKindSchema,
    comment: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(500, '反馈说明不能超过 500 个字 / comment must have at most 500 characters'),
        ),
    ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['comment'] })));
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;

/** What an enterprise's push feedback taught the matcher (stored per enterprise, passed to the engine). */
export const FeedbackAdjustmentsSchema = z.object({
  /** IPC subclass ('H01M') → times the enterprise said "wrong field" to a push in it. */
  penalisedIpc: z.record(z.string(), z.int().check(z.gte(0))),
  /** Listings the enterprise said it "already knows": never proposed again. */
  excludedListings: z.array(z.string()),
});
export type FeedbackAdjustments = z.infer<typeof FeedbackAdjustmentsSchema>;

export const NO_ADJUSTMENTS: FeedbackAdjustments = { penalisedIpc: {}, excludedListings: [] };

/** IPC subclasses ('H01M') of canonical or loose IPC codes, each once. */
export function ipcSubclasses(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    const subclass = code.replace(/\s+/g, '').slice(0, 4).toUpperCase();
    if (/^[A-H]\d{2}[A-Z]$/.test(subclass)) out.add(subclass);
  }
  return [...out];
}

/**
 * The adjustments after one more answer: "wrong field" penalises each IPC subclass of the listing once more,
 * "already known" excludes the listing; other answers change nothing.
 */
export function applyFeedback(
  current: FeedbackAdjustments,
  kind: FeedbackKind,
  listing: { listingId: string; ipc: readonly string[] },
): FeedbackAdjustments {
  if (kind === 'wrong_field') {
    const penalisedIpc = { ...current.penalisedIpc };
    for (const subclass of ipcSubclasses(listing.ipc))
      penalisedIpc[subclass] = (penalisedIpc[subclass] ?? 0) + 1;
    return { ...current, penalisedIpc };
  }
  if (kind === 'already_known' && !current.excludedListings.includes(listing.listingId))
    return { ...current, excludedListings: [...current.excludedListings, listing.listingId] };
  return current;
}
