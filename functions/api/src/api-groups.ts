/**
 * How the API is split into Lambda functions by bounded context, and how a request finds its function:
 * pure data (no route code), read by infra to declare the API Gateway routes and by the laptop's
 * composition to route the same way. A path goes to the group naming one of its exact `routes` (API
 * Gateway prefers those), else to the group owning its first segment (`/api/<prefix>` and below),
 * else to the {@link DEFAULT_API_GROUP}, which answers the 404.
 */
export const API_GROUPS = {
  /** Catalogue & supply: patents, declarations, bundles, the public listings, disputes, statistics. */
  catalogue: {
    prefixes: ['listings', 'patents', 'patent-disputes', 'declarations', 'bundles', 'stats'],
    routes: [],
  },
  /** Demand & push: needs, authorisations, agents, matches, proposals, pushes and the inbox. */
  demand: {
    prefixes: [
      'needs',
      'authorisations',
      'agents',
      'proposals',
      'push-settings',
      'push-preferences',
      'pushes',
      'inbox',
    ],
    routes: ['/listings/{id}/matches'],
  },
  /** Licences, deals, events and their confirmations and notifications. */
  dealing: {
    prefixes: ['licenses', 'deals', 'events', 'confirmations', 'notifications'],
    routes: ['/listings/{id}/licenses', '/bundles/{id}/licenses'],
  },
  /** Organisations and accounts, quotas and their evidence, health and the API's documentation. */
  accounts: {
    prefixes: ['orgs', 'me', 'auth', 'quotas', 'quota-targets', 'evidence', 'health', 'docs', 'openapi.json'],
    routes: [],
  },
} as const satisfies Record<string, { prefixes: readonly string[]; routes: readonly string[] }>;

export type ApiGroup = keyof typeof API_GROUPS;

export const API_GROUP_NAMES = Object.keys(API_GROUPS) as ApiGroup[];

/** Where API Gateway's `/api/{proxy+}` (any path no group claims) goes. */
export const DEFAULT_API_GROUP: ApiGroup = 'accounts';

/** `/listings/{id}/matches` as a pattern matching one path segment per `{param}`. */
const routePattern = (route: string) =>
  new RegExp(`^${route.replace(/\{\w+\}/g, '[^/]+').replace(/[.]/g, '\\.')}$`);

const EXACT = API_GROUP_NAMES.flatMap((group) =>
  API_GROUPS[group].routes.map((route) => ({ group, pattern: routePattern(route) })),
);

/** The group serving `path` (with or without the leading `/api`), as API Gateway routes it. */
export function apiGroupOf(path: string): ApiGroup {
  const below = path.startsWith('/api/') ? path.slice(4) : path === '/api' ? '/' : path;
  const exact = EXACT.find((route) => route.pattern.test(below));
  if (exact) return exact.group;
  const first = below.split('/')[1] ?? '';
  return (
    API_GROUP_NAMES.find((group) => (API_GROUPS[group].prefixes as readonly string[]).includes(first)) ??
    DEFAULT_API_GROUP
  );
}
