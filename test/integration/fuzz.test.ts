import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/**
 * Property: whatever arrives — random JSON, broken JSON, odd queries, odd ids, odd headers — the
 * API never answers 5xx, and every refusal is `{ error: { code, message } }`.
 */
const ROUTES: Array<{ method: string; path: string }> = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/me' },
  { method: 'POST', path: '/api/auth/local/token' },
  { method: 'POST', path: '/api/auth/local/register' },
  { method: 'POST', path: '/api/orgs' },
  { method: 'GET', path: '/api/orgs' },
  { method: 'GET', path: '/api/orgs/{id}' },
  { method: 'POST', path: '/api/orgs/{id}/approve' },
  { method: 'POST', path: '/api/orgs/{id}/reject' },
  { method: 'PUT', path: '/api/orgs/{id}/application' },
  { method: 'GET', path: '/api/orgs/{id}/members' },
  { method: 'GET', path: '/api/orgs/{id}/audit' },
  { method: 'GET', path: '/api/stats/orgs' },
  { method: 'GET', path: '/api/patents' },
  { method: 'POST', path: '/api/patents' },
  { method: 'GET', path: '/api/patents/{id}' },
  { method: 'PUT', path: '/api/patents/{id}' },
  { method: 'DELETE', path: '/api/patents/{id}' },
];

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const body = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"name":'),
  fc
    .record({
      name: fc.string({ maxLength: 120 }),
      uscc: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('91350100M000100Y43')),
      type: fc.constantFrom('university', 'enterprise', 'agency', 'park', 'ip_office', 'x'),
      regionCode: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('430100')),
      contact: fc.oneof(jsonValue, fc.record({ name: fc.string(), phone: fc.string(), email: fc.string() })),
      reason: fc.string({ maxLength: 600 }),
      version: fc.oneof(fc.integer(), fc.string()),
      email: fc.string(),
      password: fc.string({ maxLength: 200 }),
    })
    .map((v) => JSON.stringify(v)),
);
const id = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  fc.constantFrom(
    '..',
    '%00',
    '%E4%B8%AD',
    'null',
    '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    '201710601862.3',
    'ZL201710601862.X',
  ),
);
const query = fc
  .dictionary(
    fc.constantFrom('status', 'limit', 'cursor', 'x'),
    fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String)),
  )
  .map((q) => new URLSearchParams(q).toString());
const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-8',
    ),
    'idempotency-key': fc.oneof(fc.string({ maxLength: 140 }), fc.uuid()),
  },
  { requiredKeys: [] },
);

describe('fuzzing every route', () => {
  let api: ReturnType<typeof createTestApi>;
  let tokens: Array<string | undefined>;

  beforeAll(async () => {
    const table = await createTestTable();
    api = createTestApi(table);
    tokens = [
      undefined,
      (await api.user('NoOrg')).token,
      (await api.member('ip_office', 'admin')).token,
      (await api.member('enterprise', 'admin', 'pending')).token,
      'not-a-jwt',
    ];
  });

  for (const route of ROUTES) {
    it(`${route.method} ${route.path} never answers 5xx and always explains a refusal`, async () => {
      await fc.assert(
        fc.asyncProperty(body, id, query, headers, fc.nat(tokens.length - 1), async (b, i, q, h, who) => {
          const path = route.path.replace('{id}', encodeURIComponent(i));
          const token = tokens[who];
          const res = await api.app.request(`${path}${q ? `?${q}` : ''}`, {
            method: route.method,
            headers: { ...h, ...(token ? { authorization: `Bearer ${token}` } : {}) },
            ...(route.method === 'GET' ? {} : { body: b }),
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            const json = await res.json();
            expect(json.error).toEqual(
              expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
            );
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('refuses a body over the limit with 413', async () => {
    const res = await api.app.request('/api/auth/local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.cn', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });
});
