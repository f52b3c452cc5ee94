import type { GradeReason } from './grade-reason.ts';

/** What moved between two grades of one patent: the reasons the newer one has that the older lacked, and back. */
export interface GradeReasonsChanged {
  added: GradeReason[];
  removed: GradeReason[];
}

/** A reason is the same when its code and its facts are: a term that shrank from 14 to 13 years changed. */
const sameReason = (a: GradeReason, b: GradeReason) =>
  a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);

/**
 * The reasons that changed from `older` to `newer` (each move of a patent's grade keeps the reasons of the
 * grade it moved to). With no older grade known (the first grade, or one whose predecessor was dropped from
 * the history), every reason of the newer grade is new.
 *
 * @example gradeReasonsChanged([{ code: 'demand_none', params: {}, effect: -10 }], [{ code: 'demand_strong', params: { score: 80 }, effect: 15 }])
 * // { added: [demand_none], removed: [demand_strong] }
 */
export function gradeReasonsChanged(
  newer: readonly GradeReason[],
  older: readonly GradeReason[] | undefined,
): GradeReasonsChanged {
  if (older === undefined) return { added: [...newer], removed: [] };
  return {
    added: newer.filter((reason) => !older.some((old) => sameReason(reason, old))),
    removed: older.filter((old) => !newer.some((reason) => sameReason(reason, old))),
  };
}
