import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import {
  createStore,
  createStoreClients,
  ensureTable,
  MAIN_TABLE,
  type Store,
  type StoreClients,
} from '@openlicense/store';
import { ulid } from 'ulidx';
import { inject } from 'vitest';
import { engineReady } from './engine-ready.ts';

export interface TestTable {
  clients: StoreClients;
  tableName: string;
  store: Store;
  endpoint: string;
}

/** Tables this test file made, dropped after it (see `drop-test-tables.ts`). */
const created: TestTable[] = [];

/** This worker's own DynamoDB Local (see dynamodb-global-setup.ts). */
export function workerEndpoint(): string {
  const endpoints = inject('dynamoEndpoints');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  const endpoint = endpoints[worker % endpoints.length];
  if (!endpoint) throw new Error('no DynamoDB Local was started for the integration tests');
  return endpoint;
}

/**
 * A fresh table from the shared definition, uniquely named so test files never see each other's data. Its
 * stream is off unless `stream` (only the stream poller's own test reads one; the consumers' tests hand
 * their handlers records): DynamoDB Local looks up every stream it ever made, deleted tables' included, on
 * each write, so with a stream per table the worker's engine got slower file by file. One worker running the
 * integration tier: engine CPU 375 s → 68 s, wall 440 s → 128 s (bench/dynamodb-local/streams.ts shows why).
 */
export async function createTestTable(
  endpoint: string = workerEndpoint(),
  options: { stream?: boolean } = {},
): Promise<TestTable> {
  await engineReady(endpoint);
  const clients = createStoreClients({ endpoint });
  const tableName = `test-${ulid().toLowerCase()}-${MAIN_TABLE.id}`;
  await ensureTable(clients.raw, MAIN_TABLE, tableName, { stream: options.stream === true });
  const table = { clients, tableName, store: createStore(clients, tableName), endpoint };
  created.push(table);
  return table;
}

/**
 * Deletes the tables this file made. The engine serves every file of this worker and keeps every table in
 * memory: left behind, they made later files' bulk writes 6–12× slower.
 */
export async function dropTestTables(): Promise<void> {
  const tables = created.splice(0);
  await Promise.all(
    tables.map(({ clients, tableName }) =>
      clients.raw.send(new DeleteTableCommand({ TableName: tableName })).catch((error: unknown) => {
        // A table on an engine already stopped needs no deleting.
        if (!String(error).includes('ECONNREFUSED')) throw error;
      }),
    ),
  );
}
