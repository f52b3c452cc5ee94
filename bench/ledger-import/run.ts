/**
 * A large patent-ledger import end to end: a university's XLSX of ROWS good rows (10,000 by default)
 * uploaded to `POST /api/patents/import` in-process over DynamoDB Local, its job polled until done. Prints
 * the time to write the file, to answer the upload (202) and for the job, and fails if any row was not
 * created. The file is read in a worker thread, as `npm start` does (in AWS the spreadsheet function has the
 * CPU to itself); `/api/health` is asked every 50 ms throughout, and its answer times (median, p99, max) are
 * printed beside those of the same calls on the idle app just before (the browser test
 * test/e2e/hostile-upload.e2e.test.ts checks only that health keeps answering, a busy machine's timing
 * being no proof of anything). The scale figure moved here from the integration test, which proves the same behaviour on
 * 1,000 rows (test/integration/patent-import.test.ts). A report, not a test.
 *
 * Run with `npm run bench:ledger-import` (Java 17+ for DynamoDB Local; about a minute on 2 cores).
 * `ROWS=20000` imports the largest file the route accepts.
 */
import { writeLedgerFile } from '@openlicense/ledger-io';
import { createStore, createStoreClients, ensureTable, MAIN_TABLE } from '@openlicense/store';
import { ulid } from 'ulidx';
import { PATENT_SHEET } from '../../functions/spreadsheets/src/patent-sheet.ts';
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';
import { workerSheetWork } from '../../packages/local/src/worker-sheet-work.ts';
import { createTestApi, patentInput, patentNumberFor } from '../../test/support/test-api.ts';

const ROWS = Number(process.env.ROWS ?? 10_000);
/** A ceiling for a busy machine, not a target. */
const JOB_CEILING_MS = 15 * 60_000;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const db = await startDynamoDbLocal({});
try {
  const clients = createStoreClients({ endpoint: db.endpoint });
  const tableName = `bench-ledger-import-${ulid().toLowerCase()}`;
  await ensureTable(clients.raw, MAIN_TABLE, tableName);
  const api = createTestApi(
    {
      clients,
      tableName,
      store: createStore(clients, tableName),
      endpoint: db.endpoint,
    },
    { sheetWork: workerSheetWork() },
  );
  const university = await api.member('university', 'admin');
  const first = Math.floor(Math.random() * 9_000_000);
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    ...patentInput(patentNumberFor(2015, first + i)),
    patentees: [university.org.name],
  }));

  const health = async () => {
    const at = performance.now();
    const res = await api.request('/api/health');
    if (res.status !== 200) throw new Error(`health answered ${res.status}`);
    await res.arrayBuffer();
    return performance.now() - at;
  };
  const idle: number[] = [];
  for (let i = 0; i < 40; i++) idle.push(await health());
  let started = performance.now();
  const bytes = await writeLedgerFile(PATENT_SHEET, rows);
  console.log(
    `${ROWS} rows written to XLSX (${(bytes.length / 1024).toFixed(0)} KiB) in ${seconds(started)}`,
  );

  // From here on only the app works: the file was written before health is timed.
  const busy: number[] = [];
  let importing = true;
  const polling = (async () => {
    while (importing) {
      busy.push(await health());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  started = performance.now();
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], '专利台账.xlsx'));
  const accepted = await api.request('/api/patents/import', {
    method: 'POST',
    token: university.token,
    body: form,
  });
  if (accepted.status !== 202)
    throw new Error(`upload answered ${accepted.status}: ${await accepted.text()}`);
  const { location } = (await accepted.json()) as { location: string };
  console.log(`upload answered 202 in ${seconds(started)}`);

  started = performance.now();
  const deadline = Date.now() + JOB_CEILING_MS;
  let wait = 20;
  for (;;) {
    const job = (await (await api.request(location, { token: university.token })).json()) as {
      status: string;
      result?: { created: number; errorCount: number };
      failure?: unknown;
    };
    if (job.status === 'failed') throw new Error(`the job failed: ${JSON.stringify(job.failure)}`);
    if (job.status === 'done') {
      console.log(
        `job done in ${seconds(started)}: ${job.result?.created} created, ${job.result?.errorCount} problems`,
      );
      if (job.result?.created !== ROWS || job.result.errorCount !== 0) process.exitCode = 1;
      break;
    }
    if (Date.now() > deadline) throw new Error(`the job was still ${job.status} after ${JOB_CEILING_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(wait * 2, 500);
  }
  importing = false;
  await polling;
  const figures = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
    return { median: at(0.5), p99: at(0.99), max: sorted.at(-1)! };
  };
  const before = figures(idle);
  const during = figures(busy);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `/api/health idle (${idle.length} calls): median ${ms(before.median)}, p99 ${ms(before.p99)}, max ${ms(before.max)}; ` +
      `during the upload and job (${busy.length} calls): median ${ms(during.median)} (${(during.median / before.median).toFixed(1)}×), ` +
      `p99 ${ms(during.p99)}, max ${ms(during.max)}`,
  );
} finally {
  await db.stop();
}
