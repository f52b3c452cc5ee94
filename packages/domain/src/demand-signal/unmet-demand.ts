import * as z from 'zod/mini';
import { DealTypeSchema, NeedStatusSchema, NeedVisibilitySchema } from '../need/need.ts';
import { BUDGET_BANDS, type BudgetBand } from './budget-band.ts';

/**
 * One live need as the market projection keeps it (rebuilt nightly from the needs and their stored
 * matches): enough to count it, to decide who may read its title, and to alert subscribers once.
 */
export const MarketNeedRowSchema = z.object({
  needId: z.string(),
  title: z.string(),
  ownerOrgId: z.string(),
  visibility: NeedVisibilitySchema,
  status: NeedStatusSchema,
  industryChains: z.array(z.string()),
  ipc: z.array(z.string()),
  regionCode: z.string(),
  dealTypes: z.array(DealTypeSchema),
  budgetBand: z.enum(BUDGET_BANDS),
  /** No listing or bundle matches it above the relevance floor (the matcher stores only those). */
  unmet: z.boolean(),
  /** When the projection first saw it live (its last change then): "published since" for the alerts. */
  firstSeenLiveAt: z.string(),
});
export type MarketNeedRow = z.infer<typeof MarketNeedRowSchema>;

/** A need's region on the map: its prefecture (`430104` → `430100`). */
export const mapRegionOf = (regionCode: string): string => `${regionCode.slice(0, 4)}00`;

/** The chain a need without one is counted under. */
export const NO_CHAIN = '';

export interface UnmetCell {
  chain: string;
  /** Prefecture code (`430400`). */
  region: string;
  count: number;
  dealTypes: Partial<Record<z.infer<typeof DealTypeSchema>, number>>;
  budgetBands: Partial<Record<BudgetBand, number>>;
}

/**
 * Counts unmet needs by industry chain × prefecture: a need with two chains counts in both rows (a chain's
 * row says how many needs it has), with the deal types asked and the budget bands of each cell.
 */
export function unmetCells(rows: readonly MarketNeedRow[]): UnmetCell[] {
  const cells = new Map<string, UnmetCell>();
  for (const row of rows) {
    if (!row.unmet) continue;
    const region = mapRegionOf(row.regionCode);
    for (const chain of row.industryChains.length > 0 ? row.industryChains : [NO_CHAIN]) {
      const key = `${chain}\u0000${region}`;
      const cell = cells.get(key) ?? { chain, region, count: 0, dealTypes: {}, budgetBands: {} };
      cell.count++;
      for (const type of row.dealTypes) cell.dealTypes[type] = (cell.dealTypes[type] ?? 0) + 1;
      cell.budgetBands[row.budgetBand] = (cell.budgetBands[row.budgetBand] ?? 0) + 1;
      cells.set(key, cell);
    }
  }
  return [...cells.values()].sort(
    (a, b) => a.chain.localeCompare(b.chain, 'zh-CN') || a.region.localeCompare(b.region),
  );
}
