import { describe, expect, it } from 'vitest';
import { type Me, ORG_TYPES, type Org, type OrgStatus, type OrgType } from '../api/types.ts';
import { NAV_BY_ORG_TYPE, navigationFor, resolveRoute } from './nav-table.ts';

function org(type: OrgType, status: OrgStatus, rejectionReason?: string): Org {
  return {
    id: 'org-1',
    name: '长沙理工大学',
    uscc: '12430000444876116Y',
    type,
    regionCode: '430100',
    contact: { name: '李老师', phone: '0731-00000000', email: 'tto@example.edu.cn' },
    status,
    ...(rejectionReason ? { rejectionReason } : {}),
    createdAt: '2026-01-05T02:00:00.000Z',
    version: 1,
  };
}

function me(organisation: Org | null): Me {
  return {
    user: { id: 'u-1', email: 'a@example.com', name: '张三' },
    role: organisation ? 'admin' : null,
    organisation,
  };
}

const routes = (session: Me | null) => navigationFor(session).entries.map((entry) => entry.route);

describe('navigationFor', () => {
  it('offers only sign-in when signed out', () => {
    expect(routes(null)).toEqual(['login']);
    expect(navigationFor(null).banner).toBeNull();
  });

  it('offers only the application to a user without an organisation', () => {
    expect(routes(me(null))).toEqual(['apply']);
    expect(navigationFor(me(null)).banner).toEqual({ kind: 'no-org' });
  });

  it.each(['university', 'enterprise', 'agency', 'park'] as const)(
    'gives an approved %s home and my organisation, no review',
    (type) => {
      expect(routes(me(org(type, 'approved')))).toEqual(['home', 'org']);
      expect(navigationFor(me(org(type, 'approved'))).banner).toBeNull();
    },
  );

  it('gives the approved IP office the review queue and my organisation', () => {
    expect(routes(me(org('ip_office', 'approved')))).toEqual(['review', 'org']);
  });

  it.each(ORG_TYPES)('shows a pending %s only its organisation and the pending banner', (type) => {
    const nav = navigationFor(me(org(type, 'pending')));
    expect(nav.entries.map((entry) => entry.route)).toEqual(['org']);
    expect(nav.banner).toEqual({ kind: 'pending' });
  });

  it('lets a rejected organisation re-apply and shows the reason', () => {
    const nav = navigationFor(me(org('enterprise', 'rejected', '营业执照与名称不符')));
    expect(nav.entries.map((entry) => entry.route)).toEqual(['apply', 'org']);
    expect(nav.banner).toEqual({ kind: 'rejected', reason: '营业执照与名称不符' });
  });

  it('keeps review out of every non-office nav', () => {
    for (const type of ORG_TYPES.filter((type) => type !== 'ip_office')) {
      expect(NAV_BY_ORG_TYPE[type].map((entry) => entry.route)).not.toContain('review');
    }
  });
});

describe('resolveRoute', () => {
  it('keeps a route the session may see', () => {
    expect(resolveRoute('org', navigationFor(me(org('park', 'approved'))))).toBe('org');
  });

  it('sends a signed-out visitor to sign-in whatever was asked', () => {
    expect(resolveRoute('review', navigationFor(null))).toBe('login');
    expect(resolveRoute(null, navigationFor(null))).toBe('login');
  });

  it('sends a non-office organisation away from the review queue to its first entry', () => {
    expect(resolveRoute('review', navigationFor(me(org('enterprise', 'approved'))))).toBe('home');
  });

  it('sends a signed-in user away from sign-in', () => {
    expect(resolveRoute('login', navigationFor(me(org('ip_office', 'approved'))))).toBe('review');
    expect(resolveRoute('login', navigationFor(me(null)))).toBe('apply');
  });
});
