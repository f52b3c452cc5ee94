import { describe, expect, it } from 'vitest';
import type { OrgStatus, OrgType, Role } from '../organisation/index.ts';
import { type Action, authorize } from './policy.ts';
import type { Principal } from './principal.ts';

const principal = (
  orgType: OrgType,
  orgStatus: OrgStatus = 'approved',
  role: Role = 'admin',
  orgId = 'own',
): Principal => ({
  userId: 'u1',
  email: 'u1@test.cn',
  name: '测试',
  membership: { orgId, role, orgType, orgStatus },
});

describe('authorize', () => {
  it('answers 401 for a caller who is not signed in, whatever the action', () => {
    expect(authorize(undefined, 'me.read')).toMatchObject({ allow: false, status: 401 });
  });

  it.each<[Action, OrgType]>([
    ['listing.publish', 'university'],
    ['listing.publish', 'enterprise'],
    ['push.send', 'agency'],
    ['push.send', 'park'],
    ['deal.sign', 'enterprise'],
  ])('lets an approved organisation perform %s (%s)', (action, type) => {
    expect(authorize(principal(type), action, { ownerOrgId: 'own' })).toEqual({ allow: true });
  });

  it.each<Action>(['listing.publish', 'push.send', 'deal.sign'])(
    'refuses %s while the organisation is pending, saying it is not approved',
    (action) => {
      const type: OrgType = action === 'push.send' ? 'agency' : 'university';
      expect(authorize(principal(type, 'pending'), action, { ownerOrgId: 'own' })).toMatchObject({
        allow: false,
        status: 403,
        code: 'org_not_approved',
      });
    },
  );

  it('lets a pending organisation keep its patent ledger (keeping it publishes nothing)', () => {
    expect(authorize(principal('university', 'pending'), 'patent.write', { ownerOrgId: 'own' })).toEqual({
      allow: true,
    });
    expect(authorize(principal('agency'), 'patent.write', { ownerOrgId: 'own' })).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('university'), 'patent.read', { ownerOrgId: 'other' })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('ip_office'), 'patent.read', { ownerOrgId: 'other' })).toEqual({
      allow: true,
    });
  });

  it('refuses a rejected organisation the effects the law counts', () => {
    expect(
      authorize(principal('university', 'rejected'), 'listing.publish', { ownerOrgId: 'own' }),
    ).toMatchObject({
      status: 403,
      code: 'org_not_approved',
    });
  });

  it('does not let an enterprise push or a university push (only agencies and parks push)', () => {
    expect(authorize(principal('enterprise'), 'push.send')).toMatchObject({ status: 403, code: 'forbidden' });
    expect(authorize(principal('university'), 'push.send')).toMatchObject({ status: 403 });
  });

  it("hides another organisation's records behind 404", () => {
    expect(
      authorize(principal('university'), 'listing.publish', { ownerOrgId: 'someone-else' }),
    ).toMatchObject({ status: 404 });
    expect(authorize(principal('enterprise'), 'org.read', { ownerOrgId: 'someone-else' })).toMatchObject({
      status: 404,
    });
  });

  it('lets the IP office read any organisation but not review its own', () => {
    const office = principal('ip_office');
    expect(authorize(office, 'org.read', { ownerOrgId: 'applicant' })).toEqual({ allow: true });
    expect(authorize(office, 'org.review', { ownerOrgId: 'own' })).toMatchObject({ status: 403 });
  });

  it('gives a pending IP office no review powers', () => {
    expect(authorize(principal('ip_office', 'pending'), 'org.list')).toMatchObject({ status: 403 });
  });

  it('lets only the admin resubmit an application', () => {
    expect(
      authorize(principal('enterprise', 'rejected', 'member'), 'org.resubmit', { ownerOrgId: 'own' }),
    ).toMatchObject({
      status: 403,
    });
    expect(
      authorize(principal('enterprise', 'rejected', 'admin'), 'org.resubmit', { ownerOrgId: 'own' }),
    ).toEqual({
      allow: true,
    });
  });

  it('refuses a second organisation to someone who already belongs to one', () => {
    expect(authorize(principal('enterprise'), 'org.apply')).toMatchObject({
      status: 409,
      code: 'already_member',
    });
  });
});
