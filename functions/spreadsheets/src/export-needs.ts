import { type AppDeps, listNeeds, type NeedListItem } from '@openlicense/app';
import type { Principal } from '@openlicense/domain';

/** Every need the caller's ledger list shows (own ledger; for agencies and parks, those they manage). */
export async function needsToExport(deps: AppDeps, principal: Principal): Promise<NeedListItem[]> {
  const all: NeedListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await listNeeds(deps, principal, { limit: 200, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
