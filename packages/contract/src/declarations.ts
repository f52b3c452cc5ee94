import type { DeclarationInputSchema } from '@openlicense/domain/declaration/declaration';
import { DECLARATION_REQUESTED_ACTIONS } from '@openlicense/domain/declaration/lifecycle';

import { DeclarationRecordSchema } from '@openlicense/domain/declaration/listing-summary';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/** Open-licence declarations (开放许可声明): what `/api/declarations*` takes and sends. */

/** One finding of a guard: `title` is the short Chinese name, `message` says what to fix (`中文 / English`). */
export const GuardIssueSchema = z.object({
  code: z.string(),
  /** Dotted path of the field to fix, e.g. `period.end`. */
  field: z.optional(z.string()),
  message: z.string(),
  title: z.string(),
});
export const GuardViewSchema = z.object({
  errors: z.array(GuardIssueSchema),
  warnings: z.array(GuardIssueSchema),
});

/** A declaration, every guard as it stands now, its annual-fee effect and the steps the caller may take. */
export const DeclarationDetailSchema = z.object({
  declaration: DeclarationRecordSchema,
  guards: GuardViewSchema,
  annualFee: z.optional(
    z.object({ percent: z.number(), source: z.enum(['open_licence', 'existing', 'none']), note: z.string() }),
  ),
  availableActions: z.array(z.enum(DECLARATION_REQUESTED_ACTIONS)),
});
export const DeclarationPageSchema = pageOf(DeclarationRecordSchema);
export const ReviewQueueItemSchema = z.object({
  declaration: DeclarationRecordSchema,
  holderName: z.string(),
  guards: GuardViewSchema,
});
export const ReviewQueuePageSchema = pageOf(ReviewQueueItemSchema);

/** A lifecycle step with the version it was read at. */
export const DeclarationTransitionInputSchema = z.object({
  action: z.enum(DECLARATION_REQUESTED_ACTIONS, {
    error: '请选择操作：submit、publish、reject、withdraw、office_withdraw 或 revise / choose an action',
  }),
  reason: z.optional(
    z.string().check(z.trim(), z.maxLength(500, '理由不能超过 500 个字 / reason is at most 500 characters')),
  ),
  version: z.number().check(z.int(), z.positive()),
});

export type Declaration = z.output<typeof DeclarationRecordSchema>;
/** The statutory declaration (Regs Art 85) as the holder fills it in, plus the separate marketing text. */
export type DeclarationInput = z.input<typeof DeclarationInputSchema>;
export type CoOwnerConsent = NonNullable<DeclarationInput['coOwnerConsents']>[number];
/** What the public catalogue shows of the patent and holder, copied onto the declaration. */
export type ListingSummary = Declaration['listing'];
export type GuardIssue = z.output<typeof GuardIssueSchema>;
export type GuardView = z.output<typeof GuardViewSchema>;
export type DeclarationDetail = z.output<typeof DeclarationDetailSchema>;
export type AnnualFeeEffect = NonNullable<DeclarationDetail['annualFee']>;
export type ReviewQueueItem = z.output<typeof ReviewQueueItemSchema>;
export type TransitionRequest = z.input<typeof DeclarationTransitionInputSchema>;
