import { DeleteCommand, type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { keys } from '../keys.ts';
import { createIdempotencyRepository } from './idempotency-repository.ts';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});

const NOW = Date.parse('2026-12-07T00:00:00Z');

/**
 * The table's own client, except that the first read of a key is preceded by `beforeRead`: the moment a
 * racing request's release lands, between a refused claim and its read.
 */
function clientReleasingBeforeFirstRead(beforeRead: () => Promise<unknown>): DynamoDBDocumentClient {
  let released = false;
  const doc = table.clients.doc;
  return {
    send: async (command: unknown) => {
      if (command instanceof GetCommand && !released) {
        released = true;
        await beforeRead();
      }
      return doc.send(command as GetCommand);
    },
  } as unknown as DynamoDBDocumentClient;
}

describe('idempotency claims', () => {
  it('returns the record a running request holds', async () => {
    // Prepare
    const repo = table.store.idempotency;
    await repo.claim('user-a#/api/needs', 'key-holding-1', 'fp', NOW);
    // Act
    const previous = await repo.claim('user-a#/api/needs', 'key-holding-1', 'fp', NOW);
    // Assess
    expect(previous).toEqual({ fingerprint: 'fp', state: 'in_progress' });
  });

  it('claims the key itself when the holder releases it between the refused claim and the read', async () => {
    // Prepare: a first attempt holds the key and is refused (it releases) just as we read.
    const scope = 'user-b#/api/needs/1/transitions';
    const key = 'key-released-1';
    await table.store.idempotency.claim(scope, key, 'fp', NOW);
    const racing = createIdempotencyRepository({
      tableName: table.tableName,
      doc: clientReleasingBeforeFirstRead(() =>
        table.clients.doc.send(
          new DeleteCommand({ TableName: table.tableName, Key: keys.idempotency(scope, key) }),
        ),
      ),
    });
    // Act
    const previous = await racing.claim(scope, key, 'fp', NOW);
    // Assess: the claim is ours (undefined), and a third request now sees it running.
    expect(previous).toBeUndefined();
    expect(await table.store.idempotency.claim(scope, key, 'fp', NOW)).toMatchObject({
      state: 'in_progress',
    });
  });
});
