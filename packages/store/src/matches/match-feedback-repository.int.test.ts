import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { keys } from '../keys.ts';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});

const store = (item: Record<string, unknown>) =>
  table.clients.doc.send(new PutCommand({ TableName: table.tableName, Item: item }));

describe('match feedback read back', () => {
  it('reads nothing stored as no adjustments at version 0', async () => {
    // Act
    const stored = await table.store.matchFeedback.getVersioned(ulid());
    // Assess
    expect(stored).toEqual({ adjustments: { penalisedIpc: {}, excludedListings: [] }, version: 0 });
  });

  it('reads the stored adjustments and their version', async () => {
    // Prepare
    const orgId = ulid();
    await store({
      ...keys.matchFeedback(orgId),
      entity: 'MatchFeedback',
      penalisedIpc: { H01M: 2 },
      excludedListings: ['listing-1'],
      version: 3,
    });
    // Act
    const stored = await table.store.matchFeedback.getVersioned(orgId);
    // Assess
    expect(stored).toEqual({
      adjustments: { penalisedIpc: { H01M: 2 }, excludedListings: ['listing-1'] },
      version: 3,
    });
  });

  it('refuses an item without a usable version instead of reading it as NaN', async () => {
    // Prepare: the next feedback would condition its write on this version
    const orgId = ulid();
    await store({
      ...keys.matchFeedback(orgId),
      entity: 'MatchFeedback',
      penalisedIpc: {},
      excludedListings: [],
      version: 'three',
    });
    // Act / Assess
    await expect(table.store.matchFeedback.getVersioned(orgId)).rejects.toThrow(/version/);
  });
});
