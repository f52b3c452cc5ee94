import { isLive } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { DEMO_NEEDS, DEMO_USERS } from './demo-data/index.ts';
import { seedDemo } from './seed-demo.ts';

describe('demo needs and authorisations (DynamoDB Local)', () => {
  let table: TestTable;
  const orgIdOf = new Map<string, string>();

  beforeAll(async () => {
    table = await createTestTable();
    await seedDemo(table.store, table);
    for (const demo of DEMO_USERS) {
      const login = await table.store.users.findLogin(demo.email);
      const user = login ? await table.store.users.get(login.userId) : undefined;
      if (user?.orgId) orgIdOf.set(demo.orgKey, user.orgId);
    }
  }, 180_000);

  it('stores every demo need as a parsed, published record in its enterprise’s ledger', async () => {
    const owners = [...new Set(DEMO_NEEDS.map((n) => n.orgKey))];
    const needs = (
      await Promise.all(owners.map((key) => table.store.needs.allByOwner(orgIdOf.get(key) ?? '')))
    ).flat();
    expect(needs).toHaveLength(DEMO_NEEDS.length);
    expect(needs.every((n) => n.status === 'open' && n.contact.email.includes('demo.openlicense.cn'))).toBe(
      true,
    );
    expect(needs.filter((n) => n.visibility === 'agencies')).toHaveLength(2);
  });

  it('gives the agency two live authorisations and the park one, and credits them with what they collected', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const agency = orgIdOf.get('xingcheng-ip') ?? '';
    const park = orgIdOf.get('lugu-park') ?? '';
    const held = await table.store.authorisations.listByAgent(agency);
    expect(held.filter((a) => isLive(a, today))).toHaveLength(2);
    expect(await table.store.authorisations.listByAgent(park)).toHaveLength(1);
    const collected = await table.store.needs.list([{ collectorOrgId: agency }], { limit: 50 });
    expect(collected.items).toHaveLength(3);
    const trail = (await table.store.audit.listForOrg(agency)).map((e) => e.action);
    expect(trail.filter((a) => a === 'need.collected')).toHaveLength(3);
    expect(trail.filter((a) => a === 'authorisation.granted')).toHaveLength(2);
  });
});
