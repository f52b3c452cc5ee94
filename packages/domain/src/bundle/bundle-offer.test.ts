import { describe, expect, it } from 'vitest';
import type { DeclarationStatus } from '../declaration/declaration.ts';
import { aPatent, aUtilityModel } from '../patent/patent.fixture.ts';
import type { Patent } from '../patent/patent.ts';
import {
  type BundleMemberFacts,
  checkBundleTerms,
  coOwnersOf,
  evaluateBundleOffer,
  withCurrentDeclarations,
} from './bundle-offer.ts';
import { type BundleRecord, bundleMemberOf } from './bundle-record.ts';

const today = '2025-06-01';
const period = { start: '2025-07-01', end: '2028-06-30' };
const invention = aPatent();
const utility = aUtilityModel({ holderOrgId: 'org-ls' });

const bundle = (
  overrides: Partial<Pick<BundleRecord, 'members' | 'holders'>> = {},
): Pick<BundleRecord, 'members' | 'holders' | 'period'> => ({
  members: [bundleMemberOf(invention, '湘江大学'), bundleMemberOf(utility, '麓山大学')],
  holders: [
    { orgId: 'org-uni', name: '湘江大学', decision: 'consented' },
    { orgId: 'org-ls', name: '麓山大学', decision: 'consented' },
  ],
  period,
  ...overrides,
});

const facts = (
  patents: Patent[] = [invention, utility],
  active: Record<string, string> = {},
  statuses: Record<string, DeclarationStatus> = {},
): BundleMemberFacts => ({
  patents: new Map(patents.map((p) => [p.number, p])),
  activeDeclarations: new Map(Object.entries(active)),
  declarationStatuses: new Map(Object.entries(statuses)),
});

const codes = (offer: ReturnType<typeof evaluateBundleOffer>) =>
  offer.blockers.map((b) => [b.patentNumber, b.issues.map((i) => i.code)]);

describe('evaluateBundleOffer', () => {
  it('offers a bundle whose members are all declarable and consented', () => {
    expect(evaluateBundleOffer(bundle(), facts(), today)).toEqual({ offered: true, blockers: [] });
  });

  it('holds back a member whose holder has not consented, or declined', () => {
    const holders = bundle().holders.map((h, i) => (i === 1 ? { ...h, decision: 'declined' as const } : h));
    expect(codes(evaluateBundleOffer(bundle({ holders }), facts(), today))).toEqual([
      ['201920123456.5', ['member_not_consented']],
    ]);
  });

  it('holds back a member that left its holder’s ledger or passed to another holder, in member order', () => {
    const offer = evaluateBundleOffer(bundle(), facts([{ ...utility, holderOrgId: 'org-x' }]), today);
    expect(offer.offered).toBe(false);
    expect(codes(offer)).toEqual([
      ['201710601862.3', ['member_not_in_ledger']],
      ['201920123456.5', ['member_not_in_ledger']],
    ]);
  });

  it('holds back a member whose fees lapsed', () => {
    const lapsed = { ...invention, legal: { ...invention.legal, annualFee: 'lapsed' as const } };
    expect(codes(evaluateBundleOffer(bundle(), facts([lapsed, utility]), today))).toEqual([
      ['201710601862.3', ['patent_not_in_force', 'annual_fee_unpaid']],
    ]);
  });

  it('suspends for a member whose own declaration was withdrawn, until it is declared again', () => {
    const members = bundle().members.map((m, i) => (i === 0 ? { ...m, declarationId: 'D1' } : m));
    const withdrawn = evaluateBundleOffer(
      bundle({ members }),
      facts(undefined, {}, { D1: 'office_withdrawn' }),
      today,
    );
    const redeclared = evaluateBundleOffer(
      bundle({ members }),
      facts(undefined, { '201710601862.3': 'D2' }, { D1: 'withdrawn', D2: 'published' }),
      today,
    );
    const expired = evaluateBundleOffer(bundle({ members }), facts(undefined, {}, { D1: 'expired' }), today);
    expect(codes(withdrawn)).toEqual([['201710601862.3', ['member_declaration_withdrawn']]]);
    expect(redeclared.offered).toBe(true);
    expect(expired.offered).toBe(true);
  });
});

describe('withCurrentDeclarations', () => {
  it('points each member at its published declaration, and keeps the last one seen otherwise', () => {
    const members = bundle().members.map((m, i) => (i === 1 ? { ...m, declarationId: 'OLD' } : m));
    const current = withCurrentDeclarations(
      members,
      facts(
        undefined,
        { '201710601862.3': 'D1', '201920123456.5': 'D3' },
        { D1: 'published', D3: 'submitted' },
      ),
    );
    expect(current.map((m) => m.declarationId)).toEqual(['D1', 'OLD']);
  });
});

describe('checkBundleTerms', () => {
  const terms = {
    name: '锂电池正极材料专利包',
    scope: '制造、使用、销售本专利包覆盖的产品',
    royaltyEstimationNote: '按各成员专利单独许可费之和的八折估算',
    territory: '中国大陆',
    royalty: { method: 'running_royalty' as const, base: 'net_sales' as const, ratePercent: 25 },
    period,
  };

  it('refuses promotional wording in the statutory text and warns of a price above guidance', () => {
    const result = checkBundleTerms({ ...terms, name: '国内领先的电池专利包' }, today, {
      startMatters: true,
    });
    expect(result.errors.map((i) => [i.code, i.field])).toEqual([['promotional_wording', 'name']]);
    expect(result.warnings.map((i) => i.code)).toEqual(['net_sales_rate_above_guidance']);
  });

  it('minds a start before today only before publication', () => {
    expect(checkBundleTerms(terms, '2025-08-01', { startMatters: true }).errors.map((i) => i.code)).toEqual([
      'period_start_in_past',
    ]);
    expect(checkBundleTerms(terms, '2025-08-01', { startMatters: false }).errors).toEqual([]);
  });
});

describe('coOwnersOf', () => {
  it('names the patentees other than the holder, linking the holder by name', () => {
    const coOwned = aPatent({ patentees: [{ name: '湘江大学' }, { name: '麓山科技有限公司' }] });
    expect(coOwnersOf([coOwned, invention], '湘江大学')).toEqual(['麓山科技有限公司']);
    expect(coOwnersOf([invention], '湘江大学')).toEqual([]);
  });
});
