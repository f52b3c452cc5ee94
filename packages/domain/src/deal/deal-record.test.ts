import { describe, expect, it } from 'vitest';
import { type Deal, DealInputSchema, dealCounts, splitFen } from './deal-record.ts';

const uni = (orgId: string) => ({ orgId, name: orgId, type: 'university' as const });
const ent = { orgId: 'ENT', name: '企业', type: 'enterprise' as const };
const agency = { orgId: 'AG', name: '机构', type: 'agency' as const };
const deal = (over: Partial<Deal> = {}) =>
  ({ kind: 'ordinary_license', suppliers: [uni('U1')], acquirer: ent, broker: agency, ...over }) as Deal;

describe('deal counting on signing', () => {
  it('counts intake for the enterprise, conversion for the university and brokered for the agency', () => {
    expect(dealCounts(deal(), 500_000_00)).toEqual([
      {
        orgId: 'ENT',
        role: 'acquirer',
        counts: { intakeCount: 1, intakeFen: 500_000_00 },
        amountFen: 500_000_00,
      },
      {
        orgId: 'U1',
        role: 'supplier',
        counts: { conversionCount: 1, conversionFen: 500_000_00 },
        amountFen: 500_000_00,
      },
      {
        orgId: 'AG',
        role: 'broker',
        counts: { brokeredCount: 1, brokeredFen: 500_000_00 },
        amountFen: 500_000_00,
      },
    ]);
  });

  it('splits the amount evenly over suppliers, the remainder to the first', () => {
    expect(splitFen(100, 3)).toEqual([34, 33, 33]);
    const counts = dealCounts(deal({ suppliers: [uni('U1'), { ...ent, orgId: 'E2' }, uni('U3')] }), 100);
    expect(counts.filter((c) => c.role === 'supplier').map((c) => [c.orgId, c.amountFen])).toEqual([
      ['U1', 34],
      ['U3', 33],
    ]);
  });

  it('counts equity as intake and conversion but not as brokered; joint development for nobody', () => {
    expect(dealCounts(deal({ kind: 'equity' }), 10).map((c) => c.role)).toEqual(['acquirer', 'supplier']);
    expect(dealCounts(deal({ kind: 'joint_development' }), 10)).toEqual([]);
  });

  it('brokers only university-to-enterprise deals', () => {
    const enterpriseSupplier = deal({ suppliers: [{ ...ent, orgId: 'E2' }] });
    expect(dealCounts(enterpriseSupplier, 10).map((c) => c.role)).toEqual(['acquirer']);
  });
});

describe('deal input', () => {
  it('takes patent numbers or a bundle, not both, and starts as a lead by default', () => {
    const base = { kind: 'transfer', acquirerOrgId: 'E' };
    expect(DealInputSchema.parse({ ...base, patentNumbers: ['ZL201710601862.3'] })).toMatchObject({
      stage: 'lead',
      source: { kind: 'direct' },
      patentNumbers: ['201710601862.3'],
    });
    const both = DealInputSchema.safeParse({ ...base, patentNumbers: ['ZL201710601862.3'], bundleId: 'B' });
    expect(both.error?.issues[0]?.path).toEqual(['bundleId']);
    expect(DealInputSchema.safeParse({ ...base, stage: 'signed' }).success).toBe(false);
  });
});
