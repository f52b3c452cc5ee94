/**
 * First answer of a fresh deploy (issue 15 §2): published listings in DynamoDB Local and an EMPTY snapshot
 * location, as the catalogue function finds them before the deploy's snapshot run is done. Measures
 * - with no snapshot: the first catalogue page as the catalogue now answers it (the newest listings,
 *   `warming: true`), a keyword search while warming, and when it answers from every listing (its full read,
 *   off the request path: what the first request waited for before);
 * - with the snapshot the deploy's run writes: that run, and the first page after it;
 * against the catalogue function's timeout. `BEFORE=1` also times the old way directly (the first request
 * waiting for the full read). A report, not a test.
 *
 * Run with `npm run bench:catalogue-cold` (Java 17+; `LISTINGS=20000` for a smaller catalogue). Loading
 * 100,000 listings takes minutes: `BENCH_ENDPOINT` and `BENCH_TABLE` measure a table already loaded.
 */
import { Catalogue, memorySnapshotStore, type SnapshotStore } from '@openlicense/app';
import { createStore, createStoreClients, ensureTable, MAIN_TABLE } from '@openlicense/store';
import { ulid } from 'ulidx';
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';
import { generateCorpus } from './corpus.ts';
import { loadCorpus } from './load-corpus.ts';

const LISTINGS = Number(process.env.LISTINGS ?? 100_000);
/** The catalogue function's timeout (NodeFunction's default; HTTP API integrations give up at 30 s). */
const FUNCTION_TIMEOUT_MS = 10_000;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const against = (ms: number) =>
  `${seconds(ms)} (${ms < FUNCTION_TIMEOUT_MS ? 'within' : 'OVER'} the ${seconds(FUNCTION_TIMEOUT_MS)} timeout)`;

async function main() {
  const reuse = process.env.BENCH_ENDPOINT && process.env.BENCH_TABLE;
  const db = reuse ? undefined : await startDynamoDbLocal();
  try {
    const endpoint = process.env.BENCH_ENDPOINT ?? db?.endpoint;
    const clients = createStoreClients({ endpoint });
    const tableName = process.env.BENCH_TABLE ?? `bench-${ulid().toLowerCase()}-${MAIN_TABLE.id}`;
    const store = createStore(clients, tableName);
    if (!reuse) {
      console.log(`catalogue cold start: ${LISTINGS.toLocaleString()} listings, node ${process.version}`);
      await ensureTable(clients.raw, MAIN_TABLE, tableName);
      const started = performance.now();
      await loadCorpus(clients.doc, tableName, generateCorpus(LISTINGS).records);
      line('written to DynamoDB Local', seconds(performance.now() - started));
    } else console.log(`catalogue cold start: table ${tableName} at ${endpoint}, node ${process.version}`);

    const catalogue = (snapshots: SnapshotStore, coldStart?: { graceMs: number }) =>
      new Catalogue({
        declarations: store.declarations,
        snapshots,
        now: () => new Date(),
        log: () => {},
        ...(coldStart ? { coldStart } : {}),
      });
    const firstPage = { kind: 'all', limit: 20 } as const;

    console.log('\nno snapshot (a fresh deploy before its snapshot run is done)');
    const warming = catalogue(memorySnapshotStore());
    let started = performance.now();
    const first = await warming.browse(firstPage);
    line('first page', against(performance.now() - started));
    line('  warming / total', `${first.warming === true} / ${first.total.toLocaleString()}`);
    let at = performance.now();
    const keyword = await warming.browse({ ...firstPage, q: '电池' });
    line(
      'keyword search while warming',
      `${seconds(performance.now() - at)}, warming ${keyword.warming === true}`,
    );
    let whole = first;
    while (whole.warming) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      whole = await warming.browse(firstPage);
    }
    const wholeMs = performance.now() - started;
    line('whole catalogue answered after', `${seconds(wholeMs)} (${whole.total.toLocaleString()} listings)`);
    line('  = what the first request waited for before', against(wholeMs));

    console.log('\nwith the snapshot the deploy’s run writes (scheduler job catalogue-snapshot)');
    const snapshots = memorySnapshotStore();
    started = performance.now();
    const saved = await catalogue(snapshots).saveSnapshot();
    line(
      'snapshot run (read every listing, index, write)',
      `${seconds(performance.now() - started)}, ${(saved.bytes / 2 ** 20).toFixed(1)} MB`,
    );
    at = performance.now();
    const fromSnapshot = await catalogue(snapshots).browse(firstPage);
    line('first page', against(performance.now() - at));
    line('  warming / total', `${fromSnapshot.warming === true} / ${fromSnapshot.total.toLocaleString()}`);

    if (process.env.BEFORE === '1') {
      console.log('\nno snapshot, the old way (the first request waits for the full read)');
      at = performance.now();
      const waited = await catalogue(memorySnapshotStore(), { graceMs: 30 * 60_000 }).browse(firstPage);
      line('first page', `${against(performance.now() - at)}, ${waited.total.toLocaleString()} listings`);
    }
  } finally {
    await db?.stop();
  }
}

await main();
