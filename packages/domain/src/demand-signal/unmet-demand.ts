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
  /** A prefecture code (`430400`) on the map; a county's own code (`430405`) as the projection keeps it. */
  region: string;
  count: number;
  dealTypes: Partial<Record<z.infer<typeof DealTypeSchema>, number>>;
  budgetBands: Partial<Record<BudgetBand, number>>;
}

const byChainThenRegion = (a: UnmetCell, b: UnmetCell) =>
  a.chain.localeCompare(b.chain, 'zh-CN') || a.region.localeCompare(b.region);

function add(
  into: Map<string, UnmetCell>,
  chain: string,
  region: string,
  part: Omit<UnmetCell, 'chain' | 'region'>,
) {
  const key = `${chain}\u0000${region}`;
  const cell = into.get(key) ?? { chain, region, count: 0, dealTypes: {}, budgetBands: {} };
  cell.count += part.count;
  for (const [type, n] of Object.entries(part.dealTypes) as [keyof UnmetCell['dealTypes'], number][])
    cell.dealTypes[type] = (cell.dealTypes[type] ?? 0) + n;
  for (const [band, n] of Object.entries(part.budgetBands) as [BudgetBand, number][])
    cell.budgetBands[band] = (cell.budgetBands[band] ?? 0) + n;
  into.set(key, cell);
}

/**
 * Counts unmet needs by industry chain × region (`regionOf`: the prefecture by default, the county's own
 * code for the projection's stored cells): a need with two chains counts in both rows (a chain's row says
 * how many needs it has), with the deal types asked and the budget bands of each cell.
 */
export function unmetCells(
  rows: readonly MarketNeedRow[],
  regionOf: (regionCode: string) => string = mapRegionOf,
): UnmetCell[] {
  const cells = new Map<string, UnmetCell>();
  for (const row of rows) {
    if (!row.unmet) continue;
    const dealTypes = Object.fromEntries(row.dealTypes.map((type) => [type, 1]));
    for (const chain of row.industryChains.length > 0 ? row.industryChains : [NO_CHAIN])
      add(cells, chain, regionOf(row.regionCode), {
        count: 1,
        dealTypes,
        budgetBands: { [row.budgetBand]: 1 },
      });
  }
  return [...cells.values()].sort(byChainThenRegion);
}

/** County cells summed into the map's prefecture cells. */
export function prefectureCells(cells: readonly UnmetCell[]): UnmetCell[] {
  const merged = new Map<string, UnmetCell>();
  for (const { chain, region, ...part } of cells) add(merged, chain, mapRegionOf(region), part);
  return [...merged.values()].sort(byChainThenRegion);
}
