import type { StoreRepositoryName } from '@openlicense/store';

/**
 * How the API is split into Lambda functions by bounded context, and how a request finds its function:
 * pure data (no route code), read by infra to declare the API Gateway routes and by the laptop's
 * composition to route the same way. A path goes to the group naming one of its exact `routes` (API
 * Gateway prefers those), else to the group owning its first segment (`/api/<prefix>` and below),
 * else to the {@link DEFAULT_API_GROUP}, which answers the 404.
 */
export const API_GROUPS = {
  /** The catalogue: patents, the public listings, disputes, statistics, the pickers' look-ups. */
  catalogue: {
    prefixes: ['listings', 'patents', 'patent-disputes', 'stats', 'directory'],
    routes: [],
  },
  /**
   * Supply: declarations and bundles. With the catalogue, one function until zod/mini: split so each bundle stays
   * under 300 KB. It also serves the IP office's grading settings (what a ledger's supply is graded with), which
   * would put the accounts function, beside the quota targets, over 300 KB.
   */
  supply: {
    prefixes: ['declarations', 'bundles', 'grading-settings'],
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
  /** Licences (taken on a listing or a bundle), what awaits confirmation, and the licences' notifications. */
  licensing: {
    prefixes: ['licenses', 'confirmations', 'notifications'],
    routes: ['/listings/{id}/licenses', '/bundles/{id}/licenses'],
  },
  /** Brokered deals and events. With licensing, one function until zod/mini: split so each bundle stays under 300 KB. */
  deals: {
    prefixes: ['deals', 'events'],
    routes: [],
  },
  /**
   * Market signals (issue 14): the demand a university could serve (市场需求), the unmet-demand map, field
   * alerts, and universities' conversion needs (成果转化需求) with enterprises' answers.
   */
  market: {
    prefixes: ['market', 'conversion-needs'],
    routes: [],
  },
  /** Organisations and accounts, quotas and their evidence, health and the API's documentation. */
  accounts: {
    prefixes: ['orgs', 'me', 'auth', 'quotas', 'quota-targets', 'evidence', 'health', 'docs', 'openapi.json'],
    routes: [],
  },
} as const satisfies Record<string, { prefixes: readonly string[]; routes: readonly string[] }>;

export type ApiGroup = keyof typeof API_GROUPS;

/** A repository (or the health probe, `ping`) of the store; `cursors` is no repository: every group has it. */
export type { StoreRepositoryName };

/** The repositories of supply: declarations and bundles over the patents they name. */
const SUPPLY_REPOSITORIES = [
  'users',
  'orgs',
  'idempotency',
  'patents',
  'declarations',
  'bundles',
] as const satisfies readonly StoreRepositoryName[];

/** The repositories of licensing and deals (one function, `dealing`, before they were split). */
const DEALING_REPOSITORIES = [
  'users',
  'orgs',
  'idempotency',
  'patents',
  'declarations',
  'bundles',
  'pushes',
  'leads',
  'licences',
  'deals',
  'events',
] as const satisfies readonly StoreRepositoryName[];

/**
 * The store repositories each group's routes and use-cases reach: its Lambda builds only these (the others
 * and the domain code they pull stay out of its bundle), and the laptop and the tests hand each group a
 * store restricted to them, so a route reaching another repository fails in the tests, not in AWS. The
 * middleware every group runs needs `users`, `orgs` (sign-in) and `idempotency`.
 */
export const GROUP_REPOSITORIES = {
  // The catalogue lists what supply declares, and adds the statistics and the disputes.
  // The ledger shows each patent's grade (分级分类), which the matcher stores, and the needs it matched.
  catalogue: [...SUPPLY_REPOSITORIES, 'orgStats', 'patentDisputes', 'patentGrades', 'needs'],
  // A bundle's organiser and its holders read the member patents' grades (分级分类), which the matcher stores;
  // the IP office edits the settings they are graded with.
  supply: [...SUPPLY_REPOSITORIES, 'patentGrades', 'gradingSettings'],
  demand: [
    'users',
    'orgs',
    'idempotency',
    'patents',
    'declarations',
    'bundles',
    'needs',
    'authorisations',
    'matches',
    'proposals',
    'proposalQueue',
    'pushes',
    'pushPreferences',
    'pushSettings',
    'quotas',
  ],
  // Licensing and deals share one list, as when they were one function: what awaits confirmation reads
  // licences and deals alike, and a deal's lead reads the licences held.
  licensing: DEALING_REPOSITORIES,
  deals: DEALING_REPOSITORIES,
  // Market signals read needs against the organisation's patents; each feature adds what it reaches.
  market: [
    'users',
    'orgs',
    'idempotency',
    'patents',
    'needs',
    'authorisations',
    'marketNeeds',
    'fieldAlerts',
    // 市场需求: the university's grades' matched needs, its published listings' matches, its research fields.
    'patentGrades',
    'declarations',
    'matches',
    'researchFields',
    // 成果转化需求 on a listing (declarations) or a bundle; an answer writes its deal lead with the need.
    'bundles',
    'conversionNeeds',
  ],
  // Licences and deals: a quota report lists what still awaits the organisation's confirmation. The home
  // page's counts (`/me/waiting`) read declarations, bundles, proposals, pushes, events and disputes too.
  accounts: [
    'users',
    'orgs',
    'idempotency',
    'ping',
    'audit',
    'quotas',
    'quotaTargets',
    'licences',
    'deals',
    'evidence',
    'declarations',
    'bundles',
    'proposals',
    'proposalQueue',
    'pushes',
    'events',
    'patentDisputes',
  ],
} as const satisfies Record<ApiGroup, readonly StoreRepositoryName[]>;

/** The repositories of `group`'s store. */
export type GroupRepository<G extends ApiGroup> = (typeof GROUP_REPOSITORIES)[G][number];

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
