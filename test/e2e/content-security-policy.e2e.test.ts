import { contentSecurityPolicyHeader } from '@openlicense/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  type DemoKey,
  navRoutes,
  PAGE_WAIT_MS,
  signIn,
  startBrowserSession,
} from './browser-session.ts';

/**
 * The site's Content-Security-Policy is enforced and the pages live within it: walking every main page of
 * the web app as four kinds of organisation, and the API docs, Chromium reports no violation.
 */
const TEST_TIMEOUT = 120_000;
const LOADING = ['加载中…', 'Loading…'];

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 180_000);

afterAll(async () => {
  await session?.close();
}, 60_000);

interface Violations {
  page: Page;
  /** Polls until the page has loaded what it shows: no request in flight and no loading note. */
  settle(): Promise<void>;
  /** `securitypolicyviolation` events and console reports, each as "directive: blocked URI". */
  list(): Promise<string[]>;
}

/** A page that records every CSP violation: the DOM event (from before any page script) and the console's report. */
async function watchedPage(): Promise<Violations> {
  const page = await session.openPage();
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reported.push(message.text());
  });
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return {
    page,
    async list() {
      const events = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      );
      return [...events, ...reported];
    },
    async settle() {
      await page.waitForFunction(
        (loading) =>
          document.readyState === 'complete' &&
          !loading.some((text) => (document.body.textContent ?? '').includes(text)),
        LOADING,
      );
      await expect.poll(() => inFlight, { interval: 100, timeout: PAGE_WAIT_MS }).toBe(0);
    },
  };
}

describe('Content-Security-Policy in Chromium', () => {
  it(
    'is sent with the app shell and reports an inline script the page did not ship (the watch works)',
    async () => {
      // Prepare
      const watched = await watchedPage();

      // Act
      const response = await watched.page.goto(`${session.url}/#/login`);
      await watched.page.waitForSelector('#sign-in-form');
      await watched.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      });
      await watched.page.waitForFunction(
        () => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).length > 0,
      );

      // Assess
      expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicyHeader());
      expect(await watched.page.evaluate(() => 'injected' in window)).toBe(false);
      expect((await watched.list()).join('\n')).toMatch(/script-src/);
    },
    TEST_TIMEOUT,
  );

  it(
    'lets a signed-out visitor use sign-in and the public catalogue without a violation',
    async () => {
      // Prepare
      const watched = await watchedPage();

      // Act
      await watched.page.goto(`${session.url}/#/login`);
      await watched.settle();
      await watched.page.click('[data-header-link=catalogue]');
      await watched.settle();

      // Assess
      expect(await watched.list()).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it.each(['agency', 'enterprise', 'university', 'ip_office'] as const satisfies readonly DemoKey[])(
    'walks every page in the %s navigation without a violation',
    async (who) => {
      // Prepare
      const watched = await watchedPage();
      await signIn(session, watched.page, who);
      const routes = await navRoutes(watched.page);

      // Act
      const visited: string[] = [];
      for (const route of routes) {
        await watched.page.click(`.app-nav a[data-route="${route}"]`);
        await watched.page.waitForSelector(`.app-nav a[data-route="${route}"][aria-current=page]`);
        await watched.settle();
        visited.push(route);
      }

      // Assess
      expect(routes.length).toBeGreaterThan(3);
      expect(visited).toEqual(routes);
      expect(await watched.list()).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'renders the API docs (Swagger UI) under the policy without a violation',
    async () => {
      // Prepare
      const watched = await watchedPage();

      // Act
      const response = await watched.page.goto(`${session.url}/api/docs`);
      await watched.page.waitForSelector('.swagger-ui .opblock-tag', { timeout: 60_000 });
      const tags = await watched.page.locator('.swagger-ui .opblock-tag').count();
      // The last tag listed opens on a click, and one of its operations shows its details
      await watched.page.locator('.swagger-ui .opblock-tag').last().click();
      await watched.page.waitForSelector('.swagger-ui .opblock');
      await watched.page.click('.swagger-ui .opblock-summary');
      await watched.page.waitForSelector('.swagger-ui .opblock-body');
      await watched.settle();
      // Its responses are drawn from the document's shared schemas (`$ref`s into components)
      await watched.page.waitForSelector('.swagger-ui .opblock-body .responses-wrapper .response');
      const shown = (await watched.page.textContent('.swagger-ui')) ?? '';

      // Assess: every tag of the document is listed (folded), not only the first few
      expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicyHeader());
      const documented = (await (await fetch(`${session.url}/api/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { tags?: string[] }>>;
      };
      const tagNames = new Set(
        Object.values(documented.paths).flatMap((methods) =>
          Object.values(methods).flatMap((op) => op.tags ?? []),
        ),
      );
      expect(tagNames.size).toBeGreaterThan(20);
      expect(tags).toBe(tagNames.size);
      expect(shown).not.toMatch(/Resolver error|Could not resolve reference/);
      expect(await watched.list()).toEqual([]);
      expect(session.externalRequests).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
