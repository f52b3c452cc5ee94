import { DeleteTableCommand, waitUntilTableNotExists } from '@aws-sdk/client-dynamodb';
import { createStore, createStoreClients, ensureTable, MAIN_TABLE } from '@openlicense/store';
import { readConfig } from './config.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { JavaMissingError } from './java-check.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { readLiveStackFile } from './stack-file.ts';

/**
 * `npm run seed [-- --reset]`: seeds the demo data into `DATA_DIR`; `--reset` deletes the table
 * first (with `npm start` stopped, since its stream poller follows the table). Without `--reset`
 * it uses the running `npm start` if there is one, else starts DynamoDB Local just for this.
 */
async function main() {
  const config = readConfig();
  if (!config.dataDir)
    throw new Error('npm run seed works on DATA_DIR; --memory data disappears when npm start stops');
  const live = readLiveStackFile(config.dataDir);
  const reset = process.argv.includes('--reset');
  if (live && reset)
    throw new Error(
      `npm start is running (pid ${live.pid}); stop it first, then run npm run seed -- --reset. 请先停止 npm start。`,
    );
  const db = live ? undefined : await startDynamoDbLocal({ dataDir: config.dataDir });
  const endpoint = live?.endpoint ?? db?.endpoint ?? '';
  const tableName = `${config.tablePrefix}${MAIN_TABLE.id}`;
  try {
    const clients = createStoreClients({ endpoint });
    if (reset) {
      await clients.raw.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      await waitUntilTableNotExists({ client: clients.raw, maxWaitTime: 60 }, { TableName: tableName });
      console.log(`[openlicense] deleted ${tableName}`);
    }
    await ensureTable(clients.raw, MAIN_TABLE, tableName);
    console.log(`[openlicense] ${await seedDemo(createStore(clients, tableName), { clients, tableName })}`);
  } finally {
    await db?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof JavaMissingError ? error.message : error);
  process.exit(1);
});
