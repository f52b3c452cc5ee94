import { evaluateBundleOffer, isoDateInChina } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { DEMO_USERS } from './demo-data/index.ts';
import { seedDemo } from './seed-demo.ts';

describe('demo public patent pool (DynamoDB Local)', () => {
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

  it('publishes the Lugu park’s 新能源汽车 pool of four patents from two universities, all consented and on offer', async () => {
    // Act
    const published = await table.store.bundles.listByStatus('published', { limit: 10 });
    // Assess
    expect(published.items).toHaveLength(1);
    const [pool] = published.items;
    expect(pool).toMatchObject({
      name: expect.stringContaining('新能源汽车'),
      organiserOrgId: orgIdOf.get('lugu-park'),
      organiserType: 'park',
      holders: [
        { orgId: orgIdOf.get('hnu'), decision: 'consented' },
        { orgId: orgIdOf.get('csu'), decision: 'consented' },
      ],
    });
    expect(pool?.members).toHaveLength(4);
    const facts = await table.store.bundles.memberFacts(pool!);
    expect(evaluateBundleOffer(pool!, facts, isoDateInChina(new Date()))).toEqual({
      offered: true,
      blockers: [],
    });
    expect(pool?.members.filter((m) => m.declarationId !== undefined)).toHaveLength(1);
  });

  it('records each step on the park’s trail and each university’s consent on its own', async () => {
    const park = (await table.store.audit.listForOrg(orgIdOf.get('lugu-park') ?? '')).map((e) => e.action);
    expect(park.filter((a) => a.startsWith('bundle.')).reverse()).toEqual([
      'bundle.created',
      'bundle.submitted',
      'bundle.published',
    ]);
    for (const university of ['hnu', 'csu'])
      expect(
        (await table.store.audit.listForOrg(orgIdOf.get(university) ?? '')).map((e) => e.action),
      ).toContain('bundle.consented');
  });

  it('lists the pool for the park and for both universities', async () => {
    for (const key of ['lugu-park', 'hnu', 'csu'])
      expect(
        (await table.store.bundles.listForOrg(orgIdOf.get(key) ?? '', { limit: 10 })).items,
      ).toHaveLength(1);
  });
});
