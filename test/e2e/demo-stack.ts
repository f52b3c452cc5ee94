import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import {
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
  type TableDump,
} from '../../packages/local/src/index.ts';

let dump: Promise<TableDump> | undefined;

/**
 * A local stack holding the demo marketplace, in a table of its own on the run's shared DynamoDB Local,
 * restored from the demo seeded once for the run (see test/support/demo-stack-global-setup.ts).
 */
export async function startDemoStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  dump ??= readFile(inject('demoDumpFile'), 'utf8').then((json) => JSON.parse(json) as TableDump);
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
export function startEmptyStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  return startLocalStack({
    port: 0,
    memory: true,
    workers: false,
    endpoint: inject('e2eDynamoEndpoint'),
    ...options,
  });
}
