import { describe, expect, it } from 'vitest';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import type { DomainError } from '../errors.ts';
import {
  awardRefusal,
  disputeResolvedSummary,
  type PatentDispute,
  PatentDisputeClaimSchema,
  resolveDispute,
} from './patent-dispute.ts';

const dispute = (overrides: Partial<PatentDispute> = {}): PatentDispute => ({
  id: '01JDISPUTE0000000000000000',
  patentNumber: '201710601862.3',
  patentTitle: '一种锂离子电池正极材料的制备方法',
  claimantOrgId: 'org-csu',
  claimantName: '中南大学',
  holderOrgId: 'org-squatter',
  holderName: '某某科技有限公司',
  holderRegionCode: '430100',
  claim: {
    number: '201710601862.3',
    title: '一种锂离子电池正极材料的制备方法',
    keywords: [],
    industryChains: [],
    ipc: [],
    patentees: [{ name: '中南大学' }],
    inventors: [],
    filingDate: '2017-07-26',
    legal: { annualFee: 'paid', proceedingsSuspended: false },
  },
  statement: '本校是该专利唯一的专利权人，见专利证书。',
  evidenceRef: '证书号 第 1234567 号',
  status: 'open',
  createdBy: 'user-1',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});
const office = { userId: 'user-office', orgId: 'org-office' };

describe('resolveDispute', () => {
  it('records the outcome, the reason and who decided, one version on', () => {
    const next = resolveDispute(
      dispute(),
      { outcome: 'claimant', reason: '证书载明', version: 1 },
      office,
      'T',
    );
    expect(next).toMatchObject({
      status: 'resolved',
      outcome: 'claimant',
      reason: '证书载明',
      resolvedBy: 'user-office',
      resolvedAt: 'T',
      version: 2,
    });
    expect(disputeResolvedSummary(next)).toContain('归属 中南大学');
  });

  it.each([
    ['already decided', dispute({ status: 'resolved', outcome: 'holder' }), 1, 'dispute_resolved'],
    ['read at an older version', dispute({ version: 3 }), 2, 'stale_version'],
  ])('refuses a dispute %s (409)', (_, current, version, code) => {
    expect(() =>
      resolveDispute(current, { outcome: 'holder', reason: '维持', version }, office, 'T'),
    ).toThrow(expect.objectContaining({ code, status: 409 }));
  });
});

describe('awardRefusal', () => {
  it('refuses moving a patent while the holder’s declaration is published, and says so', () => {
    const error = awardRefusal({ declaration: { id: 'decl-1', status: 'published' } }) as DomainError;
    expect(error).toMatchObject({ code: 'declaration_active', status: 409 });
    expect(error.message).toContain('已公告');
  });
  it('refuses moving a patent a submitted bundle offers, naming the bundle', () => {
    const error = awardRefusal({ bundle: { id: 'b-1', name: '储能材料专利包', status: 'submitted' } });
    expect(error).toMatchObject({ code: 'bundle_active', status: 409 });
    expect(error?.message).toContain('储能材料专利包');
  });
  it('lets it move when no declaration or bundle is active', () => {
    expect(awardRefusal({})).toBeUndefined();
  });
});

describe('PatentDisputeClaimSchema', () => {
  it('asks for a statement and the evidence to look at', () => {
    const result = PatentDisputeClaimSchema.safeParse({
      patent: dispute().claim,
      statement: '短',
      evidenceRef: '',
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['evidenceRef', 'statement']);
  });
});

describe('access to disputes', () => {
  const principal = (orgType: string, orgStatus = 'approved', orgId = 'org-x'): Principal =>
    ({
      userId: 'u',
      email: 'u@x.cn',
      name: 'u',
      membership: { orgId, role: 'admin', orgType, orgStatus },
    }) as Principal;

  it.each([
    ['an approved university', principal('university'), true],
    ['a pending enterprise', principal('enterprise', 'pending'), false],
    ['an agency', principal('agency'), false],
  ])('patent.add: %s → %s', (_, p, allowed) => {
    expect(authorize(p, 'patent.add').allow).toBe(allowed);
  });

  it('lets only the approved IP office resolve; a party is refused, a stranger sees nothing', () => {
    const parties = ['org-csu', 'org-squatter'];
    expect(authorize(principal('ip_office'), 'patent.dispute.resolve', { parties }).allow).toBe(true);
    expect(
      authorize(principal('university', 'approved', 'org-csu'), 'patent.dispute.resolve', { parties }),
    ).toMatchObject({ status: 403 });
    expect(authorize(principal('university'), 'patent.dispute.read', { parties })).toMatchObject({
      status: 404,
    });
  });
});
