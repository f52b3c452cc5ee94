import type { CataloguePage } from '@openlicense/contract/listings';
import { isoDateInChina } from '@openlicense/domain';
import { SnapshotFormatError } from '@openlicense/matching';
import { createLogger, entryLog } from '@openlicense/observability';
import {
  type BundleRepository,
  type CursorSigner,
  createCursorSigner,
  type DeclarationRepository,
  InvalidCursorError,
} from '@openlicense/store';
import { BundleShelf, ranksByKeyword } from './bundle-shelf.ts';
import { encodeCatalogueCursor, MAX_OFFSET } from './catalogue-cursor.ts';
import { CatalogueIndex, type ChainCount, type ListingPage, type ListingQuery } from './catalogue-index.ts';
import { bundlesOnly, type CatalogueKind, type ListingSlice, newestMix, rankedMix } from './mixed-page.ts';
import { CATALOGUE_SNAPSHOT } from './snapshot-names.ts';
import type { SnapshotStore } from './snapshot-store.ts';

const PAGE = 500;

export interface CatalogueOptions {
  declarations: Pick<DeclarationRepository, 'listPublished' | 'listChangedSince'>;
  /**
   * The published bundles and public patent pools (read whole, at most every `refreshIntervalMs`); without
   * it the catalogue lists single-patent listings only.
   */
  bundles?: Pick<BundleRepository, 'listByStatus'> | undefined;
  snapshots: SnapshotStore;
  now: () => Date;
  /** Changes are read at most this often, when a request comes in. Default 30 s; 0 reads them every time. */
  refreshIntervalMs?: number;
  /** How far before the last read a delta starts again, since index reads are eventually consistent. Default 60 s. */
  overlapMs?: number;
  /** Structured events (load, refresh failure); JSON lines to stdout by default. */
  log?: (event: Record<string, unknown>) => void;
  /**
   * Seals the page cursors (the store's, so every instance opens every other's); by default one of this
   * catalogue's own, good within this process.
   */
  cursors?: CursorSigner;
  /**
   * A cold start with no snapshot (a fresh deploy, before the snapshot job has run): reading every listing
   * would outlast the API's timeout at catalogue scale, so the full read runs off the request path and
   * requests answer from the newest listings meanwhile (`warming`). See {@link ColdStartOptions}.
   */
  coldStart?: ColdStartOptions;
}

export interface ColdStartOptions {
  /** How long a request waits for a full read under way before answering from the newest listings. Default 0. */
  graceMs?: number;
  /** How many of the newest published listings a warming catalogue serves and searches. Default 500. */
  newest?: number;
  /** While warming, how often a request looks for a snapshot written since (the deploy's run). Default 10 s. */
  snapshotPollMs?: number;
}

/** The newest listings, read while warming; `complete` when they are all there are. */
interface Preview {
  index: CatalogueIndex;
  readAt: number;
  complete: boolean;
}

/** What a request is served from: the whole catalogue, or while it warms up, the newest listings only. */
interface Served {
  index: CatalogueIndex;
  warming: boolean;
}

/** The one list catalogue cursors belong to; the index itself refuses a newest-first cursor on a search. */
const CURSOR_SCOPE = 'catalogue';
/** Bundles are read a page of this many at a time. */
const BUNDLE_PAGE = 100;

/** A catalogue query naming which kind of offer it lists. */
export interface CatalogueQuery extends ListingQuery {
  kind: CatalogueKind;
}

export interface CatalogueStats {
  listings: number;
  /** Where the listings came from on the first request. */
  source: 'snapshot' | 'store' | 'none';
  /** Milliseconds the first load took (snapshot read and decoded, or the store read; then the delta). */
  loadMs: number;
  /** Delta reads made, and declarations they applied. */
  refreshes: number;
  applied: number;
}

/** JSON lines in Lambda, readable lines on the laptop (`@openlicense/observability`). */
const defaultLog = (event: Record<string, unknown>) => entryLog(createLogger('catalogue'))(event);

/**
 * The public catalogue served from memory. The first request loads the last snapshot (or, when there is
 * none, reads every published declaration) and applies what changed since it was built; afterwards a
 * request applies the changes since the previous read, at most every `refreshIntervalMs`. A search is then
 * a walk over memory: no table read on the request path beyond that delta.
 *
 * @example
 * const catalogue = new Catalogue({ declarations: store.declarations, snapshots, now: () => new Date() });
 * await catalogue.search({ q: '锂电池', limit: 20 }) // { items, next?, total }
 */
