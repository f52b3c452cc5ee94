import { ipcAncestors, type ResearchFields } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';

/** How many of the university's newest published listings have their matches read, and how many each. */
export const DEMAND_LISTINGS_READ = 100;
const MATCHES_PER_LISTING = 10;
/** How many of the newest live needs are read under each declared chain or IPC subclass. */
const NEEDS_PER_FIELD = 100;
/** Reads in flight at once (listings' matches, fields' needs). */
const CONCURRENCY = 8;

/** A need the page may show, and why: the university's patents that matched it (number → best score). */
export interface DemandCandidate {
  needId: string;
  patents: Map<string, number>;
  /** Found under a declared field (still to be checked against the need's codes: a prefix may be deeper). */
  viaFields: boolean;
}

async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY)
    results.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(read))));
  return results;
}

/**
 * The live needs that may concern the university `orgId`: those its patents' grades counted (the engine's
 * ranking, declared or not), those its newest published listings matched, and the newest under each of
 * its declared chains and IPC subclasses. Best-matched first, then the ones only its fields brought.
 */
export async function demandCandidates(
  deps: AppDeps,
  orgId: string,
  fields: Pick<ResearchFields, 'ipcPrefixes' | 'industryChains'>,
): Promise<{ candidates: DemandCandidate[]; matchedPatents: number; listingsRead: number }> {
  const found = new Map<string, DemandCandidate>();
  const entry = (needId: string) => {
    const known = found.get(needId) ?? { needId, patents: new Map(), viaFields: false };
    found.set(needId, known);
    return known;
  };
  const addPatent = (needId: string, patent: string, score: number) => {
    const { patents } = entry(needId);
    patents.set(patent, Math.max(score, patents.get(patent) ?? 0));
  };

  const [grades, listings] = await Promise.all([
    deps.store.patentGrades.matchedNeedsByHolder(orgId),
    deps.store.declarations.listByOrg(orgId, { status: 'published', limit: DEMAND_LISTINGS_READ }),
  ]);
  let matchedPatents = 0;
  for (const grade of grades) {
    if (grade.holderOrgId !== orgId || grade.matchedNeeds.length === 0) continue;
    matchedPatents++;
    for (const matched of grade.matchedNeeds) addPatent(matched.needId, grade.patentId, matched.score);
  }
  const matches = await inBatches(listings.items, (listing) =>
    deps.store.matches.listByListing(listing.id, MATCHES_PER_LISTING),
  );
  listings.items.forEach((listing, i) => {
    for (const match of matches[i] ?? []) addPatent(match.needId, listing.patentNumber, match.score);
  });

  const subclasses = [...new Set(fields.ipcPrefixes.map((prefix) => ipcAncestors(prefix)[2]))].filter(
    (subclass) => subclass !== undefined,
  );
  const lookups = [
    ...fields.industryChains.map((value) => ({ field: 'chain' as const, value })),
    ...subclasses.map((value) => ({ field: 'ipc' as const, value })),
  ];
  const byField = await inBatches(lookups, (lookup) =>
    deps.store.needs.liveIdsByField(lookup, NEEDS_PER_FIELD),
  );
  const best = (c: DemandCandidate) => Math.max(0, ...c.patents.values());
  const ranked = [...found.values()].sort((a, b) => best(b) - best(a));
  for (const needId of byField.flat()) {
    const known = found.get(needId);
    if (known) known.viaFields = true;
    else {
      const candidate = { needId, patents: new Map<string, number>(), viaFields: true };
      found.set(needId, candidate);
      ranked.push(candidate);
    }
  }
  return { candidates: ranked, matchedPatents, listingsRead: listings.items.length };
}
