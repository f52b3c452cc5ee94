import { describe, expect, it } from 'vitest';
import { type Me, ORG_TYPES, type Org, type OrgStatus, type OrgType } from '../api/types.ts';
import { NAV_BY_ORG_TYPE, navigationFor, PUBLIC_ROUTES, resolveRoute } from './nav-table.ts';

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
    updatedAt: '2026-01-05T02:00:00.000Z',
    version: 1,
  };
}

function me(organisation: Org | null): Me {
  return {
    user: { id: 'u-1', email: 'a@example.com', name: '张三' },
    role: organisation ? 'admin' : null,
    organisation,
    jurisdiction: null,
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

  it.each([
    [
      'university',
      [
        'home',
        'patents',
        'declarations',
        'bundles',
        'licences',
        'deals',
        'events',
        'quota',
        'marketDemand',
        'marketAlerts',
        'conversionNeeds',
        'org',
      ],
    ],
    [
      'enterprise',
      [
        'home',
        'needs',
        'inbox',
        'conversionNeeds',
        'licences',
        'deals',
        'events',
        'quota',
        'patents',
        'declarations',
        'bundles',
        'authorisations',
        'org',
      ],
    ],
    [
      'agency',
      [
        'home',
        'needs',
        'clients',
        'proposals',
        'marketUnmet',
        'conversionNeeds',
        'deals',
        'events',
        'licences',
        'quota',
        'bundles',
        'org',
      ],
    ],
    [
      'park',
      [
        'home',
        'needs',
        'clients',
        'proposals',
        'marketUnmet',
        'conversionNeeds',
        'deals',
        'events',
        'licences',
        'quota',
        'patents',
        'declarations',
        'bundles',
        'org',
      ],
    ],
  ] as const)('gives an approved %s its screens, home first and my organisation last', (type, expected) => {
    expect(routes(me(org(type, 'approved')))).toEqual(expected);
    expect(navigationFor(me(org(type, 'approved'))).banner).toBeNull();
  });

  it('names the need screen as a ledger for an enterprise and as management for agencies and parks', () => {
    const label = (type: OrgType) =>
      NAV_BY_ORG_TYPE[type].find((entry) => entry.route === 'needs')?.label ?? null;
    expect(label('enterprise')).toBe('nav.needLedger');
    expect(label('agency')).toBe('nav.needManagement');
    expect(label('park')).toBe('nav.needManagement');
    expect(label('university')).toBeNull();
  });

  it('names the authorisation screens from each side', () => {
    const labels = (type: OrgType) => NAV_BY_ORG_TYPE[type].map((entry) => entry.label);
    expect(labels('enterprise')).toContain('nav.authorisations');
    expect(labels('enterprise')).not.toContain('nav.clients');
    expect(labels('agency')).toContain('nav.clients');
    expect(labels('park')).toContain('nav.clients');
  });

  it('gives the approved IP office its home, review queues, the quota overview and my organisation', () => {
    expect(routes(me(org('ip_office', 'approved')))).toEqual([
      'home',
      'review',
      'declarationReview',
      'bundleReview',
      'quotaOverview',
      'gradingSettings',
      'marketUnmet',
      'licences',
      'deals',
      'events',
      'org',
    ]);
  });

  it('keeps the review queues to the IP office, declarations to patent holders and bundles to the rest', () => {
    for (const type of ORG_TYPES) {
      const nav = NAV_BY_ORG_TYPE[type].map((entry) => entry.route);
      expect(nav.includes('declarationReview'), type).toBe(type === 'ip_office');
      expect(nav.includes('declarations'), type).toBe(['university', 'enterprise', 'park'].includes(type));
      expect(nav.includes('bundleReview'), type).toBe(type === 'ip_office');
      expect(nav.includes('bundles'), type).toBe(type !== 'ip_office');
    }
  });

  it.each([
    ['university', ['org', 'patents', 'declarations']],
    ['enterprise', ['org', 'needs', 'patents', 'declarations']],
    ['agency', ['org']],
    ['park', ['org', 'patents', 'declarations']],
    ['ip_office', ['org']],
  ] as const)(
    'shows a pending %s its organisation first, its own ledgers and drafts, and the pending banner',
    (type, expected) => {
      const nav = navigationFor(me(org(type, 'pending')));
      expect(nav.entries.map((entry) => entry.route)).toEqual(expected);
      expect(nav.banner).toEqual({ kind: 'pending' });
    },
  );

  it('lands a pending organisation on its application status', () => {
    expect(resolveRoute(null, navigationFor(me(org('enterprise', 'pending'))))).toBe('org');
  });

  it('keeps authorisations and agency screens away from pending organisations', () => {
    for (const type of ORG_TYPES) {
      const nav = routes(me(org(type, 'pending')));
      expect(nav).not.toContain('authorisations');
      expect(nav).not.toContain('clients');
    }
  });

  it('lets a rejected organisation re-apply and shows the reason', () => {
    const nav = navigationFor(me(org('enterprise', 'rejected', '营业执照与名称不符')));
    expect(nav.entries.map((entry) => entry.route)).toEqual(['apply', 'org']);
    expect(nav.banner).toEqual({ kind: 'rejected', reason: '营业执照与名称不符' });
  });

  it('gives the push review to agencies and parks, the inbox to enterprises and quotas to every measured role', () => {
    for (const type of ORG_TYPES) {
      const nav = NAV_BY_ORG_TYPE[type].map((entry) => entry.route);
      const broker = type === 'agency' || type === 'park';
      expect(nav.includes('proposals'), type).toBe(broker);
      expect(nav.includes('quota'), type).toBe(type !== 'ip_office');
      expect(nav.includes('quotaOverview'), type).toBe(type === 'ip_office');
      expect(nav.includes('inbox'), type).toBe(type === 'enterprise');
    }
  });

  it('gives every approved role its licences, deals and events', () => {
    for (const type of ORG_TYPES) {
      const nav = NAV_BY_ORG_TYPE[type].map((entry) => entry.route);
      for (const route of ['licences', 'deals', 'events'] as const)
        expect(nav.includes(route), type).toBe(true);
    }
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

  it('sends a signed-out visitor to sign-in whatever was asked, except the public catalogue', () => {
    expect(resolveRoute('review', navigationFor(null))).toBe('login');
    expect(resolveRoute('declarations', navigationFor(null))).toBe('login');
    expect(resolveRoute(null, navigationFor(null))).toBe('login');
    expect(resolveRoute('catalogue', navigationFor(null))).toBe('catalogue');
  });

  it('opens the public catalogue and the unsubscribe link to every session, whatever its nav', () => {
    expect(PUBLIC_ROUTES).toEqual(['catalogue', 'unsubscribe', 'alertsUnsubscribe']);
    expect(resolveRoute('unsubscribe', navigationFor(null))).toBe('unsubscribe');
    expect(resolveRoute('alertsUnsubscribe', navigationFor(null))).toBe('alertsUnsubscribe');
    for (const session of [me(null), me(org('enterprise', 'pending')), me(org('ip_office', 'approved'))])
      expect(resolveRoute('catalogue', navigationFor(session))).toBe('catalogue');
  });

  it('lets a signed-out visitor open a bundle page, but not an organisation whose nav lacks bundles', () => {
    expect(resolveRoute('bundles', navigationFor(null))).toBe('bundles');
    expect(resolveRoute('bundles', navigationFor(me(org('ip_office', 'approved'))))).toBe('home');
  });

  it('sends a non-office organisation away from the review queue to its first entry', () => {
    expect(resolveRoute('review', navigationFor(me(org('enterprise', 'approved'))))).toBe('home');
  });

  it('keeps the university away from the need screens', () => {
    expect(resolveRoute('needs', navigationFor(me(org('university', 'approved'))))).toBe('home');
    expect(resolveRoute('patents', navigationFor(me(org('agency', 'approved'))))).toBe('home');
  });

  it('sends a signed-in user away from sign-in', () => {
    expect(resolveRoute('login', navigationFor(me(org('ip_office', 'approved'))))).toBe('home');
    expect(resolveRoute('login', navigationFor(me(null)))).toBe('apply');
  });
});
