import type { AppDeps } from '@openlicense/app';
import { chinaYear, type Push } from '@openlicense/domain';

const PAGE = 500;

/** Every push the broker approved in the China-time `year`, page by page. */
export async function pushesOfYear(deps: AppDeps, brokerOrgId: string, year: string): Promise<Push[]> {
  const all: Push[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.pushes.listByBroker(brokerOrgId, year, {
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** The year asked for, or this year in China. */
export const evidenceYear = (year: number | undefined, now: Date) => (year ? String(year) : chinaYear(now));
