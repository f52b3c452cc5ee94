import type { Me, OrgType } from '../api/types.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { RouteId } from '../router/routes.ts';

export interface NavEntry {
  route: RouteId;
  label: MessageKey;
}

const LOGIN: NavEntry = { route: 'login', label: 'nav.login' };
const HOME: NavEntry = { route: 'home', label: 'nav.home' };
const APPLY: NavEntry = { route: 'apply', label: 'nav.apply' };
const REVIEW: NavEntry = { route: 'review', label: 'nav.review' };
const MY_ORG: NavEntry = { route: 'org', label: 'nav.org' };
const PATENTS: NavEntry = { route: 'patents', label: 'nav.patents' };
const NEED_LEDGER: NavEntry = { route: 'needs', label: 'nav.needLedger' };
const NEED_MANAGEMENT: NavEntry = { route: 'needs', label: 'nav.needManagement' };
const AUTHORISATIONS: NavEntry = { route: 'authorisations', label: 'nav.authorisations' };
const CLIENTS: NavEntry = { route: 'clients', label: 'nav.clients' };
const DECLARATIONS: NavEntry = { route: 'declarations', label: 'nav.declarations' };
const DECLARATION_REVIEW: NavEntry = { route: 'declarationReview', label: 'nav.declarationReview' };
const BUNDLES: NavEntry = { route: 'bundles', label: 'nav.bundles' };
const BUNDLE_REVIEW: NavEntry = { route: 'bundleReview', label: 'nav.bundleReview' };
const PROPOSALS: NavEntry = { route: 'proposals', label: 'nav.proposals' };
const INBOX: NavEntry = { route: 'inbox', label: 'nav.inbox' };
const QUOTA: NavEntry = { route: 'quota', label: 'nav.quota' };
const LICENCES: NavEntry = { route: 'licences', label: 'nav.licences' };
const DEALS: NavEntry = { route: 'deals', label: 'nav.deals' };
const EVENTS: NavEntry = { route: 'events', label: 'nav.events' };
const QUOTA_OVERVIEW: NavEntry = { route: 'quotaOverview', label: 'nav.quotaOverview' };
const MARKET_DEMAND: NavEntry = { route: 'marketDemand', label: 'nav.marketDemand' };
const MARKET_UNMET: NavEntry = { route: 'marketUnmet', label: 'nav.marketUnmet' };
const MARKET_ALERTS: NavEntry = { route: 'marketAlerts', label: 'nav.marketAlerts' };
const CONVERSION_NEEDS: NavEntry = { route: 'conversionNeeds', label: 'nav.conversionNeeds' };
const GRADING_SETTINGS: NavEntry = { route: 'gradingSettings', label: 'nav.gradingSettings' };

/**
 * Screens anyone may open, signed in or not: the public catalogue (linked in the header, not the nav) and
 * the unsubscribe links of the push e-mails and of the weekly field alerts.
 */
export const PUBLIC_ROUTES: readonly RouteId[] = ['catalogue', 'unsubscribe', 'alertsUnsubscribe'];

/**
 * Screens a signed-out visitor may open besides the public ones: a published bundle's page
 * (`#/bundles/{id}`) is public, as the API serves it; the screen itself sends a visitor asking for
 * anything else under it (the list, the builder) to sign in.
 */
export const VISITOR_ROUTES: readonly RouteId[] = ['bundles'];

/**
 * What an approved organisation of each type sees. Add a screen to a role by adding one
 * entry here, and only once the screen exists.
 */
export const NAV_BY_ORG_TYPE: Readonly<Record<OrgType, readonly NavEntry[]>> = {
  university: [
    HOME,
    PATENTS,
    DECLARATIONS,
    BUNDLES,
    LICENCES,
    DEALS,
    EVENTS,
    QUOTA,
    MARKET_DEMAND,
    MARKET_ALERTS,
    CONVERSION_NEEDS,
    MY_ORG,
  ],
  enterprise: [
    HOME,
    NEED_LEDGER,
    INBOX,
    CONVERSION_NEEDS,
    LICENCES,
    DEALS,
    EVENTS,
    QUOTA,
    PATENTS,
    DECLARATIONS,
    BUNDLES,
    AUTHORISATIONS,
    MY_ORG,
  ],
  agency: [
    HOME,
    NEED_MANAGEMENT,
    CLIENTS,
    PROPOSALS,
    MARKET_UNMET,
    CONVERSION_NEEDS,
    DEALS,
    EVENTS,
    LICENCES,
    QUOTA,
    BUNDLES,
    MY_ORG,
  ],
  park: [
    HOME,
    NEED_MANAGEMENT,
    CLIENTS,
    PROPOSALS,
    MARKET_UNMET,
    CONVERSION_NEEDS,
    DEALS,
    EVENTS,
    LICENCES,
    QUOTA,
    PATENTS,
    DECLARATIONS,
    BUNDLES,
    MY_ORG,
  ],
  ip_office: [
    HOME,
    REVIEW,
    DECLARATION_REVIEW,
    BUNDLE_REVIEW,
    QUOTA_OVERVIEW,
    GRADING_SETTINGS,
    MARKET_UNMET,
    LICENCES,
    DEALS,
    EVENTS,
    MY_ORG,
  ],
};

/**
 * What an organisation still awaiting approval sees: its application first, then the ledgers it may
 * already keep and the declarations it may already draft (keeping a ledger needs no approval; publishing
 * and submitting do, and those buttons say so).
 */
export const PENDING_NAV_BY_ORG_TYPE: Readonly<Record<OrgType, readonly NavEntry[]>> = {
  university: [MY_ORG, PATENTS, DECLARATIONS],
  enterprise: [MY_ORG, NEED_LEDGER, PATENTS, DECLARATIONS],
  agency: [MY_ORG],
  park: [MY_ORG, PATENTS, DECLARATIONS],
  ip_office: [MY_ORG],
};

export type Banner = { kind: 'no-org' } | { kind: 'pending' } | { kind: 'rejected'; reason: string | null };

export interface Navigation {
  entries: readonly NavEntry[];
  banner: Banner | null;
}

/** The nav and banner for a session: `null` means not signed in. */
export function navigationFor(me: Me | null): Navigation {
  if (!me) return { entries: [LOGIN], banner: null };
  const org = me.organisation;
  if (!org) return { entries: [APPLY], banner: { kind: 'no-org' } };
  switch (org.status) {
    case 'pending':
      return { entries: PENDING_NAV_BY_ORG_TYPE[org.type], banner: { kind: 'pending' } };
    case 'rejected':
      return { entries: [APPLY, MY_ORG], banner: { kind: 'rejected', reason: org.rejectionReason ?? null } };
    case 'approved':
      return { entries: NAV_BY_ORG_TYPE[org.type], banner: null };
  }
}

/**
 * Where a request for `route` lands: the route itself when this session may see it (a public route is
 * open to every session), otherwise the session's first nav entry (e.g. a signed-out visitor lands on
 * sign-in).
 */
export function resolveRoute(requested: RouteId | null, nav: Navigation): RouteId {
  const allowed = nav.entries.map((entry) => entry.route);
  if (requested && (allowed.includes(requested) || PUBLIC_ROUTES.includes(requested))) return requested;
  // Only the signed-out navigation offers sign-in.
  if (requested && allowed.includes('login') && VISITOR_ROUTES.includes(requested)) return requested;
  return allowed[0] ?? 'login';
}
