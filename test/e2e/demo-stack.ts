import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import {
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
  type TableDump,
} from '../../packages/local/src/index.ts';

let dump: Promise<TableDump> | undefined;

/** How long a file waits for the run's web build, engine and demo seed (started beside the other tiers). */
const PREPARED_TIMEOUT_MS = 600_000;

/**
 * Resolves once the global setup has built the web app, started the run's DynamoDB Local and seeded the
 * demo (test/support/demo-stack-global-setup.ts): it looks for the dump every 100 ms, and fails with the
 * setup's own error if it failed.
 */
export async function demoPrepared(): Promise<string> {
  const file = inject('demoDumpFile');
  const deadline = Date.now() + PREPARED_TIMEOUT_MS;
  while (!existsSync(file)) {
    if (existsSync(`${file}.error`))
      throw new Error(
        `preparing the demo for the browser tests failed:\n${await readFile(`${file}.error`, 'utf8')}`,
      );
    if (Date.now() > deadline)
      throw new Error(`the demo was not prepared in ${PREPARED_TIMEOUT_MS / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return file;
}

/**
 * A local stack holding the demo marketplace, in a table of its own on the run's shared DynamoDB Local,
 * restored from the demo seeded once for the run (see test/support/demo-stack-global-setup.ts).
 */
export async function startDemoStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  dump ??= demoPrepared()
    .then((file) => readFile(file, 'utf8'))
    .then((json) => JSON.parse(json) as TableDump);
  return startLocalStack({
    port: 0,
    memory: true,
    workers: false,
    endpoint: inject('e2eDynamoEndpoint'),
    restore: await dump,
    ...options,
  });
}

/** A local stack with an empty table on the run's shared DynamoDB Local. */
export async function startEmptyStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  await demoPrepared();
  return startLocalStack({
    port: 0,
    memory: true,
    workers: false,
    endpoint: inject('e2eDynamoEndpoint'),
    ...options,
  });
}
