import * as z from 'zod/mini';
import { MatchReasonParamSchema } from '../push/match-reason.ts';

/**
 * Why a patent got its grade, as codes with parameters that each screen phrases in its reader's language
 * (as match reasons are). Parameters are facts: years, dates, scores, ids, counts, chain names.
 *
 * - hard rules (grade D, score 0): `lapsed` / `invalidated` / `term_ended` `{ expiryDate }`
 * - term: `term_long` / `term_medium` / `term_short` `{ yearsLeft, expiryDate }`
 * - type: `type_invention` / `type_utility_model` / `type_design`; for a utility model or design
 *   `evaluation_favourable` / `evaluation_unfavourable` / `evaluation_missing`
 * - legal status: `not_granted`, `fee_late_window`, `pledged_with_consent`, `pledged_without_consent`,
 *   `proceedings_suspended`, `dispute_open`, `exclusive_licence_in_force` `{ kind: 'exclusive' | 'sole', until }`
 * - demand: `demand_strong` / `demand_moderate` `{ score, needId }` (the strongest live need) and
 *   `demand_count` `{ count }`, or `demand_none`
 * - chains: `chain_priority` `{ chains }` (the region's priority chains it serves) / `chain_served` `{ chains }` /
 *   `chain_none`
 * - licensing history: `licensed_repeatedly` / `licensed_before` `{ licences, deals }` / `licensing_none`
 */
export const GRADE_REASON_CODES = [
  'lapsed',
  'invalidated',
  'term_ended',
  'term_long',
  'term_medium',
  'term_short',
  'type_invention',
  'type_utility_model',
  'type_design',
  'evaluation_favourable',
  'evaluation_unfavourable',
  'evaluation_missing',
  'not_granted',
  'fee_late_window',
  'pledged_with_consent',
  'pledged_without_consent',
  'proceedings_suspended',
  'dispute_open',
  'exclusive_licence_in_force',
  'demand_strong',
  'demand_moderate',
  'demand_count',
  'demand_none',
  'chain_priority',
  'chain_served',
  'chain_none',
  'licensed_repeatedly',
  'licensed_before',
  'licensing_none',
] as const;
export const GradeReasonCodeSchema = z.enum(GRADE_REASON_CODES);
export type GradeReasonCode = z.infer<typeof GradeReasonCodeSchema>;

export const PATENT_GRADES = ['A', 'B', 'C', 'D'] as const;
export const PatentGradeLetterSchema = z.enum(PATENT_GRADES);
export type PatentGradeLetter = z.infer<typeof PatentGradeLetterSchema>;

export const GradeReasonSchema = z.object({
  code: GradeReasonCodeSchema,
  params: z.record(z.string(), MatchReasonParamSchema),
  /** Points this factor added to (negative: took from) the score; 0 for a fact that only informs. */
  effect: z.number(),
});
export type GradeReason = z.infer<typeof GradeReasonSchema>;

/** A grade as stored beside a ledger record and sent to its screen. */
export const PatentGradeSchema = z.object({
  grade: PatentGradeLetterSchema,
  /** 0–100. */
  score: z.number().check(z.gte(0), z.lte(100)),
  reasons: z.array(GradeReasonSchema),
});
export type PatentGrade = z.infer<typeof PatentGradeSchema>;

/**
 * Reasons that mean the patent cannot be declared for open licensing now (Regs Art 86, and the
 * evaluation report for utility models and designs), so a screen can withhold the declare action. Only a
 * hint: declaring still runs every guard of `checkPatentDeclarable`.
 */
export const DECLARATION_BLOCKING_REASONS: readonly GradeReasonCode[] = [
  'lapsed',
  'invalidated',
  'term_ended',
  'not_granted',
  'fee_late_window',
  'pledged_without_consent',
  'proceedings_suspended',
  'exclusive_licence_in_force',
  'evaluation_missing',
  'evaluation_unfavourable',
];

/** Whether a grade's reasons say the patent cannot be declared for open licensing now. */
export function gradeBlocksDeclaration(grade: Pick<PatentGrade, 'reasons'>): boolean {
  return grade.reasons.some((reason) => DECLARATION_BLOCKING_REASONS.includes(reason.code));
}
