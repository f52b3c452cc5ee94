import type { NeedBudget } from '../need/need.ts';

/** 万元 in fen: 10,000 yuan × 100. */
const WAN_FEN = 1_000_000;

/**
 * The bands a need's budget is shown in (the university's 市场需求 page, the unmet-demand map, the field
 * alerts) and counted in, for needs the viewer may not read: coarse enough that a hidden need's exact
 * figure is not given away.
 */
export const BUDGET_BANDS = [
  'unspecified',
  'under_10w',
  '10w_50w',
  '50w_100w',
  '100w_500w',
  'over_500w',
] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

/** Each band's upper bound in fen, inclusive; the last band has none. */
const UPPER_FEN: readonly [BudgetBand, number][] = [
  ['under_10w', 10 * WAN_FEN],
  ['10w_50w', 50 * WAN_FEN],
  ['50w_100w', 100 * WAN_FEN],
  ['100w_500w', 500 * WAN_FEN],
];

export const BUDGET_BAND_LABELS: Readonly<Record<BudgetBand, string>> = {
  unspecified: '预算面议',
  under_10w: '10 万元以下',
  '10w_50w': '10–50 万元',
  '50w_100w': '50–100 万元',
  '100w_500w': '100–500 万元',
  over_500w: '500 万元以上',
};

/**
 * The band of the most the enterprise would pay (the budget's maximum): a bound belongs to the band it
 * closes, so exactly 50 万元 is `10w_50w`. No budget is `unspecified` (面议).
 *
 * @example budgetBand({ minFen: 20_000_000, maxFen: 50_000_000 }) // '10w_50w'
 */
export function budgetBand(budget: NeedBudget | undefined): BudgetBand {
  if (budget === undefined) return 'unspecified';
  return UPPER_FEN.find(([, upper]) => budget.maxFen <= upper)?.[0] ?? 'over_500w';
}
