import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStoreClients } from '@openlicense/store';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';
import { startLocalStack } from '../../packages/local/src/local-stack.ts';
import { dumpTable } from '../../packages/local/src/table-dump.ts';
import { buildWeb } from '../../web/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DynamoDB Local every browser-test stack of this run makes its own table in. */
    e2eDynamoEndpoint: string;
    /** The demo marketplace, seeded once for the run (a `TableDump` as JSON). */
    demoDumpFile: string;
  }
}

/**
 * Once per browser-test run: build the web app, start one DynamoDB Local, and seed the demo once. Each
 * test file's stack then restores that dump into a table of its own (a fraction of a second) instead of
 * starting an engine and seeding again, and no two files build `web/dist` at the same time.
 */
export default async function setup(project: TestProject) {
  await buildWeb();
  const db = await startDynamoDbLocal();
  const folder = await mkdtemp(join(tmpdir(), 'openlicense-demo-dump-'));
  try {
    const seeded = await startLocalStack({ port: 0, endpoint: db.endpoint, seed: true, memory: true });
    try {
      const dump = await dumpTable(createStoreClients({ endpoint: db.endpoint }).raw, seeded.tableName);
      const file = join(folder, 'demo.json');
      await writeFile(file, JSON.stringify(dump));
      project.provide('demoDumpFile', file);
    } finally {
      await seeded.stop();
    }
  } catch (error) {
    await db.stop();
    throw error;
  }
  project.provide('e2eDynamoEndpoint', db.endpoint);
  return async () => {
    await db.stop();
    await rm(folder, { recursive: true, force: true });
  };
}
