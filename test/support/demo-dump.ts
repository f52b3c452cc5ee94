import { rename, writeFile } from 'node:fs/promises';
import { createStoreClients } from '@openlicense/store';
import { startLocalStack } from '../../packages/local/src/local-stack.ts';
import { dumpTable } from '../../packages/local/src/table-dump.ts';

/**
 * Seeds the demo marketplace into a fresh table on the DynamoDB Local at `endpoint` and writes it to
 * `file` as a `TableDump` (JSON). The file appears whole or not at all (written aside, then renamed), so
 * whoever waits for it never reads half of it.
 */
export async function seedDemoDump(endpoint: string, file: string): Promise<void> {
  const seeded = await startLocalStack({ port: 0, endpoint, seed: true, memory: true });
  try {
    const dump = await dumpTable(createStoreClients({ endpoint }).raw, seeded.tableName);
    await writeFile(`${file}.part`, JSON.stringify(dump));
    await rename(`${file}.part`, file);
  } finally {
    await seeded.stop();
  }
}
