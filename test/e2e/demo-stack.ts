import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import {
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
  type TableDump,
} from '../../packages/local/src/index.ts';
import { fileOrError } from '../support/file-or-error.ts';

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
  const outcome = await fileOrError(file, PREPARED_TIMEOUT_MS);
  if (outcome.kind === 'failed')
    throw new Error(`preparing the demo for the browser tests failed:\n${outcome.error}`);
  if (outcome.kind === 'timed-out')
    throw new Error(`the demo was not prepared in ${PREPARED_TIMEOUT_MS / 1000} s`);
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
