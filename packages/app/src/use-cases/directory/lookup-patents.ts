import type { DirectoryPatent, DirectoryPatentQuery } from '@openlicense/contract/directory';
import { parsePatentNumber } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { matchesLookup } from './lookup-text.ts';

type Deps = Pick<AppDeps, 'store' | 'catalogue'>;

/** Ledger pages read at most for one look-up: 5,000 patents of one holder, searched by number order. */
const MAX_LEDGER_PAGES = 10;

/**
 * Patents by number or title, with their holder's name: with `holder`, that approved organisation's ledger
 * (what a deal's supplier may sign over, declared or not); without, the published catalogue's listings for
 * `q` and the ledger patent a full number names. Granted patents are public records: number, title and holder
 * only.
 */
export async function lookupPatents(deps: Deps, query: DirectoryPatentQuery): Promise<DirectoryPatent[]> {
  return query.holder ? await ledgerPatents(deps, query.holder, query) : await cataloguePatents(deps, query);
}

async function ledgerPatents(deps: Deps, holderOrgId: string, query: DirectoryPatentQuery) {
  const holder = await deps.store.orgs.get(holderOrgId);
  if (holder?.status !== 'approved') return [];
  const found: DirectoryPatent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_LEDGER_PAGES && found.length < query.limit; page++) {
    const result = await deps.store.patents.listByHolder(holderOrgId, {
      limit: 500,
      ...(cursor ? { cursor } : {}),
    });
    for (const patent of result.items)
      if (matchesLookup(query.q, { names: [patent.title], numbers: [patent.number] }))
        found.push({ number: patent.number, title: patent.title, holderOrgId, holderName: holder.name });
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return found.slice(0, query.limit);
}

async function cataloguePatents(deps: Deps, query: DirectoryPatentQuery) {
  const found = new Map<string, DirectoryPatent>();
  const parsed = query.q ? parsePatentNumber(query.q) : undefined;
  if (parsed?.ok) {
    const patent = await deps.store.patents.get(parsed.value.number);
    const holder = patent ? await deps.store.orgs.get(patent.holderOrgId) : undefined;
    if (patent && holder?.status === 'approved')
      found.set(patent.number, {
        number: patent.number,
        title: patent.title,
        holderOrgId: patent.holderOrgId,
        holderName: holder.name,
      });
  }
  const page = await deps.catalogue.search({ q: query.q, limit: query.limit });
  for (const card of page.items)
    if (!found.has(card.patentNumber))
      found.set(card.patentNumber, {
        number: card.patentNumber,
        title: card.title,
        holderOrgId: card.holder.orgId,
        holderName: card.holder.name,
      });
  return [...found.values()].slice(0, query.limit);
}
