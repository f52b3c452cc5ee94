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

export interface TestTable {
  clients: StoreClients;
  tableName: string;
  store: Store;
  endpoint: string;
}

/** A fresh table from the shared definition, uniquely named so test files never see each other's data. */
export async function createTestTable(): Promise<TestTable> {
  const endpoint = inject('dynamoEndpoint');
  const clients = createStoreClients({ endpoint });
  const tableName = `test-${ulid().toLowerCase()}-${MAIN_TABLE.id}`;
  await ensureTable(clients.raw, MAIN_TABLE, tableName);
  return { clients, tableName, store: createStore(clients, tableName), endpoint };
}
