import { type ApiDeps, createLocalIssuer } from '@openlicense/http';
import { describe, expect, it } from 'vitest';
import { API_GROUP_NAMES, API_GROUPS, apiGroupOf } from './api-groups.ts';
import { createApp, createGroupApps } from './app.ts';

// No request is served: the apps are only built to read their route tables.
const issuer = createLocalIssuer('x'.repeat(32));
const deps = { localIssuer: issuer } as unknown as ApiDeps;

/** `GET /api/listings/:id` for each route a handler serves (hono's middleware entries are `ALL /*`). */
const routesOf = (app: { routes: { method: string; path: string }[] }) =>
  new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));

describe('API split by bounded context', () => {
  // Prepare
  const full = routesOf(createApp(deps));
  const groups = createGroupApps(deps);
  const served = Object.fromEntries(API_GROUP_NAMES.map((g) => [g, routesOf(groups[g])]));

  it('serves every route of the whole API in exactly one group, the one its path is routed to', () => {
    // Act
    const problems = [...full].flatMap((route) => {
      const path = route.split(' ')[1]!;
      const servedBy = API_GROUP_NAMES.filter((g) => served[g]!.has(route));
      const routedTo = apiGroupOf(path);
      if (servedBy.length !== 1) return [`${route}: served by ${servedBy.join(', ') || 'no group'}`];
      if (servedBy[0] !== routedTo) return [`${route}: served by ${servedBy[0]} but routed to ${routedTo}`];
      return [];
    });

    // Assess
    expect(full.size).toBeGreaterThan(90);
    expect(problems).toEqual([]);
  });

  it('serves no route in a group that the whole API lacks', () => {
    // Act
    const extra = API_GROUP_NAMES.flatMap((g) => [...served[g]!].filter((route) => !full.has(route)));

    // Assess
    expect(extra).toEqual([]);
  });

  it('gives each path prefix to one group only', () => {
    // Act
    const prefixes = API_GROUP_NAMES.flatMap((g) => API_GROUPS[g].prefixes);

    // Assess
    expect(prefixes.length).toBe(new Set(prefixes).size);
  });

  it('routes an exact route before its prefix, and an unknown path to the group answering 404', () => {
    // Assess
    expect(apiGroupOf('/api/listings/01J/licenses')).toBe('licensing');
    expect(apiGroupOf('/api/bundles/01J/licenses')).toBe('licensing');
    expect(apiGroupOf('/api/deals/01J')).toBe('deals');
    expect(apiGroupOf('/api/listings/01J/matches')).toBe('demand');
    expect(apiGroupOf('/api/listings/01J')).toBe('catalogue');
    expect(apiGroupOf('/api/declarations/01J')).toBe('supply');
    expect(apiGroupOf('/api/nowhere')).toBe('accounts');
    expect(apiGroupOf('/api')).toBe('accounts');
  });
});
