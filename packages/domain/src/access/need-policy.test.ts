import { describe, expect, it } from 'vitest';
import type { NeedAccessSubject } from '../need/need-access.ts';
import type { OrgStatus, OrgType, Role } from '../organisation/index.ts';
import { authorize } from './policy.ts';
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
const need = (overrides: Partial<NeedAccessSubject> = {}): NeedAccessSubject => ({
  ownerOrgId: 'ent',
  visibility: 'public',
  status: 'open',
  ...overrides,
});

describe('need and authorisation rules of the access policy', () => {
  it('lets enterprises list their own ledger only, agencies, parks and the IP office theirs, others none', () => {
    expect(authorize(principal('enterprise', 'ent'), 'need.list', { ownerOrgId: 'ent' })).toEqual({
      allow: true,
    });
    expect(authorize(principal('enterprise'), 'need.list', { ownerOrgId: 'ent' })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('agency'), 'need.list', { ownerOrgId: 'ent' })).toEqual({ allow: true });
    expect(authorize(principal('ip_office'), 'need.list')).toEqual({ allow: true });
    expect(authorize(principal('university'), 'need.list')).toMatchObject({ status: 403 });
    expect(authorize(noOrg, 'need.list')).toMatchObject({ status: 403 });
  });

  it('opens a private need to an agency only while it holds a live authorisation', () => {
    const hidden = need({ visibility: 'private' });
    expect(authorize(principal('agency'), 'need.read', { need: hidden })).toMatchObject({ status: 404 });
    expect(authorize(principal('agency'), 'need.read', { need: hidden, liveAuthorisation: true })).toEqual({
      allow: true,
    });
  });

  it('answers 403 no_authorisation to an agency writing without one, and lets it write with one', () => {
    const write = (liveAuthorisation: boolean) =>
      authorize(principal('park'), 'need.write', {
        ownerOrgId: 'ent',
        liveAuthorisation,
        needAction: 'create',
      });
    expect(write(false)).toMatchObject({ status: 403, code: 'no_authorisation' });
    expect(write(true)).toEqual({ allow: true });
  });

  it('passes the lifecycle action on: a pending enterprise keeps drafts but may not publish', () => {
    const pending = principal('enterprise', 'ent', 'member', 'pending');
    const draft = need({ status: 'draft' });
    expect(authorize(pending, 'need.write', { need: draft })).toEqual({ allow: true });
    expect(authorize(pending, 'need.write', { need: draft, needAction: 'open' })).toMatchObject({
      code: 'org_not_approved',
    });
  });

  it('lets only an approved enterprise admin manage authorisations; agents and the office read theirs', () => {
    expect(authorize(principal('enterprise', 'ent'), 'authorisation.manage', { ownerOrgId: 'ent' })).toEqual({
      allow: true,
    });
    expect(
      authorize(principal('enterprise', 'ent', 'member'), 'authorisation.manage', { ownerOrgId: 'ent' }),
    ).toMatchObject({ status: 403 });
    expect(authorize(noOrg, 'authorisation.manage')).toMatchObject({ status: 403 });
    expect(authorize(principal('agency'), 'authorisation.read')).toEqual({ allow: true });
    expect(authorize(principal('agency'), 'authorisation.read', { ownerOrgId: 'ent' })).toMatchObject({
      status: 404,
    });
    expect(authorize(principal('ip_office'), 'authorisation.read', { ownerOrgId: 'ent' })).toEqual({
      allow: true,
    });
    expect(authorize(principal('university'), 'authorisation.read')).toMatchObject({ status: 403 });
    // Any member of an enterprise sees whom it authorised (pending included); only admins manage.
    expect(authorize(principal('enterprise', 'own', 'member'), 'authorisation.read')).toEqual({
      allow: true,
    });
  });

  it('shows the approved agents to any member of an organisation', () => {
    expect(authorize(principal('university'), 'agent.list')).toEqual({ allow: true });
    expect(authorize(noOrg, 'agent.list')).toMatchObject({ status: 403 });
  });
});
