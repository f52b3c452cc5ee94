import { describe, expect, it } from 'vitest';
import { describeDeal, disputedEvidence, signedEvidence } from './deal-evidence.ts';
import { type Deal, dealCounts } from './deal-record.ts';

const deal: Deal = {
  id: 'DL1',
  kind: 'ordinary_license',
  stage: 'signed',
  suppliers: [{ orgId: 'uni', name: '中南大学', type: 'university' }],
  acquirer: { orgId: 'ent', name: '麓谷锂电', type: 'enterprise' },
  broker: { orgId: 'agency', name: '星城知识产权', type: 'agency' },
  partyOrgIds: ['uni', 'ent', 'agency'],
  patents: ['1', '2', '3', '4'].map((n) => ({
    number: `20171060186${n}.3`,
    title: `材料${n}`,
    holderOrgId: 'uni',
  })),
  amountFen: 80_000_000,
  source: { kind: 'direct' },
  history: [],
  confirmations: [],
  signedAt: '2026-05-02T00:00:00.000Z',
  createdAt: '2026-05-01T00:00:00.000Z',
  createdBy: 'u-ent',
  createdByOrgId: 'ent',
  updatedAt: '2026-05-01T00:00:00.000Z',
  version: 4,
};

describe('deal evidence text', () => {
  it('names at most three patents, then how many in all', () => {
    expect(describeDeal(deal)).toBe(
      '普通许可 ZL201710601861.3、ZL201710601862.3、ZL201710601863.3 等 4 件专利（中南大学 → 麓谷锂电）',
    );
  });

  it.each([
    { role: 'supplier', orgId: 'uni', label: '转化', counterpart: '麓谷锂电' },
    { role: 'acquirer', orgId: 'ent', label: '受让/被许可', counterpart: '中南大学' },
    { role: 'broker', orgId: 'agency', label: '促成', counterpart: '麓谷锂电' },
  ])(
    'a signed deal’s evidence for the $role says its role and names the other side',
    ({ orgId, label, counterpart }) => {
      const counts = dealCounts(deal, 80_000_000).filter((c) => c.orgId === orgId);
      const [entry] = signedEvidence(deal, counts, 'u-x', '2026-05-03T00:00:00.000Z');
      expect(entry).toMatchObject({
        orgId,
        kind: 'deal_signed',
        subjectId: 'DL1',
        amountFen: 80_000_000,
        summary: expect.stringContaining(`普通许可签约（${label}，本单位已确认）：`),
        data: { counterpart, dealAmountFen: 80_000_000, signedAt: deal.signedAt, brokerName: '星城知识产权' },
      });
      expect(entry?.summary).toMatch(/，金额 ¥800,000\.00$/);
    },
  );

  it('puts a dispute on every party’s trail, naming who disputed, in which role, and why', () => {
    const entries = disputedEvidence(deal, {
      orgId: 'uni',
      roles: ['supplier'],
      reason: '金额不符',
      actorId: 'u-uni',
      at: '2026-05-03T00:00:00.000Z',
    });
    expect(entries.map((e) => [e.orgId, e.kind, e.amountFen])).toEqual([
      ['uni', 'deal_disputed', undefined],
      ['ent', 'deal_disputed', undefined],
      ['agency', 'deal_disputed', undefined],
    ]);
    expect(entries[0]?.summary).toBe(`中南大学（转化）对交易提出异议：金额不符；${describeDeal(deal)}`);
  });
});
