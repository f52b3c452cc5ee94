import { type BundleRecord, bundleListingId, type DeclarationRecord, type Need } from '@openlicense/domain';
import type { ListingFeatures } from '@openlicense/matching';
import type { ChangeJournal, SnapshotStore } from '@openlicense/store';
import type { MatcherStore } from '../ports.ts';
import { matchSnapshotName } from '../snapshot-names.ts';
import type { Engine, EngineKind } from './engine.ts';
import {
  bundleFeatures,
  declarationFeatures,
  isMatchableBundle,
  isMatchableDeclaration,
  isMatchableNeed,
  needFeatures,
} from './features.ts';
import { decodeSnapshot, encodeSnapshot, type ListingInfo, type NeedInfo } from './snapshot-format.ts';

const PAGE = 500;

export type Log = (entry: Record<string, unknown>) => void;

export interface MatchStateOptions {
  store: MatcherStore;
  journal: Pick<ChangeJournal, 'append' | 'since'>;
  snapshots: SnapshotStore;
  engines: EngineKind;
  now: () => Date;
  /** Changes other processes applied are read at most this often. Default 30 s; 0 reads them every time. */
  refreshIntervalMs?: number;
  /** How far before the last read a delta starts again (index reads are eventually consistent). Default 60 s. */
  overlapMs?: number;
  log?: Log;
}

export interface MatchStateStats {
  listings: number;
  needs: number;
  source: 'snapshot' | 'store' | 'none';
  loadMs: number;
  refreshes: number;
}

/** What the table holds that the engine matches, read in full (the nightly run, a start without snapshot). */
export interface TableContents {
  declarations: DeclarationRecord[];
  bundles: Array<{ record: BundleRecord; regionCode: string }>;
  needs: Need[];
  /** Needs that are not matchable (draft, fulfilled, closed): any matches they still have are stale. */
  unmatchableNeedIds: string[];
}

/**
 * The matching engine of this process and the titles a stored match names, kept current: the first use loads
 * the last snapshot (or, without one, reads the table and writes one) and applies what changed since it was
 * built — declarations from their change-time index, needs and bundles from the change journal; later uses
 * apply the changes other processes made meanwhile (a stream has several shards, each with its own process),
 * at most every `refreshIntervalMs`. The stream consumer applies its own changes as they come.
 */
export class MatchState {
  private current: Engine | undefined;
  private loading: Promise<Engine> | undefined;
  private refreshing: Promise<void> | undefined;
  private listings = new Map<string, ListingInfo>();
  private needs = new Map<string, NeedInfo>();
  private readonly regions = new Map<string, string>();
  private readUpTo = 0;
  private triedAt = 0;
  private readonly stats_: MatchStateStats = {
    listings: 0,
    needs: 0,
    source: 'none',
    loadMs: 0,
    refreshes: 0,
  };
  private readonly refreshIntervalMs: number;
  private readonly overlapMs: number;
  private readonly log: Log;

  constructor(private readonly options: MatchStateOptions) {
    this.refreshIntervalMs = options.refreshIntervalMs ?? 30_000;
    this.overlapMs = options.overlapMs ?? 60_000;
    this.log = options.log ?? (() => {});
  }

  get snapshotName() {
    return matchSnapshotName(this.options.engines.version);
  }

  stats(): MatchStateStats {
    return { ...this.stats_, listings: this.listings.size, needs: this.needs.size };
  }

  /** The engine, loaded on first use and brought up to date when the last delta read is old enough. */
  async engine(): Promise<Engine> {
    if (this.current === undefined) {
      this.loading ??= this.load().finally(() => {
        this.loading = undefined;
      });
      return this.loading;
    }
    if (this.options.now().getTime() - this.triedAt >= this.refreshIntervalMs) {
      this.refreshing ??= this.applyChanges().finally(() => {
        this.refreshing = undefined;
      });
      await this.refreshing;
    }
    return this.current;
  }

  listing(id: string): ListingInfo | undefined {
    return this.listings.get(id);
  }

  need(id: string): NeedInfo | undefined {
    return this.needs.get(id);
  }

  /** Puts a listing (or bundle) in the engine, or replaces it. Call once `engine()` has resolved. */
  upsertListing(features: ListingFeatures): void {
    this.require().upsertListing(features);
    this.listings.set(features.id, {
      kind: features.kind,
      title: features.title,
      holderName: features.holderName,
    });
  }

  removeListing(id: string): void {
    this.require().removeListing(id);
    this.listings.delete(id);
  }

  upsertNeed(need: Need): void {
    this.require().upsertNeed(needFeatures(need));
    this.needs.set(need.id, needInfo(need));
  }

  removeNeed(id: string): void {
    this.require().removeNeed(id);
    this.needs.delete(id);
  }

  /** The region of the organisation that organises a bundle (the engine's holder region), read once. */
  async regionOf(orgId: string): Promise<string> {
    const known = this.regions.get(orgId);
    if (known !== undefined) return known;
    const region = (await this.options.store.orgs.get(orgId))?.regionCode ?? '';
    this.regions.set(orgId, region);
    return region;
  }

  /** Applies one declaration as it now is: in the engine while published, out of it otherwise. */
  applyDeclaration(record: DeclarationRecord): ListingFeatures | undefined {
    if (!isMatchableDeclaration(record)) {
      this.removeListing(record.id);
      return undefined;
    }
    const features = declarationFeatures(record);
    this.upsertListing(features);
    return features;
  }

