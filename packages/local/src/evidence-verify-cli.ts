import { parseArgs } from 'node:util';
import { createStore, createStoreClients, MAIN_TABLE } from '@openlicense/store';
import { readConfig } from './config.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { formatChainResults, verifyEvidenceChains } from './evidence-verify.ts';
import { JavaMissingError } from './java-check.ts';
import { readLiveStackFile } from './stack-file.ts';

/**
 * `npm run evidence:verify [-- --org <id> …] [--endpoint <url> --table <name>]`: recomputes the quota
 * evidence hash chains (of the named organisations, else of every one) and prints the first broken link
 * of each; exits 1 when any chain is broken. Without `--endpoint` it reads the local `DATA_DIR` (the
 * running `npm start`, or DynamoDB Local started just for this); `--endpoint aws` uses AWS credentials.
 */
async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      org: { type: 'string', multiple: true },
      endpoint: { type: 'string' },
      table: { type: 'string' },
      memory: { type: 'boolean' },
    },
  });
  const config = readConfig();
  let endpoint = values.endpoint;
  let stop: (() => Promise<void>) | undefined;
  if (!endpoint) {
    if (!config.dataDir) throw new Error('evidence:verify reads DATA_DIR, or pass --endpoint and --table');
    const live = readLiveStackFile(config.dataDir);
    const db = live ? undefined : await startDynamoDbLocal({ dataDir: config.dataDir });
    endpoint = live?.endpoint ?? db?.endpoint ?? '';
    stop = db ? () => db.stop() : undefined;
  }
  try {
    const clients = createStoreClients(endpoint === 'aws' ? {} : { endpoint });
    const store = createStore(clients, values.table ?? `${config.tablePrefix}${MAIN_TABLE.id}`);
    const results = await verifyEvidenceChains(store, values.org ?? []);
    console.log(formatChainResults(results));
    process.exitCode = results.every((r) => r.check.ok) ? 0 : 1;
  } finally {
    await stop?.();
  }
}

main().catch((error) => {
  console.error(error instanceof JavaMissingError ? error.message : error);
  process.exit(2);
});
