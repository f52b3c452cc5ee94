import { describe, expect, it } from 'vitest';
import type { OrgStatus, OrgType } from '../organisation/index.ts';
import { type Action, authorize } from './policy.ts';
import type { Principal } from './principal.ts';

const principal = (orgType: OrgType, orgStatus: OrgStatus = 'approved', orgId = 'own'): Principal => ({
  userId: 'u1',
  email: 'u1@test.cn',
  name: '测试',
  membership: { orgId, role: 'member', orgType, orgStatus },
});
const noOrg: Principal = { userId: 'u2', email: 'u2@test.cn', name: '无机构' };

describe('authorize · open-licence declarations', () => {
  it.each<OrgType>(['university', 'enterprise', 'park'])(
    'lets a pending %s draft and read its own declarations, but not submit or withdraw them',
    (type) => {
      const pending = principal(type, 'pending');
      const own = { ownerOrgId: 'own' };
      expect(authorize(pending, 'declaration.write', own)).toEqual({ allow: true });
      expect(authorize(pending, 'declaration.read', own)).toEqual({ allow: true });
      for (const action of ['declaration.submit', 'declaration.withdraw'] as const)
        expect(authorize(pending, action, own)).toMatchObject({ status: 403, code: 'org_not_approved' });
    },
  );

  it.each<Action>(['declaration.submit', 'declaration.withdraw'])(
    'lets an approved holder %s its own declaration only',
    (action) => {
      expect(authorize(principal('university'), action, { ownerOrgId: 'own' })).toEqual({ allow: true });
      expect(authorize(principal('university'), action, { ownerOrgId: 'other' })).toMatchObject({
        status: 404,
      });
      expect(authorize(principal('agency'), action, { ownerOrgId: 'own' })).toMatchObject({ status: 403 });
    },
  );

  it("hides another holder's declaration behind 404 and refuses organisations that hold no patents", () => {
    expect(authorize(principal('enterprise'), 'declaration.read', { ownerOrgId: 'other' })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('agency'), 'declaration.read', { ownerOrgId: 'own' })).toMatchObject({
      status: 403,
    });
    expect(authorize(noOrg, 'declaration.write')).toMatchObject({ status: 403 });
  });

  it('lets only the approved IP office read any declaration and review it', () => {
    expect(authorize(principal('ip_office'), 'declaration.read', { ownerOrgId: 'other' })).toEqual({
      allow: true,
    });
    expect(authorize(principal('ip_office'), 'declaration.review', { ownerOrgId: 'other' })).toEqual({
      allow: true,
    });
    expect(authorize(principal('ip_office', 'pending'), 'declaration.review')).toMatchObject({ status: 403 });
    expect(authorize(principal('university'), 'declaration.review', { ownerOrgId: 'own' })).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('ip_office'), 'declaration.submit', { ownerOrgId: 'other' })).toMatchObject({
      status: 403,
    });
  });
});
