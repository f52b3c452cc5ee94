import type { DeclarationRecord } from '@openlicense/domain';
import { load, serialise, TextIndex } from '@openlicense/matching';
import {
  type CatalogueCursor,
  decodeCatalogueCursor,
  encodeCatalogueCursor,
  MAX_OFFSET,
} from './catalogue-cursor.ts';
import { decodeCardRows, encodeCards, readSnapshot, writeSnapshot } from './catalogue-snapshot.ts';
import { parseKeywordQuery } from './keyword-query.ts';
import { type ListingCard, listingCard } from './listing-card.ts';
import {
  type CatalogueEntry,
  catalogueEntry,
  hanCharacters,
  ipcMatcher,
  type ListingFilter,
  listingPredicate,
} from './listing-filter.ts';

/** Keyword fields and weights: a title hit counts three times an abstract hit. */
const FIELDS = { title: 3, keywords: 2, abstract: 1 } as const;

export interface ListingQuery extends ListingFilter {
  /**
   * Keywords, Chinese-aware; ranks by relevance when present, newest first otherwise. A patent number (any
   * spelling) finds its listing, an IPC symbol filters to listings at or below it, a single Chinese
   * character finds the listings whose title or keywords hold it.
   */
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface ListingPage {
  items: ListingCard[];
  /** The cursor of the next page; absent on the last one. */
  next?: string;
  /** Listings matching the query and filters, over every page. */
  total: number;
}

/** One industry chain of the catalogue and how many listings in force name it. */
export interface ChainCount {
  chain: string;
  count: number;
}

/** Newest first: `publishedAt#id` descending. */
const newerFirst = (a: CatalogueEntry, b: CatalogueEntry) =>
  a.sortKey > b.sortKey ? -1 : a.sortKey < b.sortKey ? 1 : 0;

/**
 * Every published listing in memory: its catalogue row, a newest-first order and a keyword index over its
 * title, keywords and abstract. Pure data, no I/O: `Catalogue` keeps it fresh.
 */
export class CatalogueIndex {
  private readonly entries = new Map<string, CatalogueEntry>();
  /** Sorted by `sortKey` descending. */
  private readonly order: CatalogueEntry[] = [];
  /** Ids that left publication: a stale read of them as published is never applied again. */
  private readonly departed = new Set<string>();
  /** Canonical patent number → listing id (one published declaration per patent). */
  private readonly byNumber = new Map<string, string>();
  /** Moves on every change, so the chain counts are counted again only after one. */
  private changes = 0;
  private chainCounts: { key: string; counts: ChainCount[] } | undefined;

  private constructor(private readonly text: TextIndex) {}

  static empty(): CatalogueIndex {
    return new CatalogueIndex(new TextIndex({ fields: FIELDS }));
  }

  /** Listings held. */
  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /**
   * Applies one declaration as it stands: a published one is added (or replaced), any other status
   * removes it. Leaving publication is final, so a later stale copy of it as published is ignored.
   */
  apply(record: DeclarationRecord): void {
    if (record.status !== 'published') {
      this.departed.add(record.id);
      this.remove(record.id);
      return;
    }
    if (this.departed.has(record.id)) return;
    // A published declaration never changes, so a delta's overlap re-reading it changes nothing.
    if (this.entries.get(record.id)?.card.publishedAt === (record.publishedAt ?? record.updatedAt)) return;
    this.remove(record.id);
    const { title, abstract, keywords } = record.listing;
    const entry = catalogueEntry(listingCard(record), hanCharacters([title, ...keywords]));
    this.entries.set(record.id, entry);
    this.byNumber.set(entry.card.patentNumber, record.id);
    this.insertInOrder(entry);
    this.changes++;
    this.text.add({
      id: record.id,
      fields: abstract === undefined ? { title, keywords } : { title, keywords, abstract },
      // The search filter looks the listing up by id and tests it like any other row.
      filters: { id: record.id },
    });
  }

