import { describe, expect, it } from 'vitest';
import type { OrgStatus, OrgType, Role } from '../organisation/index.ts';
import { type Action, authorize } from './policy.ts';
import type { Principal } from './principal.ts';

const principal = (
  orgType: OrgType,
  orgId = 'own',
  role: Role = 'admin',
  orgStatus: OrgStatus = 'approved',
): Principal => ({
  userId: 'u1',
  email: 'u1@test.cn',
  name: '测试',
  membership: { orgId, role, orgType, orgStatus },
});
const noOrg: Principal = { userId: 'u2', email: 'u2@test.cn', name: '无机构' };
const allowed = { allow: true };

describe('matching and push rules of the access policy', () => {
  it('shows a listing’s matches to its holder, approved agencies and parks and the IP office only', () => {
    const read = (p: Principal) => authorize(p, 'match.read', { ownerOrgId: 'uni' });
    expect(read(principal('university', 'uni', 'member'))).toEqual(allowed);
    expect(read(principal('agency'))).toEqual(allowed);
    expect(read(principal('park'))).toEqual(allowed);
    expect(read(principal('ip_office'))).toEqual(allowed);
    expect(read(principal('agency', 'own', 'admin', 'pending'))).toMatchObject({ status: 403 });
    expect(read(principal('university'))).toMatchObject({ status: 403 });
    expect(read(principal('enterprise'))).toMatchObject({ status: 403 });
    expect(read(noOrg)).toMatchObject({ status: 403 });
  });

  it.each<Action>(['proposal.list', 'push.settings.read', 'push.list'])(
    'opens %s to agency and park members for their own organisation, hides other brokers’',
    (action) => {
      expect(authorize(principal('agency', 'own', 'member'), action, { ownerOrgId: 'own' })).toEqual(allowed);
      expect(authorize(principal('park', 'own', 'member'), action, { ownerOrgId: 'own' })).toEqual(allowed);
      expect(authorize(principal('agency'), action, { ownerOrgId: 'other' })).toMatchObject({ status: 404 });
      expect(authorize(principal('enterprise'), action, { ownerOrgId: 'own' })).toMatchObject({
        status: 403,
      });
    },
  );

  it('lets only an approved broker approve or reject its proposals', () => {
    for (const action of ['push.send', 'proposal.reject'] as const) {
      expect(authorize(principal('agency', 'own', 'member'), action, { ownerOrgId: 'own' })).toEqual(allowed);
      expect(
        authorize(principal('agency', 'own', 'member', 'pending'), action, { ownerOrgId: 'own' }),
      ).toMatchObject({ status: 403, code: 'org_not_approved' });
      expect(authorize(principal('enterprise'), action, { ownerOrgId: 'own' })).toMatchObject({
        status: 403,
      });
    }
  });

  it('keeps auto-push settings and push preferences to admins', () => {
    expect(authorize(principal('agency', 'own', 'member'), 'push.settings.write')).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('agency'), 'push.settings.write')).toEqual(allowed);
    expect(authorize(principal('enterprise', 'own', 'member'), 'push.preferences.write')).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('enterprise'), 'push.preferences.write')).toEqual(allowed);
    expect(authorize(principal('enterprise', 'own', 'member'), 'push.preferences.read')).toEqual(allowed);
  });

  it('opens the inbox to the enterprise’s members only', () => {
    expect(authorize(principal('enterprise', 'own', 'member', 'pending'), 'inbox.read')).toEqual(allowed);
    expect(
      authorize(principal('enterprise', 'own', 'member'), 'inbox.answer', { ownerOrgId: 'own' }),
    ).toEqual(allowed);
    expect(authorize(principal('enterprise'), 'inbox.answer', { ownerOrgId: 'other' })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('agency'), 'inbox.read')).toMatchObject({ status: 403 });
  });

  it('shows an organisation’s quotas to its members and the IP office, and every broker’s pushes to the office', () => {
    expect(authorize(principal('university', 'own', 'member'), 'quota.read')).toEqual(allowed);
    expect(authorize(principal('agency'), 'quota.read', { ownerOrgId: 'other' })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('ip_office'), 'quota.read', { ownerOrgId: 'other' })).toEqual(allowed);
    expect(authorize(principal('ip_office'), 'push.list', { ownerOrgId: 'other' })).toEqual(allowed);
    expect(authorize(noOrg, 'quota.read')).toMatchObject({ status: 403 });
    expect(authorize(undefined, 'quota.read')).toMatchObject({ status: 401 });
  });
});
