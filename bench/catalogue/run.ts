/**
 * Catalogue benchmark (issue 3 §7): 100,000 published listings in DynamoDB Local, the catalogue built and
 * snapshotted, then the public search through the API handler in-process — latency of a filtered page and
 * of a keyword search, and the DynamoDB read units each page costs — against a naive baseline measured in
 * the same run (a Query of the published partition with a FilterExpression). A report, not a test.
 *
 * Run with `npx tsx bench/catalogue/run.ts` (Java 17+ for DynamoDB Local; ~4 minutes on 2 cores).
 * `LISTINGS=20000` runs a smaller catalogue.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BatchWriteCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  CATALOGUE_SNAPSHOT,
  Catalogue,
  CatalogueIndex,
  memorySnapshotStore,
  noIdentitySync,
} from '@openlicense/app';
import { type DeclarationRecord, DeclarationRecordSchema } from '@openlicense/domain';
import { createApp } from '@openlicense/fn-api';
import { createLocalIssuer } from '@openlicense/http';
import { createStore, createStoreClients, ensureTable, INDEX, keys, MAIN_TABLE } from '@openlicense/store';
import { ulid } from 'ulidx';
import { readSnapshot } from '../../packages/app/src/catalogue/catalogue-snapshot.ts';
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';
import { type Corpus, generateCorpus } from './corpus.ts';

const LISTINGS = Number(process.env.LISTINGS ?? 100_000);
const REQUESTS = 300;
const BASELINE_REQUESTS = 40;
const WARM_UP = 30;
const PAGE = 20;
const TARGET_RCU_PER_PAGE = 10;
const TARGET_KEYWORD_MEDIAN_MS = 50;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
/** Nearest-rank percentile. */
const p95 = (xs: number[]) => sorted(xs)[Math.ceil(0.95 * xs.length) - 1]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);

/**
 * Read units the document client consumed while `counting` (ReturnConsumedCapacity on every call). DynamoDB
 * Local reports 0 for a read that returns nothing, where DynamoDB bills at least 0.5 RCU (an eventually
 * consistent read rounds up to 4 KB): each call counts as the larger of the two.
 */
function capacityMeter(doc: ReturnType<typeof createStoreClients>['doc']) {
  const meter = { counting: false, units: 0, calls: 0 };
  const MIN_READ = 0.5;
  doc.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      if (meter.counting) input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      if (meter.counting) {
        const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        let units = 0;
        for (const c of [consumed].flat() as ({ CapacityUnits?: number } | undefined)[])
          units += c?.CapacityUnits ?? 0;
        meter.units += Math.max(units, MIN_READ);
        meter.calls++;
      }
      return result;
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  /** Runs `work` and answers the read units and calls it made. */
  const measure = async <T>(work: () => Promise<T>) => {
    meter.units = 0;
    meter.calls = 0;
    meter.counting = true;
    try {
      const value = await work();
      return { value, units: meter.units, calls: meter.calls };
    } finally {
      meter.counting = false;
    }
  };
  return { measure };
}

/** The item the declaration repository writes for a published declaration. */
const storedItem = (record: DeclarationRecord) => ({
  ...keys.declaration(record.id),
  ...keys.declarationByOrg(record.holderOrgId, record.status, record.createdAt, record.id),
  ...keys.declarationByStatus(record.status, record.updatedAt, record.id),
  ...keys.declarationByExpiry(record.listing.lapseDate, record.id),
  entity: 'Declaration',
  ...record,
});

async function load(
  doc: ReturnType<typeof createStoreClients>['doc'],
  tableName: string,
  records: DeclarationRecord[],
) {
  const batches: DeclarationRecord[][] = [];
  for (let i = 0; i < records.length; i += 25) batches.push(records.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      let pending: Record<string, unknown>[] | undefined = batch.map((r) => ({
        PutRequest: { Item: storedItem(r) },
      }));
      while (pending && pending.length > 0) {
        const out = await doc.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: pending as never } }),
        );
        pending = out.UnprocessedItems?.[tableName] as Record<string, unknown>[] | undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

interface Sample {
  ms: number;
  units: number;
}

