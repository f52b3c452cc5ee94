import {
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { ulid } from 'ulidx';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestTable } from '../../../../test/support/test-table.ts';
import { MAIN_TABLE } from '../table-definitions.ts';
import { ensureTable } from './bootstrap.ts';

describe('ensureTable (DynamoDB Local)', () => {
  const made: string[] = [];
  let raw: Awaited<ReturnType<typeof createTestTable>>['clients']['raw'];
  afterAll(async () => {
    for (const TableName of made) await raw.send(new DeleteTableCommand({ TableName }));
  });

  it('makes the table as the CDK stack does, stream and TTL on, and leaves the stream off only when told', async () => {
    // Prepare
    ({ raw } = (await createTestTable()).clients);
    const withStream = `bootstrap-${ulid().toLowerCase()}`;
    const withoutStream = `bootstrap-${ulid().toLowerCase()}`;
    made.push(withStream, withoutStream);

    // Act
    await ensureTable(raw, MAIN_TABLE, withStream);
    await ensureTable(raw, MAIN_TABLE, withoutStream, { stream: false });
    // Again: an existing table is left as it is
    await ensureTable(raw, MAIN_TABLE, withStream);

    // Assess
    const on = (await raw.send(new DescribeTableCommand({ TableName: withStream }))).Table!;
    const off = (await raw.send(new DescribeTableCommand({ TableName: withoutStream }))).Table!;
    expect(on.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: MAIN_TABLE.stream });
    expect(off.StreamSpecification?.StreamEnabled ?? false).toBe(false);
    expect(on.GlobalSecondaryIndexes?.map((g) => g.IndexName).sort()).toEqual(
      MAIN_TABLE.globalIndexes.map((g) => g.indexName).sort(),
    );
    const ttl = await raw.send(new DescribeTimeToLiveCommand({ TableName: withoutStream }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(MAIN_TABLE.timeToLiveAttribute);
  });
});
