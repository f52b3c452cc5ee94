import { createStore, createStoreClients } from '@openlicense/store';
import { streamConsumers } from './src/consumers.ts';
import { requireTableName } from './src/require-table-name.ts';
import { createStreamHandler } from './src/stream-handler.ts';

export const handler = createStreamHandler(
  streamConsumers(createStore(createStoreClients(), requireTableName())),
);
