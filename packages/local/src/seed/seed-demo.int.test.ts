import { readFileSync } from 'node:fs';
import { evaluateBundleOffer, isLive, isoDateInChina } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { DEMO_NEEDS, DEMO_USERS } from './demo-data/index.ts';
import { seedDemo } from './seed-demo.ts';

/** One seed for every check of the demo marketplace: seeding is the slow part, the checks only read. */
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

describe('demo open-licence declarations (DynamoDB Local)', () => {
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

describe('demo public patent pool (DynamoDB Local)', () => {
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

describe('demo needs and authorisations (DynamoDB Local)', () => {
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

describe('demo matches and pushes (DynamoDB Local)', () => {
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

describe('demo patent grades (DynamoDB Local)', () => {
  it('grades every patent in the universities’ ledgers, with reasons, and finds market demand for some', async () => {
    for (const key of ['csu', 'hnu']) {
      // Prepare
      const holder = orgIdOf.get(key) ?? '';
      const ledger = await table.store.patents.listByHolder(holder, { limit: 100 });

      // Act
      const grades = await table.store.patentGrades.listByHolder(holder);

      // Assess
      expect(grades.map((g) => g.patentId).sort()).toEqual(ledger.items.map((p) => p.number).sort());
      for (const { grade } of grades) {
        expect(['A', 'B', 'C', 'D']).toContain(grade.grade);
        expect(grade.reasons.length).toBeGreaterThan(0);
      }
    }
    const all = await table.store.patentGrades.listByHolder(orgIdOf.get('csu') ?? '');
    expect(all.some((g) => g.matchedNeeds.length > 0)).toBe(true);
  });
});

describe('the README’s demo set', () => {
  it('states the counts the seed’s summary line reports', () => {
    // Prepare
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const count = (what: string) => {
      const found = new RegExp(`(\\d+) ${what}`).exec(outcome)?.[1];
      expect(found, `the seed's summary names its ${what}`).toBeDefined();
      return Number(found);
    };

    // Assess
    expect(readme).toContain(`holding ${count('patents')} patents`);
    expect(readme).toContain(`(${count('declarations')} open-licence declarations`);
    expect(readme).toContain(`with ${count('needs')} technology needs`);
    expect(readme).toContain(`${count('delivered pushes')} delivered pushes in all`);
  });
});
