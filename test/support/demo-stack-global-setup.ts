import { copyFile, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';
import { buildWeb } from '../../web/build.ts';
import { seedDemoDump } from './demo-dump.ts';
import { distinctFreePort } from './engine-ready.ts';
import { fileOrError } from './file-or-error.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DynamoDB Local every browser-test stack of this run makes its own table in. */
    e2eDynamoEndpoint: string;
    /**
     * The demo marketplace, seeded once for the run (a `TableDump` as JSON). It appears once the web app is
     * built, the engine accepts connections and the demo is seeded; `<file>.error` says why it never will.
     */
    demoDumpFile: string;
  }
}

/** A ceiling on the wait for the seed beside the checks (it takes ~15 s), not a wait. */
const SEED_BESIDE_MS = 300_000;

/**
 * Waits for the demo `npm test` seeds beside its checks: true once `file` is there, false if the seed
 * failed (it leaves `<file>.error`, and its output on the console) or never came.
 */
async function seededBeside(file: string): Promise<boolean> {
  const outcome = await fileOrError(file, SEED_BESIDE_MS);
  if (outcome.kind === 'failed')
    console.warn(`seeding the demo beside the checks failed; seeding it again:\n${outcome.error}`);
  if (outcome.kind === 'timed-out')
    console.warn(
      `the demo seeded beside the checks did not appear in ${SEED_BESIDE_MS / 1000} s; seeding it again`,
    );
  return outcome.kind === 'ready';
}

/**
 * Once per browser-test run: build the web app, start one DynamoDB Local, and seed the demo once. Each
 * test file's stack then restores that dump into a table of its own (a fraction of a second) instead of
 * starting an engine and seeding again, and no two files build `web/dist` at the same time.
 *
 * None of it holds up the run: this returns at once and the work goes on beside the other tiers' tests
 * (the browser tests run after them, see vitest.config.ts, and wait for the dump in `startDemoStack`).
 * `npm test` builds the web app and seeds the demo beside the typecheck and says so
 * (OPENLICENSE_WEB_BUILT, OPENLICENSE_DEMO_DUMP: where the dump will appear); then only the engine is
 * started here, and the dump copied once it is there.
 */
export default async function setup(project: TestProject) {
  const folder = await mkdtemp(join(tmpdir(), 'openlicense-demo-dump-'));
  const file = join(folder, 'demo.json');
  const port = await distinctFreePort(freePort);
  const db = startDynamoDbLocal({ port });
  const prepared = (async () => {
    if (process.env.OPENLICENSE_WEB_BUILT !== '1') await buildWeb();
    const { endpoint } = await db;
    const seeded = process.env.OPENLICENSE_DEMO_DUMP;
    if (seeded && (await seededBeside(seeded))) {
      await copyFile(seeded, `${file}.part`);
      await rename(`${file}.part`, file);
    } else await seedDemoDump(endpoint, file);
  })();
  const failed = prepared.catch(async (error: unknown) => {
    await writeFile(`${file}.error`, error instanceof Error ? (error.stack ?? error.message) : String(error));
  });
  project.provide('demoDumpFile', file);
  project.provide('e2eDynamoEndpoint', `http://127.0.0.1:${port}`);
  return async () => {
    await failed;
    await (await db.catch(() => undefined))?.stop();
    await rm(folder, { recursive: true, force: true });
  };
}
