import { describe, expect, it } from 'vitest';
import { type LicenceStep, licenceCounts } from './licence-counts.ts';
import { receiptShareOf } from './licence-receipt.ts';
import type { OpenLicence } from './open-licence.ts';
import { byOwnWord, confirmedReceipt, disputedReceipt } from './receipt-counts.ts';

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
    { orgId: 'U2', name: '南岳理工学院' },
  ],
  licensee: { orgId: 'E1', name: '衡阳新能科技有限公司' },
  contact: { name: '王经理', phone: '13812345678', email: 'wang@example.cn' },
  terms: {
    royalty: { method: 'lump_sum', amountFen: 1_000_000 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    scope: '制造、使用、销售',
    territory: '中国大陆',
  },
  startDate: '2026-12-01',
  noticeDate: '2026-11-23',
  status: 'effective',
  dueOnAcceptanceFen: 1_000_000,
  payments: [],
  royaltyReports: [],
  receipts: [],
  brokerOrgId: 'A1',
  createdAt: '2026-11-23T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
  version: 2,
};

const step: LicenceStep = {
  kind: 'open_licence',
  amountFen: 1_000_000,
  at: '2026-11-23T02:00:00.000Z',
  actorId: 'licensee-user',
  what: '开放许可生效',
};

const split = (universities: string[]) =>
  byOwnWord(licenceCounts(licence, step, new Set(universities)), step, licence, () => 'R1', 'HX-1');

describe('a licence step counts for the licensors only on their word', () => {
  it('counts the licensee at once and keeps each licensor’s and the broker’s part pending in a receipt', () => {
    const { now, receipt } = split(['U1', 'U2']);
    expect(now.map((c) => c.orgId)).toEqual(['E1']);
    expect(receipt).toMatchObject({
      id: 'R1',
      kind: 'open_licence',
      amountFen: 1_000_000,
      proofReference: 'HX-1',
    });
    expect(receipt?.licensors.map((s) => [s.orgId, s.status, s.counts])).toEqual([
      ['U1', 'pending', { conversionCount: 1, conversionFen: 500_000 }],
      ['U2', 'pending', { conversionCount: 1, conversionFen: 500_000 }],
    ]);
    expect(receipt?.broker).toMatchObject({
      orgId: 'A1',
      counts: { brokeredCount: 1, brokeredFen: 1_000_000 },
    });
  });

  it('makes no receipt (and draws no id) when no licensor is a university', () => {
    let drawn = 0;
    const result = byOwnWord(licenceCounts(licence, step, new Set()), step, licence, () => `R${++drawn}`);
    expect(result.receipt).toBeUndefined();
    expect(drawn).toBe(0);
  });

  it.each([
    {
      name: 'the first of two licensors confirming counts its share only; the broker waits',
      confirmers: ['U1'],
      counted: ['U1'],
    },
    {
      name: 'the last licensor confirming counts its share and the broker’s, once',
      confirmers: ['U1', 'U2'],
      counted: ['U2', 'A1'],
    },
  ])('$name', ({ confirmers, counted }) => {
    let receipt = split(['U1', 'U2']).receipt!;
    let last: string[] = [];
    for (const orgId of confirmers) {
      const done = confirmedReceipt(licence, receipt, receiptShareOf(receipt, orgId), {
        userId: `${orgId}-user`,
        at: '2026-11-25T02:00:00.000Z',
      });
      receipt = done.receipt;
      last = done.counted.map((c) => c.orgId);
    }
    expect(last).toEqual(counted);
    expect(receipt.broker?.countedAt !== undefined).toBe(counted.includes('A1'));
  });

  it('writes the confirmed share’s evidence saying the licensor confirmed, with who and when it was recorded', () => {
    const receipt = split(['U1']).receipt!;
    const { counted } = confirmedReceipt(licence, receipt, receiptShareOf(receipt, 'U1'), {
      userId: 'u1-user',
      at: '2026-11-25T02:00:00.000Z',
    });
    expect(counted[0]).toMatchObject({
      orgId: 'U1',
      year: '2026',
      counts: { conversionCount: 1, conversionFen: 500_000 },
      evidence: {
        kind: 'open_licence',
        amountFen: 500_000,
        actorId: 'u1-user',
        summary: expect.stringMatching(/（许可方已确认收款）$/),
        data: { role: 'licensor', recordedAt: step.at, confirmedBy: 'u1-user' },
      },
    });
  });

  it('a dispute counts nothing and is evidence on the licensor’s and the licensee’s trails', () => {
    const receipt = split(['U1', 'U2']).receipt!;
    const { receipt: after, counted } = disputedReceipt(licence, receipt, receiptShareOf(receipt, 'U2'), {
      userId: 'u2-user',
      at: '2026-11-25T02:00:00.000Z',
      reason: '未收到款项',
    });
    expect(counted.map((c) => [c.orgId, c.counts, c.evidence.kind, c.evidence.data?.counterpart])).toEqual([
      ['U2', {}, 'payment_disputed', '衡阳新能科技有限公司'],
      ['E1', {}, 'payment_disputed', '南岳理工学院'],
    ]);
    expect(counted[0]?.evidence.summary).toBe(
      '南岳理工学院 对「锂电池隔膜专利包」开放许可生效（衡阳新能科技有限公司 登记付款 ¥10,000.00，凭证 HX-1）提出异议：未收到款项',
    );
    expect(after.licensors.map((s) => s.status)).toEqual(['pending', 'disputed']);
  });
});
