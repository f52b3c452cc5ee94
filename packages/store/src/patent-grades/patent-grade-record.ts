import { GradeReasonSchema, PatentGradeLetterSchema, PatentGradeSchema } from '@openlicense/domain';
import * as z from 'zod/mini';

/** How many of the strongest matched needs a grade keeps, and how many grade changes. */
export const PATENT_GRADE_LIMITS = { matchedNeeds: 10, changes: 20 } as const;

/** One move of a patent's grade letter (the first grade moves from `null`), with the reasons of the new grade. */
export const PatentGradeChangeSchema = z.object({
  at: z.string(),
  from: z.nullable(PatentGradeLetterSchema),
  to: PatentGradeLetterSchema,
  reasons: z.array(GradeReasonSchema),
});
export type PatentGradeChange = z.infer<typeof PatentGradeChangeSchema>;

export const MatchedNeedSchema = z.object({ needId: z.string(), score: z.number() });

/** A grade's matched needs alone, as the 市场需求 page reads them. */
export const PatentMatchedNeedsSchema = z.object({
  patentId: z.string(),
  holderOrgId: z.string(),
  matchedNeeds: z.array(MatchedNeedSchema),
});
export type PatentMatchedNeeds = z.infer<typeof PatentMatchedNeedsSchema>;

/** A patent's stored grade: the latest computation, the needs it matched, and how the letter moved. */
export const PatentGradeRecordSchema = z.object({
  /** The patent number. */
  patentId: z.string(),
  holderOrgId: z.string(),
  grade: PatentGradeSchema,
  /** The strongest live needs it matched when graded, best first (at most 10). */
  matchedNeeds: z.array(MatchedNeedSchema),
  computedAt: z.string(),
  /** Newest first, at most 20. */
  changes: z.array(PatentGradeChangeSchema),
});
export type PatentGradeRecord = z.infer<typeof PatentGradeRecordSchema>;

/** What a grading run hands the store: the record without its history, which the store keeps. */
export type PatentGradeInput = Omit<PatentGradeRecord, 'changes'>;

/**
 * The record `next` makes of `previous`: the grade, needs and time replaced, and a change prepended
 * only when the letter moved (newest first, the oldest dropped beyond the limit).
 */
export function nextGradeRecord(
  previous: PatentGradeRecord | undefined,
  next: PatentGradeInput,
): PatentGradeRecord {
  const matchedNeeds = [...next.matchedNeeds]
    .sort((a, b) => b.score - a.score || (a.needId < b.needId ? -1 : 1))
    .slice(0, PATENT_GRADE_LIMITS.matchedNeeds);
  const changes = previous?.changes ?? [];
  const from = previous?.grade.grade ?? null;
  const moved = from !== next.grade.grade;
  return {
    ...next,
    matchedNeeds,
    changes: moved
      ? [{ at: next.computedAt, from, to: next.grade.grade, reasons: next.grade.reasons }, ...changes].slice(
          0,
          PATENT_GRADE_LIMITS.changes,
        )
      : changes,
  };
}