export class Catalogue {
  private index: CatalogueIndex | undefined;
  private loading: Promise<CatalogueIndex | undefined> | undefined;
  private refreshing: Promise<void> | undefined;
  /** Epoch ms of the start of the last delta read (or of the build): the next read starts an overlap before it. */
  private readUpTo = 0;
  /** Epoch ms of the last delta read, successful or not: the interval counts from it. */
  private triedAt = 0;
  private readonly statistics: CatalogueStats = {
    listings: 0,
    source: 'none',
    loadMs: 0,
    refreshes: 0,
    applied: 0,
  };
  private readonly refreshIntervalMs: number;
  private readonly overlapMs: number;
  private readonly log: (event: Record<string, unknown>) => void;
  private readonly cursors: CursorSigner;
  private shelf: BundleShelf | undefined;
  private shelfLoading: Promise<BundleShelf> | undefined;
  /** Epoch ms of the last read of the bundles, successful or not. */
  private shelfTriedAt = 0;
  /** The full read of a snapshot-less cold start, running off the request path. */
  private building: Promise<CatalogueIndex | undefined> | undefined;
  /** While warming: the newest listings, and when they were read. */
  private preview: Preview | undefined;
  private previewing: Promise<Preview> | undefined;
  /** While warming: epoch ms of the last look for a snapshot, and the look in progress. */
  private snapshotCheckedAt = 0;
  private snapshotCheck: Promise<CatalogueIndex | undefined> | undefined;
  private readonly graceMs: number;
  private readonly newestLimit: number;
  private readonly snapshotPollMs: number;

  constructor(private readonly options: CatalogueOptions) {
    this.refreshIntervalMs = options.refreshIntervalMs ?? 30_000;
    this.overlapMs = options.overlapMs ?? 60_000;
    this.log = options.log ?? defaultLog;
    this.cursors = options.cursors ?? createCursorSigner();
    this.graceMs = options.coldStart?.graceMs ?? 0;
    this.newestLimit = options.coldStart?.newest ?? PAGE;
    this.snapshotPollMs = options.coldStart?.snapshotPollMs ?? 10_000;
  }

  /**
   * A page of published listings in force today, by relevance for a keyword query, else newest first. The
   * index's own position travels sealed by the signer: an altered or foreign cursor is an InvalidCursorError.
   */
  async search(query: ListingQuery): Promise<ListingPage & { warming?: true }> {
    const position = query.cursor ? this.cursors.open(CURSOR_SCOPE, query.cursor) : undefined;
    if (position !== undefined && (position.length !== 1 || typeof position[0] !== 'string'))
      throw new InvalidCursorError();
    const { index, warming } = await this.current();
    const page = index.search(
      { ...query, cursor: position?.[0] as string | undefined },
      isoDateInChina(this.options.now()),
    );
    const sealed = page.next ? { ...page, next: this.cursors.seal(CURSOR_SCOPE, [page.next]) } : page;
    return warming ? { ...sealed, warming: true } : sealed;
  }

