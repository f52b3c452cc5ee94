import { DeclarationInputSchema } from '@openlicense/domain/declaration/declaration';
import { PatentNumberSchema } from '@openlicense/domain/validation/patent-number';
import * as z from 'zod/mini';
import { GuardIssueSchema } from './declarations.ts';

/** Many drafts in one request (`POST /api/declarations/drafts`): the holder's patents, with one set of terms. */

/** How many patents one request may start declarations for. */
export const DECLARATION_BATCH_LIMIT = 200;

const input = DeclarationInputSchema.shape;

/** The statutory terms every draft of the batch takes; each patent's period and consents are its own. */
export const DeclarationBatchTermsSchema = z.object({
  royalty: input.royalty,
  royaltyEstimationNote: input.royaltyEstimationNote,
  scope: input.scope,
  territory: input.territory,
  contact: input.contact,
});

export const DeclarationBatchInputSchema = z.object({
  patentNumbers: z.array(PatentNumberSchema).check(
    z.minLength(1, 'patentNumbers：请至少选择一件专利 / patentNumbers: choose at least one patent'),
    z.maxLength(
      DECLARATION_BATCH_LIMIT,
      `patentNumbers：一次最多 ${DECLARATION_BATCH_LIMIT} 件专利 / patentNumbers: at most ${DECLARATION_BATCH_LIMIT} patents at once`,
    ),
    z.refine((numbers) => new Set(numbers).size === numbers.length, {
      message: 'patentNumbers：专利号不能重复 / patentNumbers must not repeat a number',
    }),
  ),
  terms: DeclarationBatchTermsSchema,
  /** Each licence period runs from today for this many years, ending no later than the patent's expiry. */
  years: z._default(
    z
      .number()
      .check(
        z.int(),
        z.gte(1, 'years：许可期限至少 1 年 / years: at least 1'),
        z.lte(20, 'years：许可期限至多 20 年 / years: at most 20'),
      ),
    3,
  ),
});
export type DeclarationBatchInput = z.output<typeof DeclarationBatchInputSchema>;

/**
 * What became of one patent: `drafted` (a new draft), `existing` (a draft of it was already open: continue
 * that one), or `refused` with every guard that refused it (`中文 / English` messages, as the single form shows).
 */
export const DeclarationBatchOutcomeSchema = z.object({
  patentNumber: z.string(),
  outcome: z.enum(['drafted', 'existing', 'refused']),
  declarationId: z.optional(z.string()),
  errors: z.array(GuardIssueSchema),
});
export type DeclarationBatchOutcome = z.output<typeof DeclarationBatchOutcomeSchema>;

export const DeclarationBatchResultSchema = z.object({
  /** In the order the patents were asked for. */
  results: z.array(DeclarationBatchOutcomeSchema),
  drafted: z.number(),
  refused: z.number(),
});
export type DeclarationBatchResult = z.output<typeof DeclarationBatchResultSchema>;
