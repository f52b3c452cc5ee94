import { budgetBand, isLiveNeed, isoDateInChina, type MarketNeedRow, type Need } from '@openlicense/domain';
import type { Store } from '@openlicense/store';
import type { JobClock } from './expire-declarations.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

const PAGE = 100;
/** Needs whose matches are read at once. */
const CONCURRENCY = 8;

type MarketStore = Pick<Store, 'orgs' | 'needs' | 'matches' | 'marketNeeds'>;

/** Every need of every approved enterprise (no index of needs by status: a maintenance read, nightly). */
async function allNeeds(store: MarketStore): Promise<Need[]> {
  const needs: Need[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.orgs.listByStatus('approved', { limit: PAGE, ...(cursor ? { cursor } : {}) });
    for (const org of page.items)
      if (org.type === 'enterprise') needs.push(...(await store.needs.allByOwner(org.id)));
    cursor = page.nextCursor;
  } while (cursor);
  return needs;
}

const rowOf = (need: Need, unmet: boolean, firstSeenLiveAt: string): MarketNeedRow => ({
  needId: need.id,
  title: need.title,
  ownerOrgId: need.ownerOrgId,
  visibility: need.visibility,
  status: need.status,
  industryChains: need.industryChains,
  ipc: need.ipc ?? [],
  regionCode: need.regionCode,
  dealTypes: need.dealTypes,
  budgetBand: budgetBand(need.budget),
  unmet,
  firstSeenLiveAt,
});

/**
 * Nightly: rebuilds the market projection — one row per live need (published, not resolved, deadline not
 * past) saying whether any listing or bundle matches it above the relevance floor (the matcher stores only
 * such matches, so a need without a stored match is unmet) and when it was first seen live (kept from the
 * previous run; a newly live need's last change, so a need is "new" to the alerts once). Runs after the
 * matcher's nightly run has refreshed the matches. A need new to the projection also gets its field pointers
 * written (see `needs.restoreFieldPointers`), so needs stored before them reach the 市场需求 page.
 */
export const marketNeeds = (store: MarketStore, clock: Pick<JobClock, 'now'>): ScheduledJob => ({
  name: 'market-needs',
  async run() {
    const now = clock.now();
    const today = isoDateInChina(now);
    const previous = (await store.marketNeeds.list()).rows;
    const seen = new Map(previous.map((row) => [row.needId, row.firstSeenLiveAt]));
    const queue = (await allNeeds(store)).filter((need) => isLiveNeed(need, today));
    const rows: MarketNeedRow[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let need = queue.shift(); need; need = queue.shift()) {
          const matched = await store.matches.listByNeed(need.id, 1);
          // The first night a need is seen live, its field pointers (市场需求's reads) are written: a need
          // stored before they existed has none until then.
          if (!seen.has(need.id)) await store.needs.restoreFieldPointers(need);
          const firstSeen =
            seen.get(need.id) ?? (need.updatedAt < now.toISOString() ? need.updatedAt : now.toISOString());
          rows.push(rowOf(need, matched.length === 0, firstSeen));
        }
      }),
    );
    const { written, deleted } = await store.marketNeeds.replace(previous, rows, now.toISOString());
    const unmet = rows.filter((row) => row.unmet).length;
    return `market needs: ${rows.length} live (${unmet} unmet), ${written} rows written, ${deleted} removed`;
  },
});
