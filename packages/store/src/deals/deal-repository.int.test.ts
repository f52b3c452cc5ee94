import type { Deal, DeclarationRecord, Lead } from '@openlicense/domain';
import { dealCounts } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../../../../test/support/declaration-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { createStoreClients } from '../dynamo/client.ts';
import { writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { leadPuts } from '../leads/lead-repository.ts';
import { createStore } from '../store.ts';

const AT = '2026-11-23T02:00:00.000Z';
const SIGN_AT = '2026-11-24T02:00:00.000Z';

describe('deal repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  const audit = (orgId: string) => ({
    id: ulid(),
    orgId,
    at: AT,
    actorId: 'u',
    action: 'deal.test',
    summary: 'test',
  });

  /** A deal of `kind` on `patentNumbers` from a university to an enterprise, brokered by an agency. */
  function dealOf(kind: Deal['kind'], patentNumbers: string[], over: Partial<Deal> = {}): Deal {
    const [uni, ent, agency] = [ulid(), ulid(), ulid()];
    return {
      id: ulid(),
      kind,
      stage: 'negotiating',
      suppliers: [{ orgId: uni, name: '中南大学', type: 'university' }],
      acquirer: { orgId: ent, name: '长沙锂电科技有限公司', type: 'enterprise' },
      broker: { orgId: agency, name: '湘江知识产权服务中心', type: 'agency' },
      partyOrgIds: [uni, ent, agency],
      patents: patentNumbers.map((number) => ({ number, title: '一种高镍三元正极材料', holderOrgId: uni })),
      source: { kind: 'direct' },
      history: [{ stage: 'negotiating', at: AT, by: 'u', byOrgId: agency }],
      confirmations: [],
      createdAt: AT,
      createdBy: 'u',
      createdByOrgId: agency,
      updatedAt: AT,
      version: 1,
      ...over,
    };
  }

  /** A declaration moved through submitted (and published), taking its patent's active slot as the API does. */
  async function declaration(status: 'submitted' | 'published'): Promise<DeclarationRecord> {
    const draft = declarationRecordOf(ulid(), { status: 'draft' });
    await table.store.declarations.create(draft);
    const submitted = { ...draft, status: 'submitted' as const, version: 2 };
    await table.store.declarations.transition(draft, submitted, audit(draft.holderOrgId));
    if (status === 'submitted') return submitted;
    return publish(submitted);
  }
  async function publish(submitted: DeclarationRecord, store = table.store): Promise<DeclarationRecord> {
    const published = { ...submitted, status: 'published' as const, version: submitted.version + 1 };
    await store.declarations.transition(submitted, published, audit(submitted.holderOrgId));
    return published;
  }

  const signed = (deal: Deal, amountFen: number): Deal => ({
    ...deal,
    stage: 'signed',
    amountFen,
    signedAt: SIGN_AT,
    updatedAt: SIGN_AT,
    version: deal.version + 1,
  });
  const signing = (next: Deal) => {
    const counts = dealCounts(next, next.amountFen ?? 0);
    return {
      counts,
      evidence: counts.map((c) => ({
        orgId: c.orgId,
        kind: 'deal_signed' as const,
        subjectId: next.id,
        amountFen: c.amountFen,
        actorId: 'u',
        summary: `签约 ${c.role}`,
        at: SIGN_AT,
      })),
    };
  };

  const refusal = async (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('expected a refusal'),
      (error: unknown) => error as { code: string; status?: number; message: string; details?: unknown },
    );

  it('refuses an exclusive licence on a patent under a published open licence, naming it; ordinary is fine', async () => {
    // Prepare
    const published = await declaration('published');
    const free = await declaration('submitted');
    const numbers = [published.patentNumber, free.patentNumber];
    // Act
    const error = await refusal(table.store.deals.create(dealOf('exclusive_license', numbers), audit('x')));
    const sole = await refusal(table.store.deals.create(dealOf('sole_license', numbers), audit('x')));
    const ordinary = dealOf('ordinary_license', numbers);
    await table.store.deals.create(ordinary, audit('x'));
    const onFree = dealOf('exclusive_license', [free.patentNumber]);
    await table.store.deals.create(onFree, audit('x'));
    // Assess
    expect(error).toMatchObject({ code: 'open_licence_published', status: 409 });
    expect(error.message).toContain(published.patentNumber);
    expect(error.message).toContain('请先撤回开放许可声明');
    expect(error.details).toEqual({ patentNumbers: [published.patentNumber] });
    expect(sole.code).toBe('open_licence_published');
    expect(await table.store.deals.get(ordinary.id)).toEqual(ordinary);
    expect((await table.store.deals.get(onFree.id))?.kind).toBe('exclusive_license');
  });

  it('refuses a signing whose patent’s open licence is published between its check and its write', async () => {
    // Prepare: a deal on a submitted declaration's patent, and a client that publishes it just before the
    // signing transaction is sent (after the guard read it as submitted)
    const submitted = await declaration('submitted');
    const deal = dealOf('exclusive_license', [submitted.patentNumber]);
    await table.store.deals.create(deal, audit('x'));
    const clients = createStoreClients({ endpoint: table.endpoint });
    const racing = createStore(clients, table.tableName);
    let published = false;
    clients.doc.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { TransactItems?: { ConditionCheck?: unknown }[] };
        if (!published && input.TransactItems?.some((i) => i.ConditionCheck)) {
          published = true;
          await publish(submitted);
        }
        return next(args);
      },
      { step: 'initialize' },
    );
    // Act
    const next = signed(deal, 80_000_00);
    const error = await refusal(racing.deals.move(deal, next, audit('x'), signing(next)));
    // Assess: the publish won; the deal is not signed and nothing counted
    expect(published).toBe(true);
    expect(error).toMatchObject({ code: 'open_licence_published', status: 409 });
    expect((await table.store.deals.get(deal.id))?.stage).toBe('negotiating');
    expect(await table.store.quotas.counts(deal.acquirer.orgId, '2026')).toEqual({});
    expect(await table.store.evidence.list(deal.acquirer.orgId)).toEqual([]);
  });

  it('refuses an exclusive deal created while a declaration of its patent appears and is published', async () => {
    // Prepare: no declaration when the guard reads; one submitted and published before the write
    const draft = declarationRecordOf(ulid(), { status: 'draft' });
    await table.store.declarations.create(draft);
    const clients = createStoreClients({ endpoint: table.endpoint });
    const racing = createStore(clients, table.tableName);
    let raced = false;
    clients.doc.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { TransactItems?: { ConditionCheck?: unknown }[] };
        if (!raced && input.TransactItems?.some((i) => i.ConditionCheck)) {
          raced = true;
          const submitted = { ...draft, status: 'submitted' as const, version: 2 };
          await table.store.declarations.transition(draft, submitted, audit(draft.holderOrgId));
          await publish(submitted);
        }
        return next(args);
      },
      { step: 'initialize' },
    );
    const deal = dealOf('sole_license', [draft.patentNumber]);
    // Act
    const error = await refusal(racing.deals.create(deal, audit('x')));
    // Assess
    expect(raced).toBe(true);
    expect(error.code).toBe('open_licence_published');
    expect(await table.store.deals.get(deal.id)).toBeUndefined();
  });

  it('counts a signed deal once for each organisation, with its evidence; a stale second signing changes nothing', async () => {
    // Prepare
    const deal = dealOf('transfer', ['201710601862.3']);
    await table.store.deals.create(deal, audit('x'));
    const next = signed(deal, 1_200_000_00);
    // Act
    await table.store.deals.move(deal, next, audit('x'), signing(next));
    const again = await refusal(table.store.deals.move(deal, next, audit('x'), signing(next)));
    // Assess
    expect(again).toBeInstanceOf(StoreConflictError);
    expect(again.code).toBe('stale_version');
    expect(await table.store.quotas.counts(deal.acquirer.orgId, '2026')).toMatchObject({
      intakeCount: 1,
      intakeFen: 1_200_000_00,
    });
    expect(await table.store.quotas.counts(deal.suppliers[0]!.orgId, '2026')).toMatchObject({
      conversionCount: 1,
      conversionFen: 1_200_000_00,
    });
    expect(await table.store.quotas.counts(deal.broker!.orgId, '2026')).toMatchObject({
      brokeredCount: 1,
      brokeredFen: 1_200_000_00,
    });
    for (const orgId of deal.partyOrgIds) {
      const entries = await table.store.evidence.list(orgId, { year: '2026' });
      expect(entries.map((e) => [e.kind, e.subjectId])).toEqual([['deal_signed', deal.id]]);
      expect(await table.store.evidence.verify(orgId)).toMatchObject({ ok: true, entries: 1 });
    }
    expect((await table.store.deals.get(deal.id))?.stage).toBe('signed');
  });

  it('lists a deal for each party and its year, and takes a push lead into one deal only', async () => {
    // Prepare: a lead of a push the enterprise was interested in
    const base = dealOf('ordinary_license', ['201710601862.3']);
    const lead: Lead = {
      id: ulid(),
      stage: 'lead',
      source: { kind: 'push', pushId: ulid() },
      listingId: ulid(),
      enterpriseOrgId: base.acquirer.orgId,
      brokerOrgId: base.broker!.orgId,
      createdAt: AT,
    };
    const ctx = { doc: table.clients.doc, tableName: table.tableName };
    expect(await writeAtomically(ctx, leadPuts(ctx, lead))).toBeUndefined();
    expect((await table.store.deals.openLeads(base.acquirer.orgId)).map((l) => l.id)).toEqual([lead.id]);
    const a = { ...base, id: ulid(), source: { kind: 'push' as const, leadId: lead.id } };
    const b = { ...base, id: ulid(), source: { kind: 'push' as const, leadId: lead.id } };
    // Act
    const results = await Promise.allSettled([
      table.store.deals.create(a, audit('x')),
      table.store.deals.create(b, audit('x')),
    ]);
    // Assess
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'lead_converted' });
    const winner = results[0]!.status === 'fulfilled' ? a : b;
    expect(await table.store.deals.dealOfLead(lead.id)).toBe(winner.id);
    expect(await table.store.deals.openLeads(base.acquirer.orgId)).toEqual([]);
    for (const orgId of base.partyOrgIds) {
      const page = await table.store.deals.listForOrg(orgId, { limit: 10 });
      expect(page.items.map((d) => d.id)).toEqual([winner.id]);
    }
    const year = await table.store.deals.listByYear('2026', { limit: 200 });
    expect(year.items.map((d) => d.id)).toContain(winner.id);
  });

  it('writes a party’s confirmation with its own counters and evidence once, and refuses a stale one', async () => {
    // Prepare: a signed deal, the university confirming it
    const deal = signed(dealOf('transfer', [ulid().slice(0, 12)]), 40_000_000);
    await table.store.deals.create(deal, audit('x'));
    const uni = deal.suppliers[0]!.orgId;
    const next: Deal = {
      ...deal,
      confirmations: [
        {
          orgId: uni,
          roles: ['supplier'],
          status: 'confirmed',
          at: SIGN_AT,
          by: 'u',
          amountFen: 40_000_000,
          patentNumbers: deal.patents.map((p) => p.number),
          countedAt: SIGN_AT,
        },
      ],
      version: deal.version + 1,
    };
    const { counts, evidence } = signing(next);
    const own = {
      counts: counts.filter((c) => c.orgId === uni),
      evidence: evidence.filter((e) => e.orgId === uni),
    };
    // Act
    const first = await table.store.deals.answer(deal, next, audit(uni), own);
    const again = await refusal(table.store.deals.answer(deal, next, audit(uni), own));
    // Assess: its counters and evidence only, once; the acquirer and broker untouched
    expect(first.confirmations).toHaveLength(1);
    expect(again.code).toBe('stale_version');
    expect(await table.store.quotas.counts(uni, '2026')).toMatchObject({
      conversionCount: 1,
      conversionFen: 40_000_000,
    });
    expect(await table.store.quotas.counts(deal.acquirer.orgId, '2026')).toEqual({});
    expect(await table.store.evidence.list(uni)).toHaveLength(1);
    expect(await table.store.evidence.list(deal.broker!.orgId)).toHaveLength(0);
    expect((await table.store.deals.get(deal.id))?.confirmations[0]?.countedAt).toBe(SIGN_AT);
  });
});
