import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser-session.ts';
import { borrowPage, CONTEXT_OPTIONS, returnPage } from './page-pool.ts';

/**
 * The worker's page pool (page-pool.ts) lends one file's pages to the next: whatever a borrower leaves
 * behind must be gone, or browser tests would pass or fail by the order they ran in.
 */
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  // A page that sets a cookie, and a text the first borrower reroutes.
  server = createServer((request, response) => {
    if (request.url === '/data') return void response.end('from the server');
    if (request.url !== '/') return void response.writeHead(404).end();
    response.setHeader('Set-Cookie', 'visited=yes; Path=/');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>pool</title><p>page</p>');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await sharedBrowser();
}, 120_000);

afterAll(async () => {
  await new Promise((closed) => server?.close(closed));
});

const borrow = () => borrowPage(browser, 30_000);

describe('the browser tests’ page pool', () => {
  it('lends a page back with nothing of its last borrower: storage, cookies, routes, media, viewport, listeners', async () => {
    // Arrange: a borrower leaves all it can behind
    const first = await borrow();
    await first.goto(`${origin}/`);
    await first.evaluate(() => {
      localStorage.setItem('openlicense.token', 'left behind');
      sessionStorage.setItem('draft', 'left behind');
    });
    await first.route('**/data', (route) => route.fulfill({ body: 'rerouted' }));
    const heard: string[] = [];
    first.on('console', (message) => heard.push(message.text()));
    await first.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await first.setViewportSize({ width: 400, height: 300 });
    first.setDefaultTimeout(1);
    expect(await first.evaluate(() => document.cookie)).toBe('visited=yes');

    // Act
    await returnPage(first);
    const next = await borrow();

    // Assess: the same page (the process is what the pool saves), as a new context would have it
    expect(next).toBe(first);
    expect(next.url()).toBe('about:blank');
    expect(next.viewportSize()).toEqual(CONTEXT_OPTIONS.viewport);
    await next.goto(`${origin}/data`);
    expect(await next.textContent('body')).toBe('from the server');
    expect(
      await next.evaluate(() => ({
        token: localStorage.getItem('openlicense.token'),
        draft: sessionStorage.getItem('draft'),
        cookie: document.cookie,
        print: matchMedia('print').matches,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
      })),
    ).toEqual({ token: null, draft: null, cookie: '', print: false, dark: false });
    await next.evaluate(() => console.log('said to the next borrower'));
    // With the 1 ms its last borrower set, this wait would fail.
    await next.evaluate(() =>
      setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<i id="later"></i>'), 300),
    );
    await next.waitForSelector('#later', { state: 'attached' });
    expect(heard).toEqual([]);
    await returnPage(next);
  });

  it('closes a page whose init script would outlive its borrower instead of lending it again', async () => {
    // Arrange
    const page = await borrow();
    await page.addInitScript(() => localStorage.setItem('openlicense.locale', 'en'));

    // Act
    await returnPage(page);
    const next = await borrow();

    // Assess
    expect(page.isClosed()).toBe(true);
    expect(next).not.toBe(page);
    await returnPage(next);
  });

  it('does not lend a page its borrower closed', async () => {
    // Arrange
    const page = await borrow();
    await page.close();

    // Act
    await returnPage(page);
    const next = await borrow();

    // Assess
    expect(next).not.toBe(page);
    expect(next.isClosed()).toBe(false);
    await returnPage(next);
  });
});