  /**
   * A page of the catalogue of `kind`: single-patent listings (as {@link Catalogue.search}), published
   * bundles and pools, or both — a keyword search lists the matching bundles first, then the listings by
   * relevance; without keywords both are merged newest first. Cursors are sealed per kind.
   */
  async browse(query: CatalogueQuery): Promise<CataloguePage> {
    const { kind, ...rest } = query;
    if (kind === 'listing') return this.search(rest);
    const scope = `${CURSOR_SCOPE}-${kind}`;
    const ranked = kind === 'bundle' || ranksByKeyword(rest.q);
    const position = rest.cursor ? this.openMixedCursor(scope, rest.cursor, ranked) : undefined;
    const [{ index, warming }, shelf] = await Promise.all([
      kind === 'bundle' ? this.served() : this.current(),
      this.currentShelf(),
    ]);
    const today = isoDateInChina(this.options.now());
    const bundles = shelf.find(rest, today);
    const seal = (page: {
      next?: string | number;
      items: CataloguePage['items'];
      total: number;
    }): CataloguePage => {
      const { next, ...shown } = page;
      const sealed =
        next === undefined
          ? shown
          : { ...shown, next: this.cursors.seal(scope, [`${ranked ? 'r' : 'n'}:${next}`]) };
      return warming && kind !== 'bundle' ? { ...sealed, warming: true } : sealed;
    };
    if (kind === 'bundle') return seal(bundlesOnly(bundles, Number(position ?? 0), rest.limit));
    const listingsFrom = (cursor: string | undefined, limit: number): ListingSlice => {
      const page = index.search({ ...rest, limit: Math.max(1, limit), cursor }, today);
      return { items: limit > 0 ? page.items : [], more: page.next !== undefined, total: page.total };
    };
    if (ranked)
      return seal(
        rankedMix(bundles, Number(position ?? 0), rest.limit, (offset, limit) =>
          offset > MAX_OFFSET
            ? { ...listingsFrom(undefined, 1), items: [], more: false }
            : listingsFrom(
                offset > 0 ? encodeCatalogueCursor({ kind: 'relevance', offset }) : undefined,
                limit,
              ),
        ),
      );
    return seal(
      newestMix(bundles, position, rest.limit, (after, limit) =>
        listingsFrom(after ? encodeCatalogueCursor({ kind: 'newest', after }) : undefined, limit),
      ),
    );
  }

  /**
   * The industry chains of the listings in force today, with how many name each: the chain filter's
   * choices. With `kind` `all` or `bundle`, published bundles count too (once each, whatever their members).
   */
  async industryChains(kind: CatalogueKind = 'listing'): Promise<ChainCount[]> {
    const today = isoDateInChina(this.options.now());
    const listed = kind === 'bundle' ? [] : (await this.current()).index.industryChains(today);
    if (kind === 'listing') return listed;
    const counts = new Map(listed.map(({ chain, count }) => [chain, count]));
    for (const card of (await this.currentShelf()).find({}, today))
      for (const chain of card.industryChains) counts.set(chain, (counts.get(chain) ?? 0) + 1);
    return [...counts]
      .map(([chain, count]) => ({ chain, count }))
      .sort((a, b) => b.count - a.count || a.chain.localeCompare(b.chain, 'zh-CN'));
  }

  /** A sealed bundle or mixed cursor's position: an offset for a ranked list, a sort key for newest first. */
  private openMixedCursor(scope: string, cursor: string, ranked: boolean): string {
    const [value, ...rest] = this.cursors.open(scope, cursor);
    if (rest.length > 0 || typeof value !== 'string') throw new InvalidCursorError();
    const [mode, position] = [value.slice(0, 2), value.slice(2)];
    if (mode !== (ranked ? 'r:' : 'n:') || position === '') throw new InvalidCursorError();
    if (ranked) {
      const offset = Number(position);
      if (!Number.isInteger(offset) || offset <= 0 || offset > MAX_OFFSET * 2) throw new InvalidCursorError();
    }
    return position;
  }

  /** The published bundles, read again when the last read is older than the refresh interval. */
  private async currentShelf(): Promise<BundleShelf> {
    const source = this.options.bundles;
    if (source === undefined) return BundleShelf.empty();
    if (
      this.shelf === undefined ||
      this.options.now().getTime() - this.shelfTriedAt >= this.refreshIntervalMs
    ) {
      this.shelfLoading ??= this.loadShelf(source).finally(() => {
        this.shelfLoading = undefined;
      });
      return this.shelfLoading;
    }
    return this.shelf;
  }

