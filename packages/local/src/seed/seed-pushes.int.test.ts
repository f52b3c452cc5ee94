import { isoDateInChina } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { DEMO_USERS } from './demo-data/index.ts';
import { seedDemo } from './seed-demo.ts';

describe('demo matches and pushes (DynamoDB Local)', () => {
  let table: TestTable;
  let outcome: string;
  const orgIdOf = new Map<string, string>();

  beforeAll(async () => {
    table = await createTestTable();
    outcome = await seedDemo(table.store, table);
    for (const demo of DEMO_USERS) {
      const login = await table.store.users.findLogin(demo.email);
      const user = login ? await table.store.users.get(login.userId) : undefined;
      if (user?.orgId) orgIdOf.set(demo.orgKey, user.orgId);
    }
  }, 180_000);

  it('leaves proposals, best first with explanations, in the demo agency’s review queue', async () => {
    const queue = await table.store.proposals.listForBroker(orgIdOf.get('xingcheng-ip') ?? '', 'proposed', {
      limit: 50,
    });
    expect(queue.items.length).toBeGreaterThan(0);
    const scores = queue.items.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(queue.items.every((p) => p.explanation.signals.length > 0)).toBe(true);
    expect(outcome).toMatch(/[1-9]\d* proposals for the demo agency, 2 delivered pushes, 2 signed deals$/);
  });

  it('delivers a push from the park into the demo enterprise’s inbox', async () => {
    const inbox = await table.store.pushes.listInbox(orgIdOf.get('lugu-battery') ?? '', { limit: 10 });
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({
      status: 'delivered',
      brokerOrgId: orgIdOf.get('lugu-park'),
      auto: false,
      message: expect.stringContaining('开放许可专利'),
    });
  });

  it('counts the agency’s delivered push toward its yearly quota', async () => {
    const year = isoDateInChina(new Date()).slice(0, 4);
    const quota = await table.store.quotas.get(orgIdOf.get('xingcheng-ip') ?? '', year);
    expect(quota).toMatchObject({ pushes: 1, delivered: 1 });
  });

  it('records two signed demo deals: one confirmed and counted for all three parties, one waiting for the university', async () => {
    const year = isoDateInChina(new Date()).slice(0, 4);
    const [csu, enterprise, agency] = ['csu', 'lugu-battery', 'xingcheng-ip'].map(
      (k) => orgIdOf.get(k) ?? '',
    );
    expect(await table.store.quotas.counts(csu!, year)).toMatchObject({
      conversionCount: 1,
      conversionFen: 80_000_000,
    });
    expect(await table.store.quotas.counts(enterprise!, year)).toMatchObject({
      intakeCount: 2,
      intakeFen: 200_000_000,
    });
    expect(await table.store.quotas.counts(agency!, year)).toMatchObject({ brokeredCount: 2 });
    const deals = (await table.store.deals.listForOrg(csu!, { limit: 10 })).items;
    const waiting = deals.filter((d) => !d.confirmations.some((c) => c.orgId === csu));
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ stage: 'signed', kind: 'transfer', amountFen: 120_000_000 });
    expect(await table.store.evidence.verify(csu!)).toMatchObject({ ok: true });
  });
});
