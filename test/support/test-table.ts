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
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';

export interface TestTable {
  clients: StoreClients;
  tableName: string;
  store: Store;
  endpoint: string;
}

/** A fresh table from the shared definition, uniquely named so test files never see each other's data. */
export async function createTestTable(endpoint: string = inject('dynamoEndpoint')): Promise<TestTable> {
  const clients = createStoreClients({ endpoint });
  const tableName = `test-${ulid().toLowerCase()}-${MAIN_TABLE.id}`;
  await ensureTable(clients.raw, MAIN_TABLE, tableName);
  return { clients, tableName, store: createStore(clients, tableName), endpoint };
}

/**
 * A table on a DynamoDB Local of its own, for the bulk tests (10,000-row imports): the shared engine
 * holds every other test file's data by then and slows bulk writes several-fold.
 */
export async function withOwnDynamoDb<T>(work: (table: TestTable) => Promise<T>): Promise<T> {
  const db = await startDynamoDbLocal();
  try {
    return await work(await createTestTable(db.endpoint));
  } finally {
    await db.stop();
  }
}
