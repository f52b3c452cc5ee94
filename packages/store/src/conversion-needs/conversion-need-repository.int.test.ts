import type { ConversionAnswer, ConversionNeed, Deal } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});

const need = (
  posterOrgId: string,
  createdAt: string,
  over: Partial<ConversionNeed> = {},
): ConversionNeed => ({
  id: ulid(),
  kind: 'manufacturing',
  status: 'open',
  subject: {
    kind: 'listing',
    id: ulid(),
    title: '一种固态电解质',
    patents: [{ number: 'CN202310000001.X', title: '一种固态电解质', holderOrgId: posterOrgId }],
  },
  posterOrgId,
  posterName: '示范大学',
  description: '寻找具备量产能力的合作企业',
  offer: '工艺包与技术支持',
  regionCode: '430400',
  closingDate: '2027-06-30',
  answerCount: 0,
  createdAt,
  createdBy: 'user-u',
  updatedAt: createdAt,
  version: 1,
  ...over,
});
const audit = (orgId: string, action: string) => ({
  id: ulid(),
  orgId,
  at: new Date().toISOString(),
  actorId: 'user-u',
  action,
  summary: action,
});

const dealFor = (n: ConversionNeed, enterpriseOrgId: string, at: string): Deal => ({
  id: ulid(),
  kind: 'ordinary_license',
  stage: 'lead',
  suppliers: [{ orgId: n.posterOrgId, name: '示范大学', type: 'university' }],
  acquirer: { orgId: enterpriseOrgId, name: '示范企业', type: 'enterprise' },
  partyOrgIds: [n.posterOrgId, enterpriseOrgId],
  patents: n.subject.patents,
  source: { kind: 'conversion_need', conversionNeedId: n.id },
  history: [{ stage: 'lead', at, by: 'user-e', byOrgId: enterpriseOrgId }],
  confirmations: [],
  createdAt: at,
  createdBy: 'user-e',
  createdByOrgId: enterpriseOrgId,
  updatedAt: at,
  version: 1,
});

const answerOf = (
  n: ConversionNeed,
  enterpriseOrgId: string,
  dealId: string,
  at: string,
): ConversionAnswer => ({
  needId: n.id,
  enterpriseOrgId,
  enterpriseName: '示范企业',
  message: '我们有两条产线可承接',
  contact: { name: '王工', phone: '13800000000', email: 'wang@example.com' },
  dealId,
  at,
  by: 'user-e',
});

describe('conversion needs in the store', () => {
  it('lists the open ones newest first and each poster its own', async () => {
    // Prepare
    const [u1, u2] = [ulid(), ulid()];
    const older = need(u1, '2026-12-01T00:00:00.000Z');
    const newer = need(u2, '2026-12-02T00:00:00.000Z');
    await table.store.conversionNeeds.create(older, audit(u1, 'conversion_need.posted'));
    await table.store.conversionNeeds.create(newer, audit(u2, 'conversion_need.posted'));
    // Act
    const open = await table.store.conversionNeeds.listOpen({ limit: 10 });
    const own = await table.store.conversionNeeds.listByPoster(u1, { limit: 10 });
    // Assess
    expect(open.items.map((n) => n.id)).toEqual([newer.id, older.id]);
    expect(own.items.map((n) => n.id)).toEqual([older.id]);
  });

  it('writes an answer with its deal lead once per enterprise', async () => {
    // Prepare
    const [u, e] = [ulid(), ulid()];
    const n = need(u, '2026-12-03T00:00:00.000Z');
    await table.store.conversionNeeds.create(n, audit(u, 'conversion_need.posted'));
    const at = '2026-12-04T00:00:00.000Z';
    const answered = { ...n, status: 'answered' as const, answerCount: 1, version: 2 };
    const deal = dealFor(n, e, at);
    // Act
    const first = await table.store.conversionNeeds.answer(n, answered, answerOf(n, e, deal.id, at), deal, [
      audit(e, 'conversion_need.answered'),
    ]);
    const again = dealFor(n, e, at);
    const second = await table.store.conversionNeeds.answer(
      answered,
      { ...answered, answerCount: 2, version: 3 },
      answerOf(n, e, again.id, at),
      again,
      [],
    );
    // Assess
    expect(first).toBeUndefined();
    expect(second).toBe('already_answered');
    expect(await table.store.conversionNeeds.get(n.id)).toMatchObject({ status: 'answered', answerCount: 1 });
    expect((await table.store.conversionNeeds.answers(n.id)).map((a) => a.dealId)).toEqual([deal.id]);
    const universityDeals = await table.store.deals.listForOrg(u, { limit: 10 });
    expect(universityDeals.items).toEqual([
      expect.objectContaining({
        id: deal.id,
        stage: 'lead',
        source: { kind: 'conversion_need', conversionNeedId: n.id },
      }),
    ]);
    expect((await table.store.deals.listForOrg(e, { limit: 10 })).items.map((d) => d.id)).toEqual([deal.id]);
    expect(await table.store.deals.get(again.id)).toBeUndefined();
  });

  it('refuses an answer over a need that changed since it was read', async () => {
    // Prepare
    const [u, e1, e2] = [ulid(), ulid(), ulid()];
    const n = need(u, '2026-12-05T00:00:00.000Z');
    await table.store.conversionNeeds.create(n, audit(u, 'conversion_need.posted'));
    const at = '2026-12-06T00:00:00.000Z';
    const next = { ...n, status: 'answered' as const, answerCount: 1, version: 2 };
    const d1 = dealFor(n, e1, at);
    await table.store.conversionNeeds.answer(n, next, answerOf(n, e1, d1.id, at), d1, []);
    // Act: the second enterprise read the need before the first answer
    const d2 = dealFor(n, e2, at);
    const refused = await table.store.conversionNeeds.answer(n, next, answerOf(n, e2, d2.id, at), d2, []);
    // Assess
    expect(refused).toBe('need_changed');
    expect(await table.store.deals.get(d2.id)).toBeUndefined();
  });

  it('a withdrawn need leaves the open list but stays in its poster’s', async () => {
    // Prepare
    const u = ulid();
    const n = need(u, '2026-12-07T00:00:00.000Z');
    await table.store.conversionNeeds.create(n, audit(u, 'conversion_need.posted'));
    // Act
    const ended = await table.store.conversionNeeds.end(
      n,
      { ...n, status: 'withdrawn', version: 2 },
      audit(u, 'conversion_need.withdrawn'),
    );
    const stale = await table.store.conversionNeeds.end(
      n,
      { ...n, status: 'closed', version: 2 },
      audit(u, 'x'),
    );
    // Assess
    expect(ended).toBe(true);
    expect(stale).toBe(false);
    const open = await table.store.conversionNeeds.listOpen({ limit: 50 });
    expect(open.items.map((x) => x.id)).not.toContain(n.id);
    expect((await table.store.conversionNeeds.listByPoster(u, { limit: 10 })).items).toEqual([
      expect.objectContaining({ id: n.id, status: 'withdrawn' }),
    ]);
  });
});
