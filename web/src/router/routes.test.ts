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
    expect(parseHash('#/patents')).toBeNull();
  });

  it('round-trips every route', () => {
    for (const [id, hash] of Object.entries(ROUTES)) expect(parseHash(hash)).toBe(id);
  });
});
