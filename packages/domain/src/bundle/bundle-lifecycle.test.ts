import { describe, expect, it } from 'vitest';
import { aPatent, aUtilityModel } from '../patent/patent.fixture.ts';
import {
  type BundleAction,
  bundleActionsFrom,
  bundleChangeAction,
  bundleChangeSummary,
  decideAsHolder,
  holderDecisionSummary,
  transitionBundle,
} from './bundle-lifecycle.ts';
import { BundleDraftInputSchema, type BundleStatus, bundleMemberOf, newBundle } from './bundle-record.ts';

const at = '2025-06-01T08:00:00.000Z';
const bundleIn = (status: BundleStatus) => ({
  ...newBundle(
    BundleDraftInputSchema.parse({
      name: '锂电池正极材料专利包',
      members: [{ patentNumber: '201710601862.3' }, { patentNumber: '201920123456.5' }],
      royalty: { method: 'lump_sum', amountFen: 10_000_000 },
      royaltyEstimationNote: '按各成员专利单独许可费之和的八折估算',
      period: { start: '2025-07-01', end: '2028-06-30' },
      scope: '制造、使用、销售本专利包覆盖的产品',
      contact: { name: '园区办', phone: '0731-88888888', email: 'pool@park.cn' },
    }),
    [
      bundleMemberOf(aPatent(), '湘江大学'),
      bundleMemberOf(aUtilityModel({ holderOrgId: 'org-ls' }), '麓山大学'),
    ],
    { id: 'org-park', name: '麓谷园区', type: 'park' },
    { id: 'B1', at: '2025-05-01T00:00:00.000Z' },
  ),
  status,
});

describe('transitionBundle', () => {
  it.each<[BundleAction, BundleStatus, BundleStatus]>([
    ['submit', 'draft', 'submitted'],
    ['submit', 'rejected', 'submitted'],
    ['publish', 'submitted', 'published'],
    ['reject', 'submitted', 'rejected'],
    ['withdraw', 'draft', 'withdrawn'],
    ['withdraw', 'published', 'withdrawn'],
    ['withdraw', 'suspended', 'withdrawn'],
    ['suspend', 'published', 'suspended'],
    ['restore', 'suspended', 'published'],
    ['expire', 'published', 'expired'],
    ['expire', 'suspended', 'expired'],
  ])('%s moves a bundle from %s to %s', (action, from, to) => {
    const moved = transitionBundle(bundleIn(from), action, { actorId: 'u1', at, reason: '理由说明' });
    expect(moved).toMatchObject({ status: to, version: 2, statusChangedAt: at, statusChangedBy: 'u1' });
  });

  it.each<[BundleAction, BundleStatus]>([
    ['publish', 'draft'],
    ['submit', 'published'],
    ['restore', 'published'],
    ['suspend', 'suspended'],
    ['withdraw', 'withdrawn'],
    ['withdraw', 'expired'],
  ])('refuses %s from %s with 409', (action, from) => {
    expect(() => transitionBundle(bundleIn(from), action, { actorId: 'u1', at, reason: '理由说明' })).toThrow(
      expect.objectContaining({ code: 'invalid_transition', status: 409, details: { status: from, action } }),
    );
  });

  it.each<[BundleAction, BundleStatus]>([
    ['reject', 'submitted'],
    ['withdraw', 'published'],
    ['suspend', 'published'],
  ])('needs a reason to %s', (action, from) => {
    expect(() => transitionBundle(bundleIn(from), action, { actorId: 'u1', at, reason: ' ' })).toThrow(
      expect.objectContaining({ code: 'reason_required', status: 422 }),
    );
  });

  it('records when a bundle was submitted, published and withdrawn, and clears an old reason', () => {
    const rejected = { ...bundleIn('submitted'), status: 'rejected' as const, statusReason: '估算说明不清' };
    expect(transitionBundle(rejected, 'submit', { actorId: 'u1', at })).not.toHaveProperty('statusReason');
    expect(transitionBundle(bundleIn('submitted'), 'publish', { actorId: 'o1', at }).publishedAt).toBe(at);
    expect(
      transitionBundle(bundleIn('published'), 'withdraw', { actorId: 'u1', at, reason: '调整' }).withdrawnAt,
    ).toBe(at);
  });

  it('lists the actions open from each status', () => {
    expect(bundleActionsFrom('draft')).toEqual(['submit', 'withdraw']);
    expect(bundleActionsFrom('published')).toEqual(['withdraw', 'suspend', 'expire']);
    expect(bundleActionsFrom('withdrawn')).toEqual([]);
  });
});

describe('decideAsHolder', () => {
  it('records the decision for the holder only', () => {
    const decided = decideAsHolder(bundleIn('draft'), 'org-ls', 'consented', {
      actorId: 'u2',
      at,
      note: ' 同意 ',
    });
    expect(decided.holders).toEqual([
      { orgId: 'org-uni', name: '湘江大学', decision: 'pending' },
      {
        orgId: 'org-ls',
        name: '麓山大学',
        decision: 'consented',
        decidedAt: at,
        decidedBy: 'u2',
        note: '同意',
      },
    ]);
    expect(decided.version).toBe(2);
  });

  it.each<BundleStatus>(['withdrawn', 'expired'])('refuses a decision on a %s bundle', (status) => {
    expect(() => decideAsHolder(bundleIn(status), 'org-ls', 'consented', { actorId: 'u2', at })).toThrow(
      expect.objectContaining({ code: 'bundle_closed', status: 409 }),
    );
  });

  it('refuses an organisation that holds no member', () => {
    expect(() => decideAsHolder(bundleIn('draft'), 'org-x', 'declined', { actorId: 'u2', at })).toThrow(
      expect.objectContaining({ code: 'not_a_holder' }),
    );
  });
});

describe('evidence lines', () => {
  it('say who did what to which bundle, and why', () => {
    const rejected = transitionBundle(bundleIn('submitted'), 'reject', {
      actorId: 'o1',
      at,
      reason: '估算说明不清',
    });
    expect(bundleChangeSummary(rejected, 'reject', '李审查员')).toBe(
      '李审查员 驳回专利包「锂电池正极材料专利包」（2 件专利，编号 B1），理由：估算说明不清',
    );
    expect(bundleChangeAction('restore')).toBe('bundle.restored');
  });

  it('name the holder’s patents and its note on its consent', () => {
    const decided = decideAsHolder(bundleIn('draft'), 'org-uni', 'declined', {
      actorId: 'u1',
      at,
      note: '拟独占许可',
    });
    expect(holderDecisionSummary(decided, 'org-uni', '王老师')).toBe(
      '王老师 代表湘江大学不同意将其专利 ZL201710601862.3 纳入麓谷园区组建的专利包「锂电池正极材料专利包」（2 件专利，编号 B1），说明：拟独占许可',
    );
  });
});
