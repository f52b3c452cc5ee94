import type { BundleCard } from '@openlicense/contract/listings';
import type { BundleRecord } from '@openlicense/domain';
import { TextIndex } from '@openlicense/matching';
import { parseKeywordQuery } from './keyword-query.ts';
import { royaltySummary } from './listing-card.ts';
import { hanCharacters, ipcMatcher, type ListingFilter } from './listing-filter.ts';

/** Keyword fields and weights, as for single listings: the name weighs most, then the members' titles. */
const FIELDS = { title: 3, keywords: 2, abstract: 1 } as const;

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The catalogue row of a published bundle. */
export function bundleCard(record: BundleRecord): BundleCard {
  const { members } = record;
  return {
    kind: 'bundle',
    id: record.id,
    title: record.name,
    organiser: { orgId: record.organiserOrgId, name: record.organiserName, type: record.organiserType },
    holders: record.holders.map((h) => ({ orgId: h.orgId, name: h.name })),
    patentCount: members.length,
    patentNumbers: members.map((m) => m.patentNumber),
    patentTypes: unique(members.map((m) => m.patentType)),
    industryChains: unique(members.flatMap((m) => m.industryChains)),
    ipc: unique(members.flatMap((m) => m.ipc)),
    royalty: royaltySummary(record.royalty),
    period: { start: record.period.start, end: record.period.end },
    lapseDate: record.period.end,
    publishedAt: record.publishedAt ?? record.statusChangedAt,
  };
}

interface ShelfEntry {
  card: BundleCard;
  sortKey: string;
  chars: string;
}

/**
 * Whether a bundle passes the catalogue's filters on `today`: in its period, and the filter holds for the
 * bundle as a whole (a patent type, chain or IPC code any member has; the organiser or any holder; the
 * price's fixed part). The organiser's region is not on the bundle, so a region filter leaves bundles out.
 */
export function bundlePredicate(filter: ListingFilter, today: string): (card: BundleCard) => boolean {
  const { ipc, industryChain, patentType, royaltyMethod, minPriceFen, maxPriceFen, holder, region } = filter;
  const ipcMatches = ipc === undefined ? undefined : ipcMatcher(ipc);
  return (card) => {
    if (card.lapseDate < today) return false;
    if (region !== undefined) return false;
    if (patentType !== undefined && !card.patentTypes.includes(patentType)) return false;
    if (royaltyMethod !== undefined && card.royalty.method !== royaltyMethod) return false;
    if (
      holder !== undefined &&
      card.organiser.orgId !== holder &&
      !card.holders.some((h) => h.orgId === holder)
    )
      return false;
    if (minPriceFen !== undefined && card.royalty.fixedFen < minPriceFen) return false;
    if (maxPriceFen !== undefined && card.royalty.fixedFen > maxPriceFen) return false;
    if (industryChain !== undefined && !card.industryChains.includes(industryChain)) return false;
    if (ipcMatches !== undefined && !card.ipc.some(ipcMatches)) return false;
    return true;
  };
}

/** Whether the keyword box `q` ranks results (words, one character, a patent number) or leaves them newest first. */
export function ranksByKeyword(q: string | undefined): boolean {
  const text = q?.trim();
  if (!text) return false;
  const keywords = parseKeywordQuery(text);
  return keywords.kind === 'patent' || keywords.char !== undefined || keywords.text !== '';
}

/**
 * The published bundles and public patent pools in memory, for the catalogue: few enough (one per pool a
 * park or agency runs) to be read whole and searched whole. Keywords are searched over the name, the
 * members' titles and keywords, and the description; a patent number finds the bundles holding it. Pure
 * data, no I/O: `Catalogue` rebuilds it from the store.
 */
export class BundleShelf {
  private readonly entries: ShelfEntry[];
  private readonly byId = new Map<string, ShelfEntry>();
  private readonly text = new TextIndex({ fields: FIELDS });

  private constructor(records: readonly BundleRecord[]) {
    this.entries = records
      .filter((record) => record.status === 'published')
      .map((record) => {
        const card = bundleCard(record);
        const titles = record.members.map((m) => m.title);
        this.text.add({
          id: record.id,
          fields: {
            title: [record.name],
            keywords: titles,
            abstract: record.description,
          },
        });
        return {
          card,
          sortKey: `${card.publishedAt}#${card.id}`,
          chars: hanCharacters([record.name, ...titles]),
        };
      })
      .sort((a, b) => (a.sortKey > b.sortKey ? -1 : a.sortKey < b.sortKey ? 1 : 0));
    for (const entry of this.entries) this.byId.set(entry.card.id, entry);
  }

  static of(records: readonly BundleRecord[]): BundleShelf {
    return new BundleShelf(records);
  }

  static empty(): BundleShelf {
    return new BundleShelf([]);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Every bundle passing `query` on `today`: ranked best first for a keyword query (with the words each
   * matched), newest first otherwise.
   */
  find(query: ListingFilter & { q?: string | undefined }, today: string): BundleCard[] {
    const pass = bundlePredicate(query, today);
    const q = query.q?.trim();
    if (!q) return this.entries.filter((e) => pass(e.card)).map((e) => e.card);
    const keywords = parseKeywordQuery(q);
    if (keywords.kind === 'patent')
      return this.entries
        .filter((e) => e.card.patentNumbers.includes(keywords.number) && pass(e.card))
        .map((e) => ({ ...e.card, matched: [keywords.number] }));
    const ipcMatches = keywords.ipc === undefined ? undefined : ipcMatcher(keywords.ipc);
    const passes = (card: BundleCard) =>
      pass(card) && (ipcMatches === undefined || card.ipc.some(ipcMatches));
    const { char } = keywords;
    if (char !== undefined)
      return this.entries
        .filter((e) => e.chars.includes(char) && passes(e.card))
        .map((e) => ({ ...e.card, matched: [char] }));
    if (!keywords.text) return this.entries.filter((e) => passes(e.card)).map((e) => e.card);
    const result = this.text.search(keywords.text, { limit: Math.max(1, this.entries.length) });
    return result.hits.flatMap((hit) => {
      const entry = this.byId.get(hit.id);
      return entry && passes(entry.card) ? [{ ...entry.card, matched: hit.matched }] : [];
    });
  }
}
