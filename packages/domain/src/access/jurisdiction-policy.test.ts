import { describe, expect, it } from 'vitest';
import { type Action, authorize } from './policy.ts';
import type { Principal } from './principal.ts';

const office = (regionCode: string | undefined): Principal => ({
  userId: 'u1',
  email: 'office@test.cn',
  name: '审核员',
  membership: {
    orgId: 'office',
    role: 'admin',
    orgType: 'ip_office',
    orgStatus: 'approved',
    ...(regionCode ? { regionCode } : {}),
  },
});

describe('an IP office acts only within its jurisdiction', () => {
  it.each<[Action, string | undefined, string, boolean]>([
    ['org.review', '430100', '430104', true],
    ['org.review', '430100', '350100', false],
    ['org.review', '430000', '430302', true],
    ['org.review', '430000', '350100', false],
    ['org.review', '430104', '430102', false],
    ['org.review', undefined, '430104', false],
    ['quota.read', '430100', '430121', true],
    ['quota.read', '430100', '350100', false],
    ['evidence.read', '430100', '430104', true],
    ['evidence.read', '430100', '350100', false],
  ])('%s by office %s of an organisation in %s: %s', (action, officeRegion, orgRegion, allowed) => {
    const decision = authorize(office(officeRegion), action, { ownerOrgId: 'other', regionCode: orgRegion });
    if (allowed) expect(decision).toEqual({ allow: true });
    else expect(decision).toMatchObject({ allow: false, status: 403, code: 'out_of_jurisdiction' });
  });

  it('still lets the office read an organisation from elsewhere (to say which office covers it)', () => {
    expect(authorize(office('430100'), 'org.read', { ownerOrgId: 'other' })).toEqual({ allow: true });
  });

  it('lets an organisation read its own quota and evidence wherever it is', () => {
    const member: Principal = {
      userId: 'u2',
      email: 'e@test.cn',
      name: '企业',
      membership: {
        orgId: 'e',
        role: 'member',
        orgType: 'enterprise',
        orgStatus: 'approved',
        regionCode: '350100',
      },
    };
    expect(authorize(member, 'quota.read', { regionCode: '350100' })).toEqual({ allow: true });
    expect(authorize(member, 'evidence.read', { ownerOrgId: 'e', regionCode: '350100' })).toEqual({
      allow: true,
    });
  });
});
