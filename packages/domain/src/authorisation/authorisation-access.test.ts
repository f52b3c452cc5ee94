import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import type { OrgStatus, OrgType, Role } from '../organisation/index.ts';
import { canManageAuthorisations } from './authorisation-access.ts';

const principal = (
  orgType: OrgType,
  role: Role = 'admin',
  orgStatus: OrgStatus = 'approved',
  orgId = 'ent',
): Principal => ({
  userId: 'u1',
  email: 'u1@test.cn',
  name: '测试',
  membership: { orgId, role, orgType, orgStatus },
});

describe('canManageAuthorisations', () => {
  it('lets the admin of the approved enterprise manage its authorisations', () => {
    expect(canManageAuthorisations(principal('enterprise'), 'ent')).toEqual({ allow: true });
  });

  it.each<[string, Principal | undefined, number, string]>([
    ['a caller who is not signed in', undefined, 401, 'unauthenticated'],
    ['a member who is not admin', principal('enterprise', 'member'), 403, 'forbidden'],
    [
      'the admin of a pending enterprise',
      principal('enterprise', 'admin', 'pending'),
      403,
      'org_not_approved',
    ],
    [
      'the admin of another enterprise',
      principal('enterprise', 'admin', 'approved', 'other'),
      404,
      'not_found',
    ],
    ['an agency admin', principal('agency', 'admin', 'approved', 'agency'), 404, 'not_found'],
    ['the IP office', principal('ip_office', 'admin', 'approved', 'office'), 403, 'forbidden'],
    ['a non-enterprise passing its own id', principal('park', 'admin', 'approved', 'ent'), 403, 'forbidden'],
  ])('refuses %s', (_case, who, status, code) => {
    expect(canManageAuthorisations(who, 'ent')).toMatchObject({ allow: false, status, code });
  });

  it('tells a member that only the admin may do it', () => {
    expect(canManageAuthorisations(principal('enterprise', 'member'), 'ent')).toMatchObject({
      message: expect.stringMatching(/^只有机构管理员可以管理委托授权 \//),
    });
  });
});
