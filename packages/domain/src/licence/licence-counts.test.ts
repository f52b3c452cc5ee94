import { describe, expect, it } from 'vitest';
import { type LicenceStep, licenceCounts } from './licence-counts.ts';
import type { OpenLicence } from './open-licence.ts';

const licence: OpenLicence = {
  id: 'L1',
  offer: {
    kind: 'bundle',
    id: 'B1',
    title: '锂电池隔膜专利包',
    declarationIds: ['D1', 'D2'],
    patentNumbers: ['202310123456.7', '202310654321.X'],
  },
  licensors: [
    { orgId: 'U1', name: '湘江大学' },
    { orgId: 'C1', name: '衡阳材料公司' },
  ],
  licensee: { orgId: 'E1', name: '衡阳新能科技有限公司' },
  contact: { name: '王经理', phone: '13812345678', email: 'wang@example.cn' },
  terms: {
    royalty: { method: 'lump_sum', amountFen: 1_000_001 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    scope: '制造、使用、销售',
    territory: '中国大陆',
  },
  startDate: '2026-12-01',
  noticeDate: '2026-11-23',
  status: 'effective',
  dueOnAcceptanceFen: 1_000_001,
  payments: [],
  royaltyReports: [],
  receipts: [],
  brokerOrgId: 'A1',
  brokerName: '衡阳技术转移中心',
  createdAt: '2026-11-23T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
  version: 2,
};

const step = (
  kind: LicenceStep['kind'],
  amountFen: number,
  at = '2026-12-31T17:00:00.000Z',
): LicenceStep => ({
  kind,
  amountFen,
  at,
  actorId: 'user-1',
  what: kind === 'open_licence' ? '开放许可生效' : '第 2 期分期付款',
});

const universities = new Set(['U1']);

/** Each organisation's counters as `{ orgId: counts }`, the way a reviewer reads them. */
const byOrg = (entries: ReturnType<typeof licenceCounts>) =>
  Object.fromEntries(entries.map((e) => [e.orgId, e.counts]));

describe('licenceCounts: what a licence step credits to whom', () => {
  it.each([
    {
      name: 'taking effect with a payment: intake for the licensee, conversion for the university only (its even share, remainder to the first), brokered for the broker',
      step: step('open_licence', 1_000_001),
      universities,
      counts: {
        E1: { intakeCount: 1, intakeFen: 1_000_001 },
        U1: { conversionCount: 1, conversionFen: 500_001 },
        A1: { brokeredCount: 1, brokeredFen: 500_001 },
      },
    },
    {
      name: 'a free licence taking effect: counts without amounts',
      step: step('open_licence', 0),
      universities,
      counts: { E1: { intakeCount: 1 }, U1: { conversionCount: 1 }, A1: { brokeredCount: 1 } },
    },
    {
      name: 'a later instalment: amounts only, no second count',
      step: step('royalty_paid', 200_000),
      universities,
      counts: { E1: { intakeFen: 200_000 }, U1: { conversionFen: 100_000 }, A1: { brokeredFen: 100_000 } },
    },
    {
      name: 'a later step of no amount: nothing for anyone',
      step: step('royalty_paid', 0),
      universities,
      counts: {},
    },
    {
      name: 'no university licensor: the licensee alone, the broker brokered nothing countable',
      step: step('open_licence', 1_000_001),
      universities: new Set<string>(),
      counts: { E1: { intakeCount: 1, intakeFen: 1_000_001 } },
    },
  ])('$name', ({ step: s, universities: u, counts }) => {
    expect(byOrg(licenceCounts(licence, s, u))).toEqual(counts);
  });

  it('credits the year of the step in China time (17:00 UTC on 31 December is already next year)', () => {
    const entries = licenceCounts(licence, step('open_licence', 0), universities);
    expect(new Set(entries.map((e) => e.year))).toEqual(new Set(['2027']));
  });

  it('writes evidence a reviewer can read: who took what, of whom, for how much, and each side’s role', () => {
    const [licensee, licensor, broker] = licenceCounts(
      licence,
      step('open_licence', 1_000_001),
      universities,
    );
    expect(licensee?.evidence).toMatchObject({
      orgId: 'E1',
      kind: 'open_licence',
      subjectId: 'L1',
      amountFen: 1_000_001,
      actorId: 'user-1',
      summary:
        '开放许可生效：衡阳新能科技有限公司 取得「锂电池隔膜专利包」（ZL202310123456.7、ZL202310654321.X）开放许可，许可方 湘江大学、衡阳材料公司，金额 ¥10,000.01',
      data: { role: 'licensee', counterpart: '湘江大学、衡阳材料公司', licenceId: 'L1' },
    });
    expect(licensor?.evidence).toMatchObject({
      orgId: 'U1',
      amountFen: 500_001,
      summary:
        '开放许可生效：「锂电池隔膜专利包」（ZL202310123456.7、ZL202310654321.X）开放许可给 衡阳新能科技有限公司，本单位份额 ¥5,000.01',
      data: { role: 'licensor', counterpart: '衡阳新能科技有限公司' },
    });
    expect(broker?.evidence).toMatchObject({
      orgId: 'A1',
      amountFen: 500_001,
      summary:
        '开放许可生效（促成）：湘江大学、衡阳材料公司 →「锂电池隔膜专利包」→ 衡阳新能科技有限公司，金额 ¥5,000.01',
      data: { role: 'broker', counterpart: '湘江大学、衡阳材料公司 → 衡阳新能科技有限公司' },
    });
  });
});