  /** Reads every published bundle; a failed read is logged and the catalogue keeps what it had (or none). */
  private async loadShelf(source: NonNullable<CatalogueOptions['bundles']>): Promise<BundleShelf> {
    this.shelfTriedAt = this.options.now().getTime();
    try {
      const records = [];
      let cursor: string | undefined;
      do {
        const page = await source.listByStatus('published', { limit: BUNDLE_PAGE, cursor });
        records.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      this.shelf = BundleShelf.of(records);
    } catch (error) {
      this.log({ level: 'warn', msg: 'catalogue bundles read failed', error: String(error) });
      this.shelf ??= BundleShelf.empty();
    }
    return this.shelf;
  }

  stats(): CatalogueStats {
    return { ...this.statistics, listings: this.index?.size ?? 0 };
  }

  /**
   * Reads every published declaration into a fresh index (never the old snapshot), makes it this
   * catalogue's, and stores it as the snapshot cold starts load. The scheduled job's work.
   */
  async saveSnapshot(): Promise<{ listings: number; bytes: number }> {
    const started = this.options.now();
    const index = await this.build();
    const bytes = index.toSnapshot(started.toISOString());
    await this.options.snapshots.put(CATALOGUE_SNAPSHOT, bytes);
    this.index = index;
    this.readUpTo = started.getTime();
    this.triedAt = this.readUpTo;
    return { listings: index.size, bytes: bytes.length };
  }

  /** What a bundles-only page needs of the listings: nothing, so it never waits for them. */
  private async served(): Promise<Served> {
    return { index: this.index ?? CatalogueIndex.empty(), warming: false };
  }

  /**
   * The index, loaded on first use and refreshed when the last read is older than the interval. With no
   * snapshot to load, the newest listings (`warming`) until the full read off the request path is done.
   */
  private async current(): Promise<Served> {
    if (this.index === undefined) {
      this.loading ??= this.load().finally(() => {
        this.loading = undefined;
      });
      const loaded = await this.loading;
      return loaded ? { index: loaded, warming: false } : this.whileWarming();
    }
    if (this.options.now().getTime() - this.triedAt >= this.refreshIntervalMs) {
      this.refreshing ??= this.refresh(this.index).finally(() => {
        this.refreshing = undefined;
      });
      await this.refreshing;
    }
    return { index: this.index, warming: false };
  }

  /** Loads the snapshot; without one, starts the full read off the request path and answers undefined. */
  private async load(): Promise<CatalogueIndex | undefined> {
    const started = performance.now();
    const index = await this.adoptSnapshot();
    if (index === undefined) {
      this.log({ msg: 'catalogue has no snapshot: warming up from the store' });
      return undefined;
    }
    this.statistics.loadMs = performance.now() - started;
    this.log({ msg: 'catalogue loaded', ...this.stats() });
    return index;
  }

  /** The stored snapshot with the changes since it was built, made this catalogue's; undefined without one. */
  private async adoptSnapshot(): Promise<CatalogueIndex | undefined> {
    this.snapshotCheckedAt = this.options.now().getTime();
    const snapshot = await this.fromSnapshot();
    if (snapshot === undefined) return undefined;
    const { index } = snapshot;
    this.readUpTo = Date.parse(snapshot.builtAt);
    await this.applyChanges(index);
    this.index ??= index;
    if (this.index === index) this.statistics.source = 'snapshot';
    return this.index;
  }

  /**
   * Reads every published declaration into an index, off the request path; stops early when a snapshot was
   * adopted meanwhile. A failed read is logged and the next request starts it again.
   */
  private startBuild(): Promise<CatalogueIndex | undefined> {
    const started = performance.now();
    this.building ??= (async () => {
      const readFrom = this.options.now().getTime();
      const index = await this.build(() => this.index !== undefined);
      if (this.index !== undefined) return this.index;
      this.readUpTo = readFrom;
      await this.applyChanges(index);
      this.index ??= index;
      if (this.index === index) {
        this.statistics.source = 'store';
        this.statistics.loadMs = performance.now() - started;
        this.preview = undefined;
        this.log({ msg: 'catalogue loaded', ...this.stats() });
      }
      return this.index;
    })()
      .catch((error: unknown) => {
        this.log({ level: 'warn', msg: 'catalogue full read failed', error: String(error) });
        return undefined;
      })
      .finally(() => {
        this.building = undefined;
      });
    return this.building;
  }

  /**
   * A request while no index is loaded: waits up to the grace for a full read under way, looks for a snapshot
   * written since (the deploy's snapshot run, the nightly job) at most every `snapshotPollMs`, else answers
   * from the newest listings — read first, so the full read (started after them) does not slow the answer.
   */
  private async whileWarming(): Promise<Served> {
    const built = this.building && (await withinGrace(this.building, this.graceMs));
    if (built) return { index: built, warming: false };
    if (this.options.now().getTime() - this.snapshotCheckedAt >= this.snapshotPollMs) {
      this.snapshotCheck ??= this.adoptSnapshot()
        .catch((error: unknown) => {
          this.log({ level: 'warn', msg: 'catalogue snapshot look failed', error: String(error) });
          return undefined;
        })
        .finally(() => {
          this.snapshotCheck = undefined;
        });
      const adopted = await this.snapshotCheck;
      if (adopted) {
        this.log({ msg: 'catalogue loaded', ...this.stats() });
        return { index: adopted, warming: false };
      }
    }
    if (this.index !== undefined) return { index: this.index, warming: false };
    const preview = await this.newest();
    if (this.index !== undefined) return { index: this.index, warming: false };
    if (!preview.complete) {
      void this.startBuild();
      return { index: preview.index, warming: true };
    }
    // The newest listings are all there are: a small catalogue is whole, never warming.
    this.readUpTo = preview.readAt;
    this.triedAt = preview.readAt;
    this.index = preview.index;
    this.statistics.source = 'store';
    this.log({ msg: 'catalogue loaded', ...this.stats() });
    return { index: preview.index, warming: false };
  }

  /**
   * The newest published listings (a bounded read of the status index, newest `updatedAt` first), read
   * again after the interval.
   */
  private async newest(): Promise<Preview> {
    const preview = this.preview;
    if (preview && this.options.now().getTime() - preview.readAt < this.refreshIntervalMs) return preview;
    this.previewing ??= (async () => {
      const readAt = this.options.now().getTime();
      const index = CatalogueIndex.empty();
      let cursor: string | undefined;
      let read = 0;
      do {
        const page = await this.options.declarations.listPublished({
          limit: Math.min(PAGE, this.newestLimit - read),
          cursor,
        });
        for (const record of page.items) index.apply(record);
        read += page.items.length;
        cursor = page.nextCursor;
      } while (cursor && read < this.newestLimit);
      this.preview = { index, readAt, complete: cursor === undefined };
      return this.preview;
    })()
      .catch((error: unknown) => {
        if (preview === undefined) throw error;
        this.log({ level: 'warn', msg: 'catalogue newest read failed', error: String(error) });
        return preview;
      })
      .finally(() => {
        this.previewing = undefined;
      });
    return this.previewing;
  }

  /** The stored snapshot, or undefined when there is none or it is of another format (then it is rebuilt). */
  private async fromSnapshot() {
    const bytes = await this.options.snapshots.get(CATALOGUE_SNAPSHOT);
    if (bytes === undefined) return undefined;
    try {
      return CatalogueIndex.fromSnapshot(bytes);
    } catch (error) {
      if (!(error instanceof SnapshotFormatError)) throw error;
      this.log({ msg: 'catalogue snapshot unusable, reading the store', error: error.message });
      return undefined;
    }
  }

  /** Reads every published declaration into a fresh index, page by page, until done or `stop()`. */
  private async build(stop: () => boolean = () => false): Promise<CatalogueIndex> {
    const index = CatalogueIndex.empty();
    let cursor: string | undefined;
    do {
      if (stop()) return index;
      const page = await this.options.declarations.listPublished({ limit: PAGE, cursor });
      for (const record of page.items) index.apply(record);
      cursor = page.nextCursor;
    } while (cursor);
    return index;
  }

  /** Applies a delta; a failed read is logged and the catalogue keeps answering from what it has. */
  private async refresh(index: CatalogueIndex): Promise<void> {
    try {
      await this.applyChanges(index);
    } catch (error) {
      this.log({ level: 'warn', msg: 'catalogue refresh failed', error: String(error) });
    }
  }

  private async applyChanges(index: CatalogueIndex): Promise<void> {
    const started = this.options.now().getTime();
    this.triedAt = started;
    const since = new Date(this.readUpTo - this.overlapMs).toISOString();
    const changes = await this.options.declarations.listChangedSince(since);
    for (const record of changes) index.apply(record);
    this.readUpTo = started;
    this.statistics.refreshes++;
    this.statistics.applied += changes.length;
  }
}

/** `work`'s result if it settles within `ms`, else undefined (then `work` carries on). */
async function withinGrace<T>(work: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  if (ms <= 0) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([work, elapsed]);
  } finally {
    clearTimeout(timer);
  }
}
