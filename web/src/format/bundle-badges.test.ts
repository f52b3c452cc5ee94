import { describe, expect, it } from 'vitest';
import { BUNDLE_STATUSES } from '../api/bundles.ts';
import { messages } from '../i18n/messages.ts';
import { bundleStatusBadge, holderDecisionBadge, isBundleEditable, offerBadge } from './bundle-badges.ts';

describe('bundle badges', () => {
  it('names every status as the server does', () => {
    const zh = messages['zh-CN'];
    expect(BUNDLE_STATUSES.map((status) => zh[bundleStatusBadge(status).label])).toEqual([
      '草稿',
      '待审核',
      '已公告',
      '暂停提供',
      '已驳回',
      '已撤回',
      '已失效',
    ]);
  });

  it('marks a pending consent as waiting and a refusal as a problem', () => {
    expect(holderDecisionBadge('pending').tone).toBe('warn');
    expect(holderDecisionBadge('declined').tone).toBe('danger');
    expect(holderDecisionBadge('consented').tone).toBe('ok');
  });

  it('says whether the bundle is on offer', () => {
    expect(offerBadge(true)).toEqual({ label: 'bundle.offered', tone: 'ok' });
    expect(offerBadge(false).tone).toBe('muted');
  });

  it('lets only drafts and rejected bundles change', () => {
    expect(BUNDLE_STATUSES.filter(isBundleEditable)).toEqual(['draft', 'rejected']);
  });
});