  /** One page of listings passing `query`'s filters and in force on `today` (YYYY-MM-DD, China). */
  search(query: ListingQuery, today: string): ListingPage {
    const pass = listingPredicate(query, today);
    const q = query.q?.trim();
    if (!q) return this.newestFirst(query, pass);
    const keywords = parseKeywordQuery(q);
    if (keywords.kind === 'patent') return this.byPatentNumber(keywords.number, query, pass);
    const inIpc = keywords.ipc === undefined ? pass : withinIpc(keywords.ipc, pass);
    if (keywords.char !== undefined) return this.byCharacter(keywords.char, query, inIpc);
    if (keywords.text) return this.byRelevance(keywords.text, query, inIpc);
    return this.newestFirst(query, inIpc);
  }

  /**
   * The industry chains named by listings in force on `today`, most listings first (then by name): what the
   * catalogue's chain filter offers.
   */
  industryChains(today: string): ChainCount[] {
    const key = `${today}#${this.changes}`;
    if (this.chainCounts?.key !== key) this.chainCounts = { key, counts: this.countChains(today) };
    return this.chainCounts.counts;
  }

  private countChains(today: string): ChainCount[] {
    const counts = new Map<string, number>();
    for (const { card } of this.order) {
      if (card.lapseDate < today) continue;
      for (const chain of new Set(card.industryChains)) counts.set(chain, (counts.get(chain) ?? 0) + 1);
    }
    return [...counts]
      .map(([chain, count]) => ({ chain, count }))
      .sort((a, b) => b.count - a.count || a.chain.localeCompare(b.chain, 'zh-CN'));
  }

  /** The whole index as bytes for {@link CatalogueIndex.fromSnapshot}; `builtAt` travels with it. */
  toSnapshot(builtAt: string): Uint8Array {
    return writeSnapshot(
      builtAt,
      encodeCards(
        this.order.map((entry) => entry.card),
        this.order.map((entry) => entry.chars),
      ),
      serialise(this.text),
    );
  }

  /** @throws SnapshotFormatError (from the matching package) when the bytes are not a snapshot of this format. */
  static fromSnapshot(bytes: Uint8Array): { index: CatalogueIndex; builtAt: string } {
    const snapshot = readSnapshot(bytes);
    // The index keeps views into the bytes it loads: a copy of its own section lets the rest be collected.
    const index = new CatalogueIndex(load(snapshot.text.slice()));
    // Cards were written newest first, so the order needs no sorting.
    const { cards, chars } = decodeCardRows(snapshot.cards);
    cards.forEach((card, i) => {
      const entry = catalogueEntry(card, chars?.[i]);
      index.entries.set(card.id, entry);
      index.byNumber.set(card.patentNumber, card.id);
      index.order.push(entry);
    });
    return { index, builtAt: snapshot.builtAt };
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (entry === undefined) return;
    this.entries.delete(id);
    this.changes++;
    if (this.byNumber.get(entry.card.patentNumber) === id) this.byNumber.delete(entry.card.patentNumber);
    const at = this.positionOf(entry.sortKey);
    if (this.order[at] === entry) this.order.splice(at, 1);
    else this.order.splice(this.order.indexOf(entry), 1);
    this.text.remove(id);
  }

  /** The first position whose key is not newer than `sortKey` (binary search over the descending order). */
  private positionOf(sortKey: string): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.order[mid]!.sortKey > sortKey) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private insertInOrder(entry: CatalogueEntry): void {
    const last = this.order[this.order.length - 1];
    if (last === undefined || newerFirst(last, entry) < 0) this.order.push(entry);
    else this.order.splice(this.positionOf(entry.sortKey), 0, entry);
  }

