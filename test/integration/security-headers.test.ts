import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicyHeader } from '@openlicense/domain';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountWeb } from '../../packages/local/src/static-web.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/** Every answer of the local server carries the security headers and the site's one Content-Security-Policy. */
let api: ReturnType<typeof createTestApi>;
const web = new Hono();

beforeAll(async () => {
  api = createTestApi(await createTestTable());
  const dist = mkdtempSync(join(tmpdir(), 'openlicense-web-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>openlicense</title>');
  writeFileSync(join(dist, 'app.js'), 'console.log(1)');
  mountWeb(web, dist);
});

function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader());
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
}

describe('security headers', () => {
  it.each([
    ['/api/health', 200],
    ['/api/docs', 200],
    ['/api/docs/init.js', 200],
    ['/api/openapi.json', 200],
    ['/api/me', 401],
    ['/not-api', 404],
  ])('are on %s (HTTP %i)', async (path, status) => {
    // Act
    const res = await api.request(path);

    // Assess
    expect(res.status).toBe(status);
    expectSecurityHeaders(res);
  });

  it.each([
    ['/', 200],
    ['/app.js', 200],
    ['/patents', 200],
    ['/missing.css', 404],
  ])('are on the web app %s (HTTP %i)', async (path, status) => {
    // Act
    const res = await web.request(path);

    // Assess
    expect(res.status).toBe(status);
    expectSecurityHeaders(res);
  });

  it('are on the 429 of a throttled sign-in', async () => {
    // Prepare
    const email = `nobody-${Date.now()}@test.openlicense.cn`;
    for (let i = 0; i < 5; i++)
      await api.request('/api/auth/local/token', {
        method: 'POST',
        json: { email, password: 'wrong-pass1' },
      });

    // Act
    const res = await api.request('/api/auth/local/token', {
      method: 'POST',
      json: { email, password: 'wrong-pass1' },
    });

    // Assess
    expect(res.status).toBe(429);
    expectSecurityHeaders(res);
  });

  it('serves the docs page with no inline script: its set-up is a script file of the API', async () => {
    // Act
    const page = await (await api.request('/api/docs')).text();
    const init = await api.request('/api/docs/init.js');

    // Assess
    expect(page).not.toMatch(/<script>/);
    expect(page).toContain('<script src="/api/docs/init.js"></script>');
    expect(page).toContain('data-openapi-url="/api/openapi.json"');
    expect(init.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await init.text()).toContain('SwaggerUIBundle');
  });
});
