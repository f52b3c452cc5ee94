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
const allowed = { allow: true };
/** Licensee E, licensor U, broker A. */
const readers = { licenceParties: ['E', 'U', 'A'] };
const filers = { licenceParties: ['E', 'U'] };

describe('open licence rules of the access policy', () => {
  it('lets only approved enterprises take an open licence', () => {
    expect(authorize(principal('enterprise'), 'licence.take')).toEqual(allowed);
    expect(authorize(principal('enterprise', 'own', 'admin', 'pending'), 'licence.take')).toMatchObject({
      status: 403,
      code: 'org_not_approved',
    });
    for (const type of ['university', 'agency', 'park', 'ip_office'] as const)
      expect(authorize(principal(type), 'licence.take')).toMatchObject({ status: 403 });
  });

  it('shows a licence to its licensee, licensors, broker and the IP office; hides it from others', () => {
    for (const [type, id] of [
      ['enterprise', 'E'],
      ['university', 'U'],
      ['agency', 'A'],
      ['ip_office', 'office'],
    ] as const)
      expect(authorize(principal(type, id), 'licence.read', readers)).toEqual(allowed);
    expect(authorize(principal('enterprise', 'E2'), 'licence.read', readers)).toMatchObject({ status: 404 });
  });

  it.each([
    ['the approved licensor', principal('university', 'U'), 200],
    ['a pending licensor', principal('university', 'U', 'admin', 'pending'), 403],
    ['the licensee', principal('enterprise', 'E'), 403],
    ['the broker', principal('agency', 'A'), 403],
    ['the IP office', principal('ip_office', 'office'), 403],
  ] as const)('confirms receipt of a recorded payment: %s → %i', (_, who, status) => {
    const decision = authorize(who, 'licence.confirm', { licenceParties: ['U'] });
    if (status === 200) expect(decision).toEqual(allowed);
    else expect(decision).toMatchObject({ status });
  });

  it('lets either party record the filing, but not the broker or the IP office', () => {
    expect(authorize(principal('enterprise', 'E'), 'licence.file', filers)).toEqual(allowed);
    expect(authorize(principal('university', 'U'), 'licence.file', filers)).toEqual(allowed);
    expect(authorize(principal('agency', 'A'), 'licence.file', filers)).toMatchObject({ status: 404 });
    expect(authorize(principal('ip_office', 'office'), 'licence.file', filers)).toMatchObject({
      status: 403,
    });
  });

  it('lets only the licensee record payments and royalty reports', () => {
    expect(authorize(principal('enterprise', 'E'), 'licence.pay', { ownerOrgId: 'E' })).toEqual(allowed);
    expect(authorize(principal('university', 'U'), 'licence.pay', { ownerOrgId: 'E' })).toMatchObject({
      status: 403,
    });
    expect(authorize(principal('enterprise', 'E2'), 'licence.pay', { ownerOrgId: 'E' })).toMatchObject({
      status: 404,
    });
  });
});
