import { describe, expect, it } from 'vitest';
import { parseHash, ROUTES } from './routes.ts';

describe('parseHash', () => {
  it.each([
    ['', 'home'],
    ['#', 'home'],
    ['#/', 'home'],
    ['#/login', 'login'],
    ['#/apply', 'apply'],
    ['#/apply/', 'apply'],
    ['#/review?status=rejected', 'review'],
    ['#/org', 'org'],
  ] as const)('reads %j as %s', (hash, route) => {
    expect(parseHash(hash)).toBe(route);
  });

  it('returns null for a screen that does not exist', () => {
    expect(parseHash('#/nowhere')).toBeNull();
    expect(parseHash('#/nowhere/else')).toBeNull();
  });

  it.each([
    ['#/needs/01J0000000000000000000000A', 'needs'],
    ['#/needs/new?enterpriseOrgId=E1', 'needs'],
    ['#/patents/201710601862.3/edit', 'patents'],
    ['#/needs?status=open', 'needs'],
    ['#/licences/take/listing/01J0000000000000000000000A?push=P1', 'licences'],
    ['#/licences/01J0000000000000000000000B/notice', 'licences'],
    ['#/quota-overview/ORG1?year=2026', 'quotaOverview'],
    ['#/quota?year=2025', 'quota'],
    ['#/events/E1', 'events'],
  ] as const)('gives the sub-page %j to its screen %s', (hash, route) => {
    expect(parseHash(hash)).toBe(route);
  });

  it('round-trips every route', () => {
    for (const [id, hash] of Object.entries(ROUTES)) expect(parseHash(hash)).toBe(id);
  });
});
