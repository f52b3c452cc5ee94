import { DEFAULT_IPC_CHAIN_TABLE } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { StoreConflictError } from '../errors.ts';

const officeOf = (regionCode: string) => ({ id: ulid(), name: `知识产权局${regionCode}`, regionCode });
const at = new Date('2026-12-07T10:00:00.000Z');
const settings = (priorityChains: string[]) => ({
  priorityChains,
  ipcChains: { entries: [{ prefix: 'H01M', chains: ['先进储能材料'] }] },
});

describe('grading settings repository (DynamoDB Local)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
  });

  it('saves an office’s first settings at version 1 and reads them back', async () => {
    // Prepare
    const office = officeOf('430400');

    // Act
    const saved = await table.store.gradingSettings.put(office, settings(['先进储能材料']), 0, 'u1', at);

    // Assess
    expect(saved).toMatchObject({ officeOrgId: office.id, regionCode: '430400', version: 1 });
    expect(await table.store.gradingSettings.get(office.id)).toEqual(saved);
  });

  it('refuses a save over a version someone else already moved (stale_version)', async () => {
    // Prepare
    const office = officeOf('430100');
    await table.store.gradingSettings.put(office, settings(['工程机械']), 0, 'u1', at);
    await table.store.gradingSettings.put(office, settings(['工程机械', '新材料']), 1, 'u2', at);

    // Act (one at a time: a second refusal started beside the first would reject before anything awaits it)
    const stale = await table.store.gradingSettings
      .put(office, settings(['生物医药']), 1, 'u1', at)
      .catch((error: unknown) => error);
    const firstAgain = await table.store.gradingSettings
      .put(office, settings(['生物医药']), 0, 'u1', at)
      .catch((error: unknown) => error);

    // Assess
    expect(stale).toBeInstanceOf(StoreConflictError);
    expect(firstAgain).toMatchObject({ code: 'stale_version' });
    expect((await table.store.gradingSettings.get(office.id))?.priorityChains).toEqual([
      '工程机械',
      '新材料',
    ]);
  });

  it('lists every office’s saved settings; an office that never saved has none', async () => {
    // Prepare
    const saved = officeOf('430200');
    const never = officeOf('430300');
    await table.store.gradingSettings.put(
      saved,
      { priorityChains: [], ipcChains: DEFAULT_IPC_CHAIN_TABLE },
      0,
      'u1',
      at,
    );

    // Act
    const all = await table.store.gradingSettings.listAll();

    // Assess
    expect(all.map((s) => s.officeOrgId)).toContain(saved.id);
    expect(all.find((s) => s.officeOrgId === saved.id)?.ipcChains.entries.length).toBe(
      DEFAULT_IPC_CHAIN_TABLE.entries.length,
    );
    expect(await table.store.gradingSettings.get(never.id)).toBeUndefined();
  });
});
