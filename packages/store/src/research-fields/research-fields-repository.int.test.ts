import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { StoreConflictError } from '../errors.ts';

describe('research fields repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  it('reads no fields at version 0 before the first save, then the saved ones', async () => {
    // Prepare
    const orgId = ulid();
    const before = await table.store.researchFields.get(orgId);
    // Act
    await table.store.researchFields.put(
      orgId,
      { ipcPrefixes: ['H01M'], industryChains: ['先进储能材料'] },
      0,
      new Date('2026-12-07T02:00:00Z'),
    );
    // Assess
    expect(before).toEqual({ orgId, ipcPrefixes: [], industryChains: [], version: 0 });
    expect(await table.store.researchFields.get(orgId)).toEqual({
      orgId,
      ipcPrefixes: ['H01M'],
      industryChains: ['先进储能材料'],
      updatedAt: '2026-12-07T02:00:00.000Z',
      version: 1,
    });
  });

  it('refuses a save over a version someone else replaced', async () => {
    // Prepare
    const orgId = ulid();
    const fields = { ipcPrefixes: [], industryChains: ['工程机械'] };
    await table.store.researchFields.put(orgId, fields, 0, new Date());
    await table.store.researchFields.put(orgId, fields, 1, new Date());
    // Act
    const stale = table.store.researchFields.put(orgId, { ...fields, industryChains: [] }, 1, new Date());
    // Assess
    await expect(stale).rejects.toBeInstanceOf(StoreConflictError);
    expect((await table.store.researchFields.get(orgId)).industryChains).toEqual(['工程机械']);
  });
});
