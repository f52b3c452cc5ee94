import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createStreamHandler, streamConsumers } from '../../../functions/matcher/src/index.ts';
import { createTestTable, type TestTable } from '../../../test/support/test-table.ts';
import { createStreamPoller, type StreamHandler } from './stream-poller.ts';

async function pollerFor(table: TestTable, handler: StreamHandler, maxAttempts = 3) {
  const { Table } = await table.clients.raw.send(new DescribeTableCommand({ TableName: table.tableName }));
  return createStreamPoller({
    endpoint: table.endpoint,
    streamArn: Table!.LatestStreamArn!,
    handler,
    maxAttempts,
  });
}

const put = (table: TestTable, id: string) =>
  table.clients.doc.send(
    new PutCommand({ TableName: table.tableName, Item: { pk: id, sk: 'x', entity: 'Probe', id } }),
  );

const ids = (event: DynamoDBStreamEvent) => event.Records.map((r) => r.dynamodb?.NewImage?.id?.S);

describe('stream poller (DynamoDB Local streams)', () => {
  it('delivers each change to the Lambda handler once, in order', async () => {
    // Prepare
    const table = await createTestTable(undefined, { stream: true });
    const seen: Array<string | undefined> = [];
    const poller = await pollerFor(table, async (event) => {
      seen.push(...ids(event));
      return { batchItemFailures: [] };
    });
    // Act
    await put(table, 'a');
    await put(table, 'b');
    await poller.pollOnce();
    await put(table, 'c');
    await poller.pollOnce();
    await poller.pollOnce();
    await poller.stop();
    // Assess
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('redelivers from a reported failure, then gives up on it after the last attempt', async () => {
    const table = await createTestTable(undefined, { stream: true });
    const deliveries: Array<Array<string | undefined>> = [];
    const poller = await pollerFor(
      table,
      async (event) => {
        deliveries.push(ids(event));
        const failing = event.Records.find((r) => r.dynamodb?.NewImage?.id?.S === 'bad');
        return { batchItemFailures: failing ? [{ itemIdentifier: failing.dynamodb!.SequenceNumber! }] : [] };
      },
      2,
    );
    await put(table, 'ok');
    await put(table, 'bad');
    await put(table, 'after');
    for (let i = 0; i < 4; i++) await poller.pollOnce();
    await poller.stop();
    expect(deliveries).toEqual([['ok', 'bad', 'after'], ['bad', 'after'], ['after']]);
  });

  it('keeps organisation counts current through the real matcher handler', async () => {
    const table = await createTestTable(undefined, { stream: true });
    const poller = await pollerFor(
      table,
      createStreamHandler(streamConsumers(table.store), () => {}),
    );
    const at = new Date().toISOString();
    const user = { id: 'u-stream', email: 'stream@test.cn', name: '流', createdAt: at };
    await table.store.users.createWithLogin(user, 'x');
    await table.store.orgs.create(
      {
        id: 'org-stream',
        name: '流测试',
        uscc: '91350100M000100Y43',
        type: 'park',
        regionCode: '430100',
        contact: { name: '流', phone: '13900000000', email: 'a@b.cn' },
        status: 'pending',
        createdAt: at,
        updatedAt: at,
        version: 1,
      },
      { userId: user.id, email: user.email, role: 'admin' },
      { id: 'audit-1', orgId: 'org-stream', at, actorId: user.id, action: 'org.applied', summary: '' },
    );
    await poller.pollOnce();
    await poller.stop();
    expect((await table.store.orgStats.get()).park.pending).toBe(1);
  });
});
