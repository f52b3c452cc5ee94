import { describe, expect, it } from 'vitest';
import type { OrgStatus, OrgType, Role } from '../organisation/index.ts';
import { authorize } from './policy.ts';
import type { Principal } from './principal.ts';

const principal = (
  orgType: OrgType,
  orgId = 'own',
  role: Role = 'member',
  orgStatus: OrgStatus = 'approved',
): Principal => ({
  userId: 'u1',
  email: 'u1@test.cn',
  name: '测试',
  membership: { orgId, role, orgType, orgStatus },
});
const noOrg: Principal = { userId: 'u2', email: 'u2@test.cn', name: '无机构' };
const allowed = { allow: true };
const parties = ['uni', 'ent', 'agency'];

describe('deal rules of the access policy', () => {
  it('shows a deal to its parties and broker (approved or not) and to the IP office; others get 404', () => {
    const read = (p: Principal) => authorize(p, 'deal.read', { parties });
    expect(read(principal('university', 'uni'))).toEqual(allowed);
    expect(read(principal('enterprise', 'ent', 'member', 'pending'))).toEqual(allowed);
    expect(read(principal('agency', 'agency'))).toEqual(allowed);
    expect(read(principal('ip_office'))).toEqual(allowed);
    expect(read(principal('ip_office', 'own', 'admin', 'pending'))).toMatchObject({ status: 404 });
    expect(read(principal('enterprise', 'stranger'))).toMatchObject({ status: 404 });
    expect(read(noOrg)).toMatchObject({ status: 403 });
    expect(authorize(undefined, 'deal.read', { parties })).toMatchObject({ status: 401 });
  });

  it('lets approved parties record and move a deal; pending ones are told to wait, the office may not', () => {
    const write = (p: Principal) => authorize(p, 'deal.write', { parties });
    expect(write(principal('enterprise', 'ent'))).toEqual(allowed);
    expect(write(principal('agency', 'agency'))).toEqual(allowed);
    expect(write(principal('enterprise', 'ent', 'member', 'pending'))).toMatchObject({
      status: 403,
      code: 'org_not_approved',
    });
    expect(write(principal('park', 'stranger'))).toMatchObject({ status: 404 });
    expect(write(principal('ip_office'))).toMatchObject({ status: 403, code: 'forbidden' });
    // Before the deal is known (creating one): any approved organisation that may be a party.
    expect(authorize(principal('university'), 'deal.write')).toEqual(allowed);
  });
});

describe('event rules of the access policy', () => {
  it('lets only approved agencies and parks organise, and only their own events', () => {
    expect(authorize(principal('agency'), 'event.organise')).toEqual(allowed);
    expect(authorize(principal('park'), 'event.organise', { ownerOrgId: 'own' })).toEqual(allowed);
    expect(authorize(principal('park'), 'event.organise', { ownerOrgId: 'other' })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('agency', 'own', 'admin', 'pending'), 'event.organise')).toMatchObject({
      code: 'org_not_approved',
    });
    expect(authorize(principal('enterprise'), 'event.organise')).toMatchObject({ status: 403 });
    expect(authorize(principal('ip_office'), 'event.organise')).toMatchObject({ status: 403 });
  });

  it('lets invited enterprises register, and tells others they are not invited', () => {
    const register = (p: Principal) => authorize(p, 'event.register', { parties: ['ent'] });
    expect(register(principal('enterprise', 'ent', 'member', 'pending'))).toEqual(allowed);
    expect(register(principal('enterprise', 'other'))).toMatchObject({ status: 403, code: 'not_invited' });
    expect(register(principal('university', 'ent'))).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('lets an invited organisation of a kind a briefing takes register itself, and nobody else', () => {
    const register = (p: Principal) =>
      authorize(p, 'event.register', { parties: ['uni', 'park'], attendeeTypes: ['university'] });
    expect(register(principal('university', 'uni'))).toEqual(allowed);
    expect(register(principal('university', 'other'))).toMatchObject({ status: 403, code: 'not_invited' });
    // The organising park is a party to its own event, but not a kind its briefing is for
    expect(register(principal('park', 'park'))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(register(principal('enterprise', 'uni'))).toMatchObject({ status: 403, code: 'forbidden' });
    const open = {
      parties: ['office'],
      attendeeTypes: ['university', 'enterprise', 'agency', 'park'] as const,
    };
    expect(authorize(principal('ip_office', 'office'), 'event.register', open)).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('agency', 'office'), 'event.register', open)).toEqual(allowed);
  });
});