async function timeRequests(
  paths: string[],
  request: (path: string) => Response | Promise<Response>,
  measure: ReturnType<typeof capacityMeter>['measure'],
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const path of paths) {
    const { value, units } = await measure(async () => {
      const started = performance.now();
      const res = await request(path);
      const body = await res.text();
      const elapsed = performance.now() - started;
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 300)}`);
      return elapsed;
    });
    samples.push({ ms: value, units });
  }
  return samples;
}

/** The naive page: newest published first, filtered by DynamoDB, read until 20 pass. */
async function naivePage(
  doc: ReturnType<typeof createStoreClients>['doc'],
  tableName: string,
  filter: { chain: string; patentType: string; minFen: number; maxFen: number } | { titleContains: string },
) {
  const expression =
    'titleContains' in filter
      ? {
          FilterExpression: 'contains(listing.title, :q) OR contains(listing.abstract, :q)',
          ExpressionAttributeValues: { ':q': filter.titleContains },
        }
      : {
          FilterExpression:
            'contains(listing.industryChains, :chain) AND patentType = :type AND (' +
            '(royalty.#method = :lump AND royalty.amountFen BETWEEN :min AND :max) OR ' +
            '(royalty.#method = :entry AND royalty.entryFeeFen BETWEEN :min AND :max) OR ' +
            '(royalty.#method = :instalments AND royalty.totalFen BETWEEN :min AND :max))',
          ExpressionAttributeNames: { '#method': 'method' },
          ExpressionAttributeValues: {
            ':chain': filter.chain,
            ':type': filter.patentType,
            ':min': filter.minFen,
            ':max': filter.maxFen,
            ':lump': 'lump_sum',
            ':entry': 'entry_fee_plus_royalty',
            ':instalments': 'instalments',
          },
        };
  const items: unknown[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const input: QueryCommandInput = {
      TableName: tableName,
      IndexName: INDEX.listingsByStatus,
      KeyConditionExpression: 'listingsByStatusPk = :pk',
      ...expression,
      ExpressionAttributeValues: {
        ...expression.ExpressionAttributeValues,
        ':pk': keys.declarationByStatus('published', '', '').listingsByStatusPk,
      },
      ScanIndexForward: false,
      ExclusiveStartKey: start,
      Limit: 500,
    };
    const out = await doc.send(new QueryCommand(input));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start && items.length < PAGE);
  return items.slice(0, PAGE);
}

function summarise(title: string, samples: Sample[], pageCount = samples.length) {
  const times = samples.map((s) => s.ms);
  const units = samples.reduce((sum, s) => sum + s.units, 0);
  console.log(`\n${title}`);
  line('requests', String(samples.length));
  line('latency median / p95', `${ms(median(times))} / ${ms(p95(times))}`);
  line('read units per page of 20 (mean, incl. refreshes)', (units / pageCount).toFixed(3));
  line('read units per page of 20 (max)', Math.max(...samples.map((s) => s.units)).toFixed(1));
  return { median: median(times), p95: p95(times), unitsPerPage: units / pageCount };
}

async function main(): Promise<void> {
  console.log(`catalogue benchmark: ${LISTINGS.toLocaleString()} listings, node ${process.version}`);
  const db = await startDynamoDbLocal();
  try {
    const clients = createStoreClients({ endpoint: db.endpoint });
    const tableName = `bench-${ulid().toLowerCase()}-${MAIN_TABLE.id}`;
    await ensureTable(clients.raw, MAIN_TABLE, tableName);
    const store = createStore(clients, tableName);
    const { measure } = capacityMeter(clients.doc);

    // ── data ──
    let started = performance.now();
    let corpus: Corpus | undefined = generateCorpus(LISTINGS);
    for (const record of corpus.records.slice(0, 1000)) DeclarationRecordSchema.parse(record);
    const generateMs = performance.now() - started;
    started = performance.now();
    await load(clients.doc, tableName, corpus.records);
    const loadMs = performance.now() - started;
    const { queries, industryChains } = corpus;
    const sampleIds = corpus.records.filter((_, i) => i % 997 === 0).map((r) => r.id);
    corpus = undefined;
    console.log('\ndata');
    line('generated (eval-data recombined, 1,000 parsed)', ms(generateMs));
    line('written to DynamoDB Local (BatchWriteItem)', `${(loadMs / 1000).toFixed(1)} s`);

    // ── build (the nightly job's work) and snapshot ──
    const snapshots = memorySnapshotStore();
    const heapBefore = heapMb();
    const builder = new Catalogue({
      declarations: store.declarations,
      snapshots,
      now: () => new Date(),
      log: () => {},
    });
    started = performance.now();
    const built = await measure(() => builder.saveSnapshot());
    const buildMs = performance.now() - started;
    const heapBuilt = heapMb() - heapBefore;
    const bytes = (await snapshots.get(CATALOGUE_SNAPSHOT))!;
    console.log('\nbuild (scheduled job catalogue-snapshot: read every listing, index, snapshot)');
    line('listings', built.value.listings.toLocaleString());
    line('build time', `${(buildMs / 1000).toFixed(1)} s`);
    line('read units of the build', `${built.units.toFixed(0)} (${built.calls} Query calls)`);
    const parts = readSnapshot(bytes);
    line(
      'snapshot size',
      `${mb(bytes.length)} (cards ${mb(parts.cards.length)}, text index ${mb(parts.text.length)})`,
    );
    started = performance.now();
    const gzipped = gzipSync(bytes, { level: 6 });
    const gzipMs = performance.now() - started;
    started = performance.now();
    gunzipSync(gzipped);
    line(
      '  gzip -6 (not used): size, gzip / gunzip time',
      `${mb(gzipped.length)}, ${ms(gzipMs)} / ${ms(performance.now() - started)}`,
    );
    line('heap held by the built catalogue', `${heapBuilt.toFixed(0)} MB`);

    const decodeTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      CatalogueIndex.fromSnapshot(bytes);
      decodeTimes.push(performance.now() - t);
    }
    line('snapshot decode, median of 5', ms(median(decodeTimes)));

    // ── the API as a cold start sees it: snapshot loaded on the first request ──
    const issuer = createLocalIssuer('bench-secret');
    const heapBeforeApi = heapMb();
    const catalogue = new Catalogue({
      declarations: store.declarations,
      snapshots,
      now: () => new Date(),
      log: () => {},
    });
    const app = createApp({
      store,
      verifier: issuer.verifier,
      identitySync: noIdentitySync,
      now: () => new Date(),
      newId: () => ulid(),
      catalogue,
    });
    const request = async (path: string) => app.request(path);
    started = performance.now();
    const first = await measure(() => request('/api/listings?limit=20'));
    const firstMs = performance.now() - started;
    if (first.value.status !== 200) throw new Error(`first request answered ${first.value.status}`);
    const heapApi = heapMb() - heapBeforeApi;
    console.log('\ncold start (first request loads the snapshot, then the delta since it was built)');
    line('first request', `${ms(firstMs)} (load ${ms(catalogue.stats().loadMs)})`);
    line('read units of the first request (delta)', first.units.toFixed(1));
    line('heap held by the loaded catalogue', `${heapApi.toFixed(0)} MB`);

    // ── (a) filtered pages ──
    const filteredPath = (i: number) => {
      const chain = industryChains[i % industryChains.length]!;
      const patentType = i % 5 === 0 ? 'utility_model' : 'invention';
      const minPriceFen = (i % 4) * 100_000_00;
      const maxPriceFen = minPriceFen + 500_000_00;
      return `/api/listings?industryChain=${encodeURIComponent(chain)}&patentType=${patentType}&minPriceFen=${minPriceFen}&maxPriceFen=${maxPriceFen}&limit=${PAGE}`;
    };
    const keywordPath = (i: number) =>
      `/api/listings?q=${encodeURIComponent(queries[i % queries.length]!)}&limit=${PAGE}`;
    await timeRequests(
      Array.from({ length: WARM_UP }, (_, i) => filteredPath(i)),
      request,
      measure,
    );
    await timeRequests(
      Array.from({ length: WARM_UP }, (_, i) => keywordPath(i)),
      request,
      measure,
    );

    const filtered = summarise(
      `(a) filtered page: industryChain + patentType + price range (${industryChains.length} chains × 2 types × 4 ranges)`,
      await timeRequests(
        Array.from({ length: REQUESTS }, (_, i) => filteredPath(i)),
        request,
        measure,
      ),
    );
    const keyword = summarise(
      `(b) keyword search: the ${queries.length} real enterprise-need titles as queries`,
      await timeRequests(
        Array.from({ length: REQUESTS }, (_, i) => keywordPath(i)),
        request,
        measure,
      ),
    );
    const nextPage = await request(filteredPath(1));
    const next = ((await nextPage.json()) as { next?: string }).next;
    if (next) {
      summarise(
        '(a2) second page of a filtered list (cursor)',
        await timeRequests(
          Array.from({ length: 50 }, () => `${filteredPath(1)}&cursor=${next}`),
          request,
          measure,
        ),
      );
    }

    // ── (c) refresh cost: a catalogue that reads the delta on every request (worst case) ──
    const eager = new Catalogue({
      declarations: store.declarations,
      snapshots,
      now: () => new Date(),
      refreshIntervalMs: 0,
      log: () => {},
    });
    await eager.search({ limit: 1 });
    const eagerApp = createApp({
      store,
      verifier: issuer.verifier,
      identitySync: noIdentitySync,
      now: () => new Date(),
      newId: () => ulid(),
      catalogue: eager,
    });
    const worst = summarise(
      '(c) worst case: a delta Query on every request (refresh interval 0)',
      await timeRequests(
        Array.from({ length: 100 }, (_, i) => filteredPath(i)),
        (path) => eagerApp.request(path),
        measure,
      ),
    );
    line('amortised at 1 request/s, 30 s interval', `${(worst.unitsPerPage / 30).toFixed(3)} RCU per page`);

    // ── detail ──
    summarise(
      '(d) detail page GET /api/listings/{id} (declaration + patent GetItem)',
      await timeRequests(
        Array.from({ length: 100 }, (_, i) => `/api/listings/${sampleIds[i % sampleIds.length]}`),
        request,
        measure,
      ),
    );

    // ── baseline ──
    const baselineFiltered: Sample[] = [];
    for (let i = 0; i < BASELINE_REQUESTS; i++) {
      const chain = industryChains[i % industryChains.length]!;
      const minFen = (i % 4) * 100_000_00;
      const { units, value } = await measure(async () => {
        const t = performance.now();
        await naivePage(clients.doc, tableName, {
          chain,
          patentType: i % 5 === 0 ? 'utility_model' : 'invention',
          minFen,
          maxFen: minFen + 500_000_00,
        });
        return performance.now() - t;
      });
      baselineFiltered.push({ ms: value, units });
    }
    const baseline = summarise(
      '(baseline a) Query listingsByStatus + FilterExpression, same filters, until 20 pass',
      baselineFiltered,
    );
    const baselineKeyword: Sample[] = [];
    for (let i = 0; i < 5; i++) {
      const { units, value } = await measure(async () => {
        const t = performance.now();
        await naivePage(clients.doc, tableName, { titleContains: queries[i]!.slice(0, 4) });
        return performance.now() - t;
      });
      baselineKeyword.push({ ms: value, units });
    }
    const baselineQ = summarise(
      '(baseline b) Query + contains(title|abstract, first 4 characters of the query), until 20 pass',
      baselineKeyword,
    );

    console.log('\nsummary');
    line(
      'filtered page: median / p95, RCU per page',
      `${ms(filtered.median)} / ${ms(filtered.p95)}, ${filtered.unitsPerPage.toFixed(3)} (baseline ${ms(baseline.median)}, ${baseline.unitsPerPage.toFixed(1)} RCU: ×${(baseline.median / filtered.median).toFixed(0)} slower)`,
    );
    line(
      'keyword search: median / p95, RCU per page',
      `${ms(keyword.median)} / ${ms(keyword.p95)}, ${keyword.unitsPerPage.toFixed(3)} (baseline ${ms(baselineQ.median)}, ${baselineQ.unitsPerPage.toFixed(0)} RCU)`,
    );
    line(
      `target: ≤ ${TARGET_RCU_PER_PAGE} RCU per page of 20`,
      Math.max(filtered.unitsPerPage, keyword.unitsPerPage, worst.unitsPerPage) <= TARGET_RCU_PER_PAGE
        ? 'PASS'
        : 'MISS',
    );
    line(
      `target: keyword search median ≤ ${TARGET_KEYWORD_MEDIAN_MS} ms`,
      keyword.median <= TARGET_KEYWORD_MEDIAN_MS ? 'PASS' : 'MISS',
    );
    line('heap used at the end (whole process)', `${heapMb().toFixed(0)} MB`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