  async applyBundle(record: BundleRecord): Promise<ListingFeatures | undefined> {
    if (!isMatchableBundle(record)) {
      this.removeListing(bundleListingId(record.id));
      return undefined;
    }
    const features = bundleFeatures(record, await this.regionOf(record.organiserOrgId));
    this.upsertListing(features);
    return features;
  }

  applyNeed(need: Need): boolean {
    if (!isMatchableNeed(need)) {
      this.removeNeed(need.id);
      return false;
    }
    this.upsertNeed(need);
    return true;
  }

  /**
   * Reads everything the engine matches from the table into a fresh engine (never the old snapshot), makes it
   * this process's and stores its snapshot. The nightly full run's first step; returns what was read so the
   * run can recompute every need.
   */
  async rebuild(): Promise<{ contents: TableContents; bytes: number }> {
    const started = this.options.now();
    const contents = await this.readTable();
    const fresh = new MatchState(this.options);
    const engine = this.options.engines.create();
    fresh.current = engine;
    for (const record of contents.declarations) fresh.applyDeclaration(record);
    for (const { record, regionCode } of contents.bundles)
      fresh.upsertListing(bundleFeatures(record, regionCode));
    for (const need of contents.needs) fresh.applyNeed(need);
    const bytes = await fresh.save(started.toISOString());
    this.current = engine;
    this.listings = fresh.listings;
    this.needs = fresh.needs;
    this.readUpTo = started.getTime();
    this.triedAt = this.readUpTo;
    this.stats_.source = 'store';
    return { contents, bytes };
  }

  private require(): Engine {
    if (this.current === undefined)
      throw new Error('the match engine is not loaded yet: await engine() first');
    return this.current;
  }

  private async save(builtAt: string): Promise<number> {
    const engine = this.require();
    const bytes = encodeSnapshot(
      {
        builtAt,
        engineVersion: this.options.engines.version,
        listings: [...this.listings],
        needs: [...this.needs],
      },
      engine.serialise(),
    );
    await this.options.snapshots.put(this.snapshotName, bytes);
    return bytes.length;
  }

  private async load(): Promise<Engine> {
    const started = performance.now();
    const loaded = await this.fromSnapshot();
    if (loaded) {
      this.current = loaded.engine;
      this.listings = new Map(loaded.header.listings);
      this.needs = new Map(loaded.header.needs);
      this.readUpTo = Date.parse(loaded.header.builtAt);
      this.stats_.source = 'snapshot';
      await this.applyChanges();
    } else {
      await this.rebuild();
    }
    this.stats_.loadMs = Math.round(performance.now() - started);
    this.log({ level: 'info', msg: 'match engine loaded', ...this.stats() });
    return this.require();
  }

  /** The stored snapshot, or undefined when there is none or it is of another format (then it is rebuilt). */
  private async fromSnapshot() {
    const bytes = await this.options.snapshots.get(this.snapshotName);
    if (bytes === undefined) return undefined;
    const decoded = decodeSnapshot(bytes);
    if (decoded?.header.engineVersion === this.options.engines.version) {
      try {
        return { header: decoded.header, engine: this.options.engines.load(decoded.engine) };
      } catch (error) {
        this.log({ level: 'warn', msg: 'match snapshot unusable, reading the table', error: String(error) });
        return undefined;
      }
    }
    this.log({ level: 'warn', msg: 'match snapshot of another format, reading the table' });
    return undefined;
  }

  /** Applies what changed since the last read (with an overlap): published or unpublished declarations, and the journal. */
  private async applyChanges(): Promise<void> {
    const { store, journal } = this.options;
    const started = this.options.now().getTime();
    this.triedAt = started;
    const since = new Date(this.readUpTo - this.overlapMs).toISOString();
    for (const record of await store.declarations.listChangedSince(since)) this.applyDeclaration(record);
    for (const entry of await journal.since(since)) {
      if (entry.kind === 'need') {
        const need = await store.needs.get(entry.id);
        if (need) this.applyNeed(need);
        else this.removeNeed(entry.id);
      } else {
        const bundle = await store.bundles.get(entry.id);
        if (bundle) await this.applyBundle(bundle);
        else this.removeListing(bundleListingId(entry.id));
      }
    }
    this.readUpTo = started;
    this.stats_.refreshes++;
  }

  private async readTable(): Promise<TableContents> {
    const { store } = this.options;
    const declarations: DeclarationRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.declarations.listPublished({ limit: PAGE, cursor });
      declarations.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);

    const bundles: TableContents['bundles'] = [];
    cursor = undefined;
    do {
      const page = await store.bundles.listByStatus('published', { limit: PAGE, cursor });
      for (const record of page.items)
        bundles.push({ record, regionCode: await this.regionOf(record.organiserOrgId) });
      cursor = page.nextCursor;
    } while (cursor);

    // No index of needs by status: every approved enterprise's ledger (a maintenance read, nightly).
    const needs: Need[] = [];
    const unmatchableNeedIds: string[] = [];
    cursor = undefined;
    do {
      const page = await store.orgs.listByStatus('approved', { limit: PAGE, ...(cursor ? { cursor } : {}) });
      for (const org of page.items) {
        if (org.type !== 'enterprise') continue;
        for (const need of await store.needs.allByOwner(org.id)) {
          if (isMatchableNeed(need)) needs.push(need);
          else unmatchableNeedIds.push(need.id);
        }
      }
      cursor = page.nextCursor;
    } while (cursor);
    return { declarations, bundles, needs, unmatchableNeedIds };
  }
}

function needInfo(need: Need): NeedInfo {
  return {
    title: need.title,
    enterpriseOrgId: need.ownerOrgId,
    ...(need.collectedByOrgId ? { collectedByOrgId: need.collectedByOrgId } : {}),
  };
}
