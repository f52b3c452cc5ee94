import { Catalogue, createScheduledHandler, memorySnapshotStore, scheduledJobs } from '@openlicense/app';
import { CataloguePageSchema } from '@openlicense/contract/listings';
import type { DeclarationRepository } from '@openlicense/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusSources, generateCorpus } from '../../bench/catalogue/corpus.ts';
import { loadCorpus } from '../../bench/catalogue/load-corpus.ts';
import {
  DEMO_NEEDS,
  DEMO_ORGANISATIONS,
  DEMO_PATENTS,
} from '../../packages/local/src/seed/demo-data/index.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/** Enough for the full read to need a page after its first 500 (where the tests hold it) and more than NEWEST. */
const LISTINGS = 1_200;
const NEWEST = 400;

/**
 * The catalogue is recombined from the demo's real patents and needs, not the benchmark's eval data, so
 * the test runs in a clone without `../shared` beside it; what it checks (which listings answer while the
 * index warms) does not depend on the wording.
 */
const demoSources = (): CorpusSources => {
  const holderName = new Map(DEMO_ORGANISATIONS.map((org) => [org.key, org.name]));
  const classified = DEMO_PATENTS.filter((patent) => patent.ipc.length > 0);
  return {
    abstracts: classified.map((patent) => ({
      title: patent.title,
      abstract: patent.abstract,
      assignee: holderName.get(patent.orgKey) ?? patent.orgKey,
    })),
    titles: classified.map((patent) => ({
      title: patent.title,
      subclasses: [...new Set(patent.ipc.map((code) => code.slice(0, 4)))],
    })),
    needs: DEMO_NEEDS.map((need) => need.title),
  };
};

/** Polls `check` until it answers a value, at most `ms`. */
async function eventually<T>(check: () => Promise<T | undefined>, ms = 200_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not so within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A fresh deploy (issue 15 §2): the catalogue function starts with an empty snapshot location and thousands
 * of published listings in the table. The first requests answer from the newest listings at once, marked
 * `warming`, while the full read runs off the request path; once it is done (or a snapshot appears) the
 * whole catalogue answers.
 */
describe('catalogue cold start without a snapshot (目录索引正在准备中)', () => {
  let table: TestTable;
  let newestIds: string[];
  /** Holds the full read's second page until released: the catalogue stays cold as long as a test needs. */
  let releaseFullRead: () => void = () => {};
  const heldDeclarations = (): Pick<DeclarationRepository, 'listPublished' | 'listChangedSince'> => {
    const gate = new Promise<void>((resolve) => {
      releaseFullRead = resolve;
    });
    return {
      listChangedSince: (since) => table.store.declarations.listChangedSince(since),
      async listPublished(options) {
        // The bounded read of the newest listings asks for at most NEWEST in all; the full read pages on.
        if (options.cursor !== undefined && options.limit === 500) await gate;
        return table.store.declarations.listPublished(options);
      },
    };
  };
  const coldCatalogue = (
    declarations: Pick<DeclarationRepository, 'listPublished' | 'listChangedSince'>,
    snapshots = memorySnapshotStore(),
  ) =>
    new Catalogue({
      declarations,
      snapshots,
      now: () => new Date(),
      refreshIntervalMs: 30_000,
      log: () => {},
      coldStart: { graceMs: 0, newest: NEWEST, snapshotPollMs: 0 },
    });

  beforeAll(async () => {
    table = await createTestTable();
    const { records } = generateCorpus(LISTINGS, 15_002, demoSources());
    await loadCorpus(table.clients.doc, table.tableName, records);
    newestIds = [...records]
      .sort((a, b) =>
        a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1,
      )
      .map((record) => record.id);
  }, 120_000);
  afterAll(() => releaseFullRead());

  it('answers the first catalogue page from the newest listings, marked warming, then from all of them', async () => {
    // Prepare
    const catalogue = coldCatalogue(heldDeclarations());
    const api = createTestApi(table, { catalogue });
    // Act
    const res = await api.request('/api/listings?limit=20');
    const first = CataloguePageSchema.parse(await res.json());
    // Assess
    expect(res.status).toBe(200);
    expect(first.warming).toBe(true);
    expect(first.total).toBe(NEWEST);
    expect(first.items.map((item) => item.id)).toEqual(newestIds.slice(0, 20));
    // Act: the full read finishes off the request path
    releaseFullRead();
    const whole = await eventually(async () => {
      const page = CataloguePageSchema.parse(await (await api.request('/api/listings?limit=20')).json());
      return page.warming ? undefined : page;
    });
    // Assess
    expect(whole.total).toBe(LISTINGS);
    expect(whole).not.toHaveProperty('warming');
    expect(whole.items.map((item) => item.id)).toEqual(newestIds.slice(0, 20));
    expect(catalogue.stats()).toMatchObject({ source: 'store', listings: LISTINGS });
  }, 240_000);

  it('answers a keyword search while warming from the newest listings only, and says so', async () => {
    // Prepare
    const catalogue = coldCatalogue(heldDeclarations());
    const newest = new Set(newestIds.slice(0, NEWEST));
    // Act
    const page = await catalogue.browse({ kind: 'listing', q: '电池', limit: 50 });
    // Assess
    expect(page.warming).toBe(true);
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThanOrEqual(NEWEST);
    for (const item of page.items) expect(newest.has(item.id)).toBe(true);
    releaseFullRead();
  });

  it('loads the snapshot the deploy’s run writes while warming, without waiting for its own full read', async () => {
    // Prepare: a catalogue whose own full read never gets past its first page
    const snapshots = memorySnapshotStore();
    const catalogue = coldCatalogue(heldDeclarations(), snapshots);
    expect((await catalogue.search({ limit: 5 })).warming).toBe(true);
    // Act: what the deploy's trigger asks the scheduler for
    await createScheduledHandler(
      scheduledJobs(table.store, undefined, { snapshots }),
      table.store.jobRuns,
    )({ jobs: ['catalogue-snapshot'] });
    const page = await catalogue.search({ limit: 5 });
    // Assess
    expect(page.warming).toBeUndefined();
    expect(page.total).toBe(LISTINGS);
    expect(catalogue.stats().source).toBe('snapshot');
    releaseFullRead();
  }, 180_000);

  it('never warms a catalogue no bigger than the newest listings it would show', async () => {
    // Prepare: every listing fits in the bounded read
    const catalogue = new Catalogue({
      declarations: table.store.declarations,
      snapshots: memorySnapshotStore(),
      now: () => new Date(),
      log: () => {},
      coldStart: { graceMs: 0, newest: LISTINGS + 1 },
    });
    // Act
    const page = await catalogue.search({ limit: 20 });
    // Assess
    expect(page.warming).toBeUndefined();
    expect(page.total).toBe(LISTINGS);
  }, 180_000);
});
