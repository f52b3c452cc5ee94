import { transitionNeed } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../../../../test/support/need-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';

describe('live needs by field (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  const chainIds = (chain: string) => table.store.needs.liveIdsByField({ field: 'chain', value: chain }, 50);

  it('lists a need under its chains and IPC subclasses once it is published, and no longer once closed', async () => {
    // Prepare
    const chain = `测试链${ulid()}`;
    const draft = needOf(ulid(), { industryChains: [chain], ipc: ['H01M 10/052', 'H01M 4/131'] });
    await table.store.needs.create(draft);
    const draftListed = await chainIds(chain);
    // Act
    const open = transitionNeed(draft, 'open', { at: new Date().toISOString() });
    await table.store.needs.update(draft, open);
    const openListed = await chainIds(chain);
    const bySubclass = await table.store.needs.liveIdsByField({ field: 'ipc', value: 'H01M' }, 100);
    const closed = transitionNeed(open, 'close', { at: new Date().toISOString(), reason: '已解决' });
    await table.store.needs.update(open, closed);
    // Assess
    expect(draftListed).toEqual([]);
    expect(openListed).toEqual([draft.id]);
    expect(bySubclass).toContain(draft.id);
    expect(await chainIds(chain)).toEqual([]);
  });

  it('moves a live need from a chain it left to the one it joined, newest first', async () => {
    // Prepare
    const [left, joined] = [`旧链${ulid()}`, `新链${ulid()}`];
    const older = needOf(ulid(), { industryChains: [joined] }, { at: '2026-01-01T00:00:00.000Z' });
    await table.store.needs.create({ ...older, status: 'open' });
    const need = { ...needOf(ulid(), { industryChains: [left] }), status: 'open' as const };
    await table.store.needs.create(need);
    // Act
    await table.store.needs.update(need, { ...need, industryChains: [joined], version: need.version + 1 });
    // Assess
    expect(await chainIds(left)).toEqual([]);
    expect(await chainIds(joined)).toEqual([need.id, older.id]);
    expect((await table.store.needs.getMany([need.id, 'missing'])).get(need.id)?.industryChains).toEqual([
      joined,
    ]);
  });
});
