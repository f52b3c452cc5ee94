import { DeclarationStatusSchema } from '@openlicense/domain/declaration/declaration';
import {
  PATENT_GRADES,
  PatentGradeLetterSchema,
  PatentGradeSchema,
} from '@openlicense/domain/grading/grade-reason';
import { type PatentInputSchema, PatentSchema } from '@openlicense/domain/patent/patent';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/** The patent ledger (专利台账): what `/api/patents*` takes and sends. The shapes are the domain's own. */
/** The declaration a ledger row shows beside its patent: the live one, else the newest draft, else the newest ended. */
export const PatentDeclarationStateSchema = z.object({ id: z.string(), status: DeclarationStatusSchema });

/** The last move of a patent's grade letter (the first grade moves from `null`). */
export const PatentGradeMoveSchema = z.object({
  at: z.string(),
  from: z.nullable(PatentGradeLetterSchema),
  to: PatentGradeLetterSchema,
});

/** A ledger row's grade (分级分类): letter, score and reasons, when it was computed, and its last move. */
export const LedgerGradeSchema = z.extend(PatentGradeSchema, {
  computedAt: z.string(),
  lastChange: z.optional(PatentGradeMoveSchema),
});

/** A need a grade matched that its owner made public: what it asks, where, and how it would deal. */
export const GradeMatchedNeedSchema = z.object({
  needId: z.string(),
  score: z.number(),
  title: z.string(),
  regionCode: z.string(),
  dealTypes: z.array(z.string()),
});

/** One patent's grade in full (`GET /api/patents/{number}/grade`); `grade` is null when not graded yet. */
export const PatentGradeDetailSchema = z.object({
  number: z.string(),
  grade: z.nullable(LedgerGradeSchema),
  /** The public needs it matched, best first. */
  matchedNeeds: z.array(GradeMatchedNeedSchema),
  /** The needs it matched that are not public: only how many, and their industry chains. */
  otherNeeds: z.object({ count: z.number(), industryChains: z.array(z.string()) }),
  /**
   * Newest first: each move of the letter, with the reasons of the new grade and those that changed from the
   * grade before it (`added` the new grade has, `removed` it no longer has; all `added` for the first grade).
   */
  changes: z.array(
    z.extend(PatentGradeMoveSchema, {
      reasons: PatentGradeSchema.shape.reasons,
      added: PatentGradeSchema.shape.reasons,
      removed: PatentGradeSchema.shape.reasons,
    }),
  ),
});

/** `grade=A,B`: the grade letters a ledger page keeps (each one of A–D, comma-separated). */
export const GradeFilterSchema = z
  .string()
  .check(
    z.maxLength(20),
    z.regex(
      /^[A-D](,[A-D])*$/,
      '等级只能是 A、B、C、D，以逗号分隔 / grades are A, B, C or D, comma-separated',
    ),
    z.describe('只列这些等级 / only these grades, e.g. `A,B`'),
  );

/** The letters of a `grade=` value that passed `GradeFilterSchema`. */
export const gradeFilterLetters = (value: string) =>
  value
    .split(',')
    .filter((letter): letter is (typeof PATENT_GRADES)[number] =>
      (PATENT_GRADES as readonly string[]).includes(letter),
    );

/** A ledger page, with each listed patent's declaration state by patent number (absent: never declared). */
export const PatentPageSchema = z.extend(pageOf(PatentSchema), {
  declarations: z
    .optional(z.record(z.string(), PatentDeclarationStateSchema))
    .check(
      z.describe('各专利的开放许可声明状态（按专利号）/ each patent’s declaration state, by patent number'),
    ),
  grades: z
    .optional(z.record(z.string(), LedgerGradeSchema))
    .check(
      z.describe(
        '各专利的分级（按专利号；未分级则无）/ each patent’s grade, by patent number (absent: not graded yet)',
      ),
    ),
});

export type Patent = z.output<typeof PatentSchema>;
export type PatentDeclarationState = z.output<typeof PatentDeclarationStateSchema>;
export type PatentPage = z.output<typeof PatentPageSchema>;
export type LedgerGrade = z.output<typeof LedgerGradeSchema>;
export type PatentGradeDetail = z.output<typeof PatentGradeDetailSchema>;
export type PatentGradeMove = z.output<typeof PatentGradeMoveSchema>;
export type PatentGradeChange = PatentGradeDetail['changes'][number];
export type GradeReason = LedgerGrade['reasons'][number];
export type PatentGradeLetter = LedgerGrade['grade'];
/** What a user submits for the ledger; the number is canonical on the way back (`201710601862.3`). */
export type PatentInput = z.input<typeof PatentInputSchema>;
export type PatentType = Patent['type'];
export type Patentee = Patent['patentees'][number];
export type PatentLegalStatus = Patent['legal'];
export type AnnualFeeStatus = PatentLegalStatus['annualFee'];
export type ExclusiveLicenceKind = NonNullable<PatentLegalStatus['exclusiveLicence']>['kind'];
export type EvaluationConclusion = NonNullable<Patent['evaluationReport']>['conclusion'];
