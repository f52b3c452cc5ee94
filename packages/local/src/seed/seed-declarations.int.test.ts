import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { DEMO_USERS } from './demo-data/index.ts';
import { seedDemo } from './seed-demo.ts';

describe('demo open-licence declarations (DynamoDB Local)', () => {
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

  it('puts most in the catalogue, one in the office’s queue and leaves one as a draft', async () => {
    // Act
    const catalogue = await table.store.declarations.listPublished({ limit: 50 });
    const queue = await table.store.declarations.listSubmitted({ limit: 50 });
    const drafts = await table.store.declarations.listByOrg(orgIdOf.get('haas') ?? '', {
      status: 'draft',
      limit: 10,
    });
    // Assess
    expect(catalogue.items).toHaveLength(9);
    expect(queue.items.map((d) => d.listing.holderName)).toEqual([expect.stringContaining('长沙理工')]);
    expect(drafts.items).toHaveLength(1);
    expect(new Set(catalogue.items.map((d) => d.royalty.method))).toEqual(
      new Set(['lump_sum', 'running_royalty', 'entry_fee_plus_royalty', 'free']),
    );
    for (const d of catalogue.items) {
      expect(d.listing.holderType).toBe('university');
      expect(d.period.end <= d.listing.patentExpiryDate).toBe(true);
      expect(await table.store.declarations.activeFor(d.patentNumber)).toMatchObject({ declarationId: d.id });
    }
  });

  it('records the holder’s submission and the office’s publication on the holder’s trail', async () => {
    const trail = (await table.store.audit.listForOrg(orgIdOf.get('csu') ?? '')).map((e) => e.action);
    expect(trail.filter((a) => a === 'declaration.submitted')).toHaveLength(3);
    expect(trail.filter((a) => a === 'declaration.published')).toHaveLength(3);
  });
});