  private newestFirst(query: ListingQuery, pass: (entry: CatalogueEntry) => boolean): ListingPage {
    const start = query.cursor ? this.positionAfter(decodeCatalogueCursor(query.cursor, 'newest')) : 0;
    const items: ListingCard[] = [];
    let total = 0;
    let more = false;
    const { order } = this;
    for (let i = 0; i < order.length; i++) {
      const entry = order[i]!;
      if (!pass(entry)) continue;
      total++;
      if (i < start) continue;
      if (items.length < query.limit) items.push(entry.card);
      else more = true;
    }
    const last = items[items.length - 1];
    return more && last
      ? {
          items,
          next: encodeCatalogueCursor({ kind: 'newest', after: `${last.publishedAt}#${last.id}` }),
          total,
        }
      : { items, total };
  }

  /** The first position strictly older than the cursor's row. */
  private positionAfter(cursor: CatalogueCursor): number {
    if (cursor.kind !== 'newest') return 0;
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.order[mid]!.sortKey >= cursor.after) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private byRelevance(q: string, query: ListingQuery, pass: (entry: CatalogueEntry) => boolean): ListingPage {
    const cursor = query.cursor ? decodeCatalogueCursor(query.cursor, 'relevance') : undefined;
    const offset = cursor?.kind === 'relevance' ? cursor.offset : 0;
    const result = this.text.search(q, {
      limit: query.limit,
      offset,
      filter: (filters) => {
        const entry = this.entries.get(filters.id as string);
        return entry !== undefined && pass(entry);
      },
    });
    const items = result.hits.map((hit) => ({ ...this.entries.get(hit.id)!.card, matched: hit.matched }));
    const nextOffset = offset + query.limit;
    return nextOffset < result.total && nextOffset <= MAX_OFFSET
      ? { items, next: encodeCatalogueCursor({ kind: 'relevance', offset: nextOffset }), total: result.total }
      : { items, total: result.total };
  }

  /** The listing of one patent, when it passes the filters. */
  private byPatentNumber(number: string, query: ListingQuery, pass: (entry: CatalogueEntry) => boolean) {
    if (query.cursor) decodeCatalogueCursor(query.cursor, 'relevance');
    const id = this.byNumber.get(number);
    const entry = id === undefined ? undefined : this.entries.get(id);
    return entry && pass(entry)
      ? { items: [{ ...entry.card, matched: [entry.card.patentNumber] }], total: 1 }
      : { items: [], total: 0 };
  }

  /**
   * Listings whose title or keywords hold one Chinese character (the text index has words and bigrams, not
   * single characters): title hits first, newest first within each. A walk over the listings' character
   * sets, a few milliseconds at 100,000.
   */
  private byCharacter(char: string, query: ListingQuery, pass: (entry: CatalogueEntry) => boolean) {
    const cursor = query.cursor ? decodeCatalogueCursor(query.cursor, 'relevance') : undefined;
    const offset = cursor?.kind === 'relevance' ? cursor.offset : 0;
    const inTitle: CatalogueEntry[] = [];
    const inKeywords: CatalogueEntry[] = [];
    for (const entry of this.order) {
      if (!entry.chars.includes(char) || !pass(entry)) continue;
      (entry.card.title.includes(char) ? inTitle : inKeywords).push(entry);
    }
    const ranked = inTitle.concat(inKeywords);
    const items = ranked
      .slice(offset, offset + query.limit)
      .map((entry) => ({ ...entry.card, matched: [char] }));
    const nextOffset = offset + query.limit;
    return nextOffset < ranked.length && nextOffset <= MAX_OFFSET
      ? {
          items,
          next: encodeCatalogueCursor({ kind: 'relevance', offset: nextOffset }),
          total: ranked.length,
        }
      : { items, total: ranked.length };
  }
}

/** `pass`, and a code at or below the IPC symbol typed in the keyword box. */
function withinIpc(ipc: string, pass: (entry: CatalogueEntry) => boolean) {
  const matches = ipcMatcher(ipc);
  return (entry: CatalogueEntry) => entry.card.ipc.some(matches) && pass(entry);
}
