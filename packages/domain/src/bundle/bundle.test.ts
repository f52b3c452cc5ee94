import { describe, expect, it } from 'vitest';
import { aPatent, aUtilityModel } from '../patent/patent.fixture.ts';
import { BundleInputSchema, bundleOffered } from './bundle.ts';

const today = '2025-06-01';
const period = { start: '2025-07-01', end: '2028-06-30' };

const rawBundle = (overrides: Record<string, unknown> = {}) => ({
  name: '锂电池正极材料专利包',
  members: [
    { patentNumber: 'ZL201710601862.3', holderOrgId: 'org-uni', consented: true },
    { patentNumber: '201920123456.5', holderOrgId: 'org-ls', consented: true },
  ],
  royalty: { method: 'lump_sum', amountFen: 10_000_000 },
  royaltyEstimationNote: '按各成员专利单独许可费之和的八折估算',
  period,
  scope: '制造、使用、销售本专利包覆盖的产品',
  contact: { name: '园区办', phone: '0731-88888888', email: 'pool@park.cn' },
  ...overrides,
});

const messageAt = (input: unknown, path: string) =>
  BundleInputSchema.safeParse(input).error?.issues.find((issue) => issue.path.join('.') === path)?.message;

describe('BundleInputSchema', () => {
  it('canonicalises member numbers and defaults the territory', () => {
    const bundle = BundleInputSchema.parse(rawBundle());

    expect(bundle.members.map((m) => m.patentNumber)).toEqual(['201710601862.3', '201920123456.5']);
    expect(bundle.territory).toBe('中国大陆');
  });

  it('refuses a bundle of one patent', () => {
    const [first] = rawBundle().members;

    expect(messageAt(rawBundle({ members: [first] }), 'members')).toBe(
      '专利包至少包含 2 件专利 / a bundle needs at least 2 patents',
    );
  });

  it('refuses a period shorter than a year', () => {
    expect(messageAt(rawBundle({ period: { start: '2025-07-01', end: '2026-06-29' } }), 'period.end')).toBe(
      '许可期限至少一年 / the licence period must be at least one year',
    );
  });

  it('refuses the same patent twice, however it is spelled', () => {
    const members = [
      { patentNumber: 'ZL201710601862.3', holderOrgId: 'org-uni', consented: true },
      { patentNumber: '2017106018623', holderOrgId: 'org-uni', consented: true },
    ];

    expect(messageAt(rawBundle({ members }), 'members')).toBe(
      '专利包中的专利不能重复 / a patent appears in the bundle more than once',
    );
  });
});

describe('bundleOffered', () => {
  it('offers a bundle whose members could all be declared and all consented', () => {
    // Prepare
    const members = [
      { patent: aPatent(), consented: true },
      { patent: aUtilityModel({ expiryDate: '2029-01-14' }), consented: true },
    ];

    // Act / Assess
    expect(bundleOffered(members, period, today)).toEqual({ offered: true, blockers: [] });
  });

  it('keeps offering a bundle whose period started before today', () => {
    const members = [
      { patent: aPatent(), consented: true },
      { patent: aUtilityModel(), consented: true },
    ];

    expect(bundleOffered(members, period, '2026-01-01').offered).toBe(true);
  });

  it('lists the blockers of each member that holds the bundle back', () => {
    // Prepare
    const members = [
      {
        patent: aPatent({ legal: { annualFee: 'late_window', proceedingsSuspended: false } }),
        consented: true,
      },
      { patent: aUtilityModel({ evaluationReport: undefined, expiryDate: '2027-01-01' }), consented: false },
    ];

    // Act
    const offer = bundleOffered(members, period, today);

    // Assess
    expect(offer.offered).toBe(false);
    expect(offer.blockers.map((b) => [b.patentNumber, b.issues.map((i) => i.code)])).toEqual([
      ['201710601862.3', ['annual_fee_late_window']],
      ['201920123456.5', ['evaluation_report_missing', 'period_past_expiry', 'member_not_consented']],
    ]);
  });

  it('suspends the bundle when a member withdraws its own declaration', () => {
    const members = [
      { patent: aPatent(), consented: true, memberDeclarationWithdrawn: true },
      { patent: aUtilityModel(), consented: true },
    ];

    const offer = bundleOffered(members, period, today);

    expect(offer.offered).toBe(false);
    expect(offer.blockers[0]?.issues.map((i) => i.code)).toEqual(['member_declaration_withdrawn']);
  });

  it('does not offer a bundle with fewer than two members', () => {
    expect(bundleOffered([{ patent: aPatent(), consented: true }], period, today)).toEqual({
      offered: false,
      blockers: [],
    });
  });
});
