import { isoDateInChina } from '@openlicense/domain';
import { SnapshotFormatError } from '@openlicense/matching';
import { createLogger, entryLog } from '@openlicense/observability';
import {
  type CursorSigner,
  createCursorSigner,
  type DeclarationRepository,
  InvalidCursorError,
} from '@openlicense/store';
import { CatalogueIndex, type ChainCount, type ListingPage, type ListingQuery } from './catalogue-index.ts';
import { CATALOGUE_SNAPSHOT } from './snapshot-names.ts';
import type { SnapshotStore } from './snapshot-store.ts';

const PAGE = 500;

export interface CatalogueOptions {
  declarations: Pick<DeclarationRepository, 'listPublished' | 'listChangedSince'>;
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
}

/** The one list catalogue cursors belong to; the index itself refuses a newest-first cursor on a search. */
const CURSOR_SCOPE = 'catalogue';

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
  private loading: Promise<CatalogueIndex> | undefined;
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

  constructor(private readonly options: CatalogueOptions) {
    this.refreshIntervalMs = options.refreshIntervalMs ?? 30_000;
    this.overlapMs = options.overlapMs ?? 60_000;
    this.log = options.log ?? defaultLog;
    this.cursors = options.cursors ?? createCursorSigner();
  }

  /**
   * A page of published listings in force today, by relevance for a keyword query, else newest first. The
   * index's own position travels sealed by the signer: an altered or foreign cursor is an InvalidCursorError.
   */
  async search(query: ListingQuery): Promise<ListingPage> {
    const position = query.cursor ? this.cursors.open(CURSOR_SCOPE, query.cursor) : undefined;
    if (position !== undefined && (position.length !== 1 || typeof position[0] !== 'string'))
      throw new InvalidCursorError();
    const index = await this.current();
    const page = index.search(
      { ...query, cursor: position?.[0] as string | undefined },
      isoDateInChina(this.options.now()),
    );
    return page.next ? { ...page, next: this.cursors.seal(CURSOR_SCOPE, [page.next]) } : page;
  }

  /** The industry chains of the listings in force today, with how many name each: the chain filter's choices. */
  async industryChains(): Promise<ChainCount[]> {
    const index = await this.current();
    return index.industryChains(isoDateInChina(this.options.now()));
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

  /** The index, loaded on first use and refreshed when the last read is older than the interval. */
  private async current(): Promise<CatalogueIndex> {
    if (this.index === undefined) {
      this.loading ??= this.load().finally(() => {
        this.loading = undefined;
      });
      return this.loading;
    }
    if (this.options.now().getTime() - this.triedAt >= this.refreshIntervalMs) {
      this.refreshing ??= this.refresh(this.index).finally(() => {
        this.refreshing = undefined;
      });
      await this.refreshing;
    }
    return this.index;
  }

  private async load(): Promise<CatalogueIndex> {
    const started = performance.now();
    const snapshot = await this.fromSnapshot();
    let index: CatalogueIndex;
    if (snapshot) {
      index = snapshot.index;
      this.readUpTo = Date.parse(snapshot.builtAt);
      this.statistics.source = 'snapshot';
    } else {
      this.readUpTo = this.options.now().getTime();
      index = await this.build();
      this.statistics.source = 'store';
    }
    await this.applyChanges(index);
    this.index = index;
    this.statistics.loadMs = performance.now() - started;
    this.log({ msg: 'catalogue loaded', ...this.stats() });
    return index;
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

  private async build(): Promise<CatalogueIndex> {
    const index = CatalogueIndex.empty();
    let cursor: string | undefined;
    do {
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
