/**
 * Every number patent grading (分级分类) uses, in one place. A patent's score is `base` plus the points of
 * each factor, clamped to 0–100; the grade is the highest band whose floor the score reaches. Points are
 * signed: what lowers transfer potential takes points away.
 *
 * Demand weighs most, because a grade tied to live needs is what national campaigns graded by hand lack;
 * term and type describe the asset, legal status its risks, chains and licensing history its fit.
 */
export const GRADING_THRESHOLDS = {
  /** Points every graded patent starts with. */
  base: 20,
  /** Lowest score of each grade; below `C` is `D`. */
  gradeFloors: { A: 75, B: 55, C: 35 },

  term: {
    /** At least this many whole years left: `term_long`. */
    longYears: 10,
    /** Fewer whole years left than this: `term_short`; in between: `term_medium`. */
    shortYears: 3,
    points: { long: 20, medium: 10, short: -10 },
  },

  type: {
    points: { invention: 10, utility_model: 0, design: -5 },
    /** A utility model's or design's 专利权评价报告: needed before it can be declared. */
    evaluationPoints: { favourable: 5, missing: -10, unfavourable: -20 },
  },

  legal: {
    /** Fee overdue but payable with a surcharge: the right lapses if nobody pays. */
    feeLateWindow: -15,
    pledgedWithoutConsent: -10,
    pledgedWithConsent: -3,
    /** Ownership dispute or court preservation: nothing can be licensed until it resumes. */
    proceedingsSuspended: -20,
    /** An open ownership claim (权属异议) on the platform. */
    disputeOpen: -15,
    /** Filed but grant not published: it cannot be declared or licensed as a patent yet. */
    notGranted: -20,
    /** Already licensed exclusively: it shows demand, but it is not open; the reason says so. */
    exclusiveLicence: 0,
  },

  demand: {
    /** A matched need (engine score 0–100, above the relevance floor) this strong is `demand_strong`. */
    strongScore: 60,
    points: { strong: 25, moderate: 12, none: -10 },
    /** How many live needs it matches: at least `broadCount` adds `broad`, at least `severalCount` `several`. */
    broadCount: 5,
    severalCount: 2,
    countPoints: { broad: 10, several: 5, one: 0 },
  },

  chains: {
    points: { priority: 15, served: 5, none: 0 },
  },

  licensing: {
    /** Licences taken plus negotiated deals signed: at least `repeatedCount` is `licensed_repeatedly`. */
    repeatedCount: 3,
    points: { repeatedly: 15, before: 10, never: 0 },
  },
} as const;

export type GradingThresholds = typeof GRADING_THRESHOLDS;
