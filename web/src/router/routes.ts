/** Screens of the shell, addressed by the URL hash (`#/apply`); no server routes needed. */
export const ROUTES = {
  login: '#/login',
  home: '#/',
  apply: '#/apply',
  review: '#/review',
  org: '#/org',
  patents: '#/patents',
  needs: '#/needs',
  authorisations: '#/authorisations',
  clients: '#/clients',
  declarations: '#/declarations',
  declarationReview: '#/declaration-review',
  catalogue: '#/catalogue',
  bundles: '#/bundles',
  bundleReview: '#/bundle-review',
  proposals: '#/proposals',
  inbox: '#/inbox',
  quota: '#/quota',
  licences: '#/licences',
  deals: '#/deals',
  events: '#/events',
  quotaOverview: '#/quota-overview',
  marketDemand: '#/market-demand',
  unsubscribe: '#/unsubscribe',
  marketUnmet: '#/market-unmet',
  marketAlerts: '#/market-alerts',
  conversionNeeds: '#/conversion-needs',
  alertsUnsubscribe: '#/alerts-unsubscribe',
  gradingSettings: '#/grading-settings',
} as const;

export type RouteId = keyof typeof ROUTES;

const BY_PATH = new Map<string, RouteId>(
  Object.entries(ROUTES).map(([id, hash]) => [hash.slice(1), id as RouteId]),
);

/**
 * `'#/apply?x=1'` → `'apply'`; a screen's own sub-pages belong to it (`'#/needs/01J…/edit'` → `'needs'`);
 * an empty hash is home and an unknown one `null` (the caller picks a default).
 */
export function parseHash(hash: string): RouteId | null {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (path === '') return 'home';
  const exact = BY_PATH.get(path) ?? BY_PATH.get(path.replace(/\/+$/, '') || '/');
  if (exact) return exact;
  const screen = /^\/[^/]+/.exec(path)?.[0];
  return (screen && BY_PATH.get(screen)) || null;
}
