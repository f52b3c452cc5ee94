import { describe, expect, it } from 'vitest';
import type { BundleAccessSubject } from '../bundle/bundle-access.ts';
import type { OrgStatus, OrgType, Role } from '../organisation/index.ts';
import { authorize } from './policy.ts';
import type { Principal } from './principal.ts';

const principal = (
  orgType: OrgType,
  orgId = 'own',
  { orgStatus = 'approved', role = 'admin' }: { orgStatus?: OrgStatus; role?: Role } = {},
): Principal => ({
  userId: 'u1',
  email: 'u1@test.cn',
  name: '测试',
  membership: { orgId, role, orgType, orgStatus },
});
const noOrg: Principal = { userId: 'u2', email: 'u2@test.cn', name: '无机构' };
const bundle = (status: BundleAccessSubject['status'] = 'draft'): BundleAccessSubject => ({
  organiserOrgId: 'park',
  holderOrgIds: ['uni-a', 'uni-b'],
  status,
});

describe('authorize · bundles', () => {
  it.each<OrgType>(['university', 'agency', 'park'])(
    'lets an approved %s organise, but not while pending',
    (type) => {
      expect(authorize(principal(type, 'x', { role: 'member' }), 'bundle.organise')).toEqual({ allow: true });
      expect(authorize(principal(type, 'x', { orgStatus: 'pending' }), 'bundle.organise')).toMatchObject({
        status: 403,
        code: 'org_not_approved',
      });
    },
  );

  it('refuses enterprises, the IP office and callers without an organisation as organisers', () => {
    for (const p of [principal('enterprise'), principal('ip_office'), noOrg])
      expect(authorize(p, 'bundle.organise')).toMatchObject({ status: 403 });
  });

  it('lets only the organiser change its bundle: 403 to those who see it, 404 to the rest', () => {
    expect(authorize(principal('park', 'park'), 'bundle.organise', { bundle: bundle() })).toEqual({
      allow: true,
    });
    expect(
      authorize(principal('university', 'uni-a'), 'bundle.organise', { bundle: bundle() }),
    ).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('park', 'other'), 'bundle.organise', { bundle: bundle() })).toMatchObject({
      status: 404,
    });
    expect(
      authorize(principal('park', 'other'), 'bundle.organise', { bundle: bundle('published') }),
    ).toMatchObject({ status: 403 });
  });

  it('shows a bundle to its organiser, its holders and the office, and to everyone once public', () => {
    const allowed = (p: Principal, status?: BundleAccessSubject['status']) =>
      authorize(p, 'bundle.read', { bundle: bundle(status) }).allow;
    expect(allowed(principal('university', 'uni-b', { role: 'member' }))).toBe(true);
    expect(allowed(principal('ip_office', 'office'))).toBe(true);
    expect(allowed(principal('ip_office', 'office', { orgStatus: 'pending' }))).toBe(false);
    expect(allowed(principal('enterprise', 'x'))).toBe(false);
    expect(allowed(noOrg, 'published')).toBe(true);
    expect(allowed(noOrg, 'suspended')).toBe(true);
    expect(allowed(noOrg, 'withdrawn')).toBe(false);
  });

  it('lets an approved holder’s admin consent, and nobody else', () => {
    const consent = (p: Principal) => authorize(p, 'bundle.consent', { bundle: bundle() });
    expect(consent(principal('university', 'uni-a'))).toEqual({ allow: true });
    expect(consent(principal('university', 'uni-a', { role: 'member' }))).toMatchObject({ status: 403 });
    expect(consent(principal('university', 'uni-a', { orgStatus: 'pending' }))).toMatchObject({
      code: 'org_not_approved',
    });
    expect(consent(principal('park', 'park'))).toMatchObject({ status: 403 });
    expect(consent(principal('university', 'x'))).toMatchObject({ status: 404 });
  });

  it('lets only the approved IP office review, and lists bundles for any organisation but the office', () => {
    expect(authorize(principal('ip_office', 'office'), 'bundle.review')).toEqual({ allow: true });
    expect(authorize(principal('park', 'park'), 'bundle.review', { bundle: bundle() })).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('enterprise', 'x'), 'bundle.review', { bundle: bundle() })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('enterprise', 'x', { orgStatus: 'pending' }), 'bundle.list')).toEqual({
      allow: true,
    });
    expect(authorize(principal('ip_office', 'office'), 'bundle.list')).toMatchObject({ status: 403 });
    expect(authorize(noOrg, 'bundle.list')).toMatchObject({ status: 403 });
    expect(authorize(undefined, 'bundle.list')).toMatchObject({ status: 401 });
  });

  it('tells the IP office listing "its" bundles where its bundles are, not that only it may review', () => {
    const refusal = authorize(principal('ip_office', 'office'), 'bundle.list');
    expect(refusal).toMatchObject({ allow: false, status: 403 });
    const message = refusal.allow ? '' : refusal.message;
    expect(message).toContain('/api/bundles/review-queue');
    expect(message).toContain('neither organises nor holds');
    expect(message).not.toContain('only the IP office');
  });
});
