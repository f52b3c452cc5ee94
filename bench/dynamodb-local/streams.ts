/**
 * Why test tables have no stream (test/support/test-table.ts): DynamoDB Local looks up the table's stream on
 * every write, in a table of every stream the engine ever made (deleted tables' included), so on an engine
 * shared by a whole test run each write costs more than the last. For each mode this starts a fresh engine,
 * times 300 writes, makes, fills and drops TABLES tables as the test files do, then times 300 writes again.
 * Prints the engine's CPU per write (from /proc, averaged over the 300) and the ratio of late to early. A report, not a
 * test. Run: `npx tsx bench/dynamodb-local/streams.ts` (TABLES=40 by default).
 */
import { readFileSync } from 'node:fs';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createStoreClients, ensureTable, MAIN_TABLE } from '@openlicense/store';
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';

const TABLES = Number(process.env.TABLES ?? 40);
const WRITES = 300;

/** The engine's CPU seconds so far (user + system), from /proc: Linux only. */
function engineCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function writes(clients: ReturnType<typeof createStoreClients>, table: string, count: number) {
  for (let i = 0; i < count; i++)
    await clients.doc.send(
      new PutCommand({ TableName: table, Item: { pk: `P#${i % 20}`, sk: `S#${i}`, body: 'x'.repeat(300) } }),
    );
}

async function measure(stream: boolean) {
  const db = await startDynamoDbLocal();
  try {
    const clients = createStoreClients({ endpoint: db.endpoint });
    const timed = async (name: string) => {
      await ensureTable(clients.raw, MAIN_TABLE, name, { stream });
      const before = engineCpu(db.pid);
      await writes(clients, name, WRITES);
      return ((engineCpu(db.pid) - before) / WRITES) * 1000;
    };
    await timed('warm-up-table');
    const early = await timed('early-table');
    for (let t = 0; t < TABLES; t++) {
      const name = `file-${t}-table`;
      await ensureTable(clients.raw, MAIN_TABLE, name, { stream });
      await writes(clients, name, 50);
      await clients.raw.send(new DeleteTableCommand({ TableName: name }));
    }
    const late = await timed('late-table');
    return { early, late };
  } finally {
    await db.stop();
  }
}

console.log(
  `DynamoDB Local, engine CPU per write (ms), before and after ${TABLES} tables made, filled and dropped`,
);
for (const stream of [true, false]) {
  const { early, late } = await measure(stream);
  console.log(
    `  stream ${stream ? 'on ' : 'off'}: early ${early.toFixed(2)} ms, late ${late.toFixed(2)} ms, late/early ${(late / early).toFixed(2)}×`,
  );
}
process.exit(0);
