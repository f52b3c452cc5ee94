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

describe("an organisation's lead links", () => {
  it('lists the leads its links name', async () => {
    // Prepare
    const orgId = ulid();
    const [first, second] = [ulid(), ulid()];
    for (const leadId of [first, second])
      await store({ ...keys.leadLink(orgId, leadId), entity: 'LeadLink', leadId, createdAt: '2026-12-01' });
    // Act
    const ids = await table.store.leads.idsForOrg(orgId);
    // Assess
    expect([...ids].sort()).toEqual([first, second].sort());
  });

  it('refuses a damaged link naming no lead instead of listing the id "undefined"', async () => {
    // Prepare
    const orgId = ulid();
    await store({ ...keys.leadLink(orgId, ulid()), entity: 'LeadLink', createdAt: '2026-12-01' });
    // Act / Assess
    await expect(table.store.leads.idsForOrg(orgId)).rejects.toThrow(/leadId/);
  });
});
