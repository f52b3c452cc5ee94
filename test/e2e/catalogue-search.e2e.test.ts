import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, screenshot, startBrowserSession } from './browser-session.ts';

/**
 * Issue 10, item 6: the public catalogue finds what people type — one character, a patent number however
 * it is written, an IPC symbol — and its chain filter offers the chains that exist, with counts.
 */
const TEST_TIMEOUT = 120_000;

type Card = {
  id: string;
  kind?: 'bundle';
  title: string;
  patentNumber: string;
  ipc: string[];
  industryChains: string[];
};

let session: BrowserSession;
/** The demo catalogue's single-patent listings as the API lists them, newest first. */
let catalogue: Card[] = [];
/** Every row the catalogue page lists by default: the listings and the public pools (`kind=all`). */
let everything: Card[] = [];

/**
 * Types `q` in the keyword box and searches; once the page shows every row of the search's answer (pools
 * included), the single-patent listings among them.
 */
async function searchFor(page: Page, q: string): Promise<string[]> {
  await page.goto(`${session.url}/#/catalogue`);
  await page.waitForSelector('#catalogue-search');
  await page.fill('#catalogue-q', q);
  const answer = page.waitForResponse(
    (response) =>
      response.url().includes('/api/listings?') && new URL(response.url()).searchParams.get('q') === q,
  );
  await page.click('[data-action=search]');
  const response = await answer;
  expect(response.status()).toBe(200);
  const items = ((await response.json()) as { items: Card[] }).items;
  await page.waitForFunction(
    (expected) =>
      JSON.stringify(
        [
          ...document.querySelectorAll(
            '#listing-results li[data-listing-id], #listing-results li[data-bundle-id]',
          ),
        ].map((row) => (row as HTMLElement).dataset.listingId ?? (row as HTMLElement).dataset.bundleId),
      ) === JSON.stringify(expected) &&
      (expected.length > 0 || document.querySelector('.empty') !== null),
    items.map((item) => item.id),
  );
  return items.filter((item) => item.kind !== 'bundle').map((item) => item.id);
}

describe('public catalogue search (issue 10) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    const response = await fetch(`${session.url}/api/listings?limit=50`);
    catalogue = ((await response.json()) as { items: Card[] }).items;
    const all = await fetch(`${session.url}/api/listings?limit=50&kind=all`);
    everything = ((await all.json()) as { items: Card[] }).items;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'finds the lithium listings for 锂, a listing by its bare number, and the H01M listings for h01m',
    async () => {
      // Prepare
      const page = await session.openPage();
      const lithium = catalogue.filter((card) => card.title.includes('锂')).map((card) => card.id);
      const target = catalogue[0];
      if (!target) throw new Error('the demo catalogue is empty');
      const inH01M = catalogue.filter((card) => card.ipc.some((code) => code.startsWith('H01M')));
      expect(lithium.length).toBeGreaterThan(0);

      // Act
      const byChar = await searchFor(page, '锂');
      await screenshot(page, 'catalogue-one-character');
      const byNumber = await searchFor(page, target.patentNumber.replace('.', ''));
      const byZl = await searchFor(page, `zl${target.patentNumber}`);
      const byIpc = await searchFor(page, 'h01m');

      // Assess: the title hits come first
      expect(byChar.slice(0, lithium.length).sort()).toEqual([...lithium].sort());
      expect(byNumber).toEqual([target.id]);
      expect(byZl).toEqual([target.id]);
      expect(byIpc.sort()).toEqual(inH01M.map((card) => card.id).sort());
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'offers the industry chains that exist with their counts, and choosing one lists that many',
    async () => {
      // Prepare
      const page = await session.openPage();
      // The unfiltered list answers only after the filtered one, as on a slow line: its late total must not
      // replace the filtered list's.
      let filteredAnswered = () => {};
      const filteredDone = new Promise<void>((done) => {
        filteredAnswered = done;
      });
      let unfilteredAnswered = () => {};
      const unfilteredDone = new Promise<void>((done) => {
        unfilteredAnswered = done;
      });
      await page.route(/\/api\/listings\?/, async (route) => {
        const filtered = route.request().url().includes('industryChain=');
        if (!filtered) await filteredDone;
        await route.fulfill({ response: await route.fetch() });
        if (filtered) filteredAnswered();
        else unfilteredAnswered();
      });
      await page.goto(`${session.url}/#/catalogue`);
      await page.waitForSelector('#catalogue-search');

      // Act
      await page.click('[aria-controls=catalogue-filters]');
      await page.waitForSelector('#filter-industry-chain option:nth-child(2)', { state: 'attached' });
      const options = await page.$$eval('#filter-industry-chain option', (items) =>
        items.map((item) => ({
          value: (item as HTMLOptionElement).value,
          label: item.textContent ?? '',
        })),
      );
      const [first] = options.filter((option) => option.value !== '');
      if (!first) throw new Error('no industry chain offered');
      await page.selectOption('#filter-industry-chain', first.value);
      await page.click('#catalogue-filters button[type=submit]');
      await page.waitForFunction(() => location.hash.includes('industryChain='));
      const count = Number(/（(\d+) 项）/.exec(first.label)?.[1]);
      // The filtered list is shown, then the held unfiltered answer arrives; once the page has read it, the
      // filtered total must still stand.
      await unfilteredDone;
      await page.evaluate(() => new Promise((read) => setTimeout(() => setTimeout(read))));

      // Assess: every chain of the catalogue (pools included) is offered, with its count; the chosen one
      // lists that many
      const chains = new Set(everything.flatMap((card) => card.industryChains));
      expect(new Set(options.filter((o) => o.value !== '').map((o) => o.value))).toEqual(chains);
      expect(count).toBe(everything.filter((card) => card.industryChains.includes(first.value)).length);
      expect(await page.getAttribute('[data-total]', 'data-total')).toBe(String(count));
      await screenshot(page, 'catalogue-chain-filter');
      expect(session.pageErrors).toEqual([]);
      expect(session.externalRequests).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the server’s refusal of a search beside its field, with no total, and drops it for the next search',
    async () => {
      // Prepare
      const page = await session.openPage();

      // Act: a region the browser cannot check but the server refuses (a link typed by hand)
      await page.goto(`${session.url}/#/catalogue?region=abc`);
      const refusal = page.locator('#catalogue-filters .field-error');
      await refusal.first().waitFor({ state: 'attached' });
      const refusedText = await refusal.first().textContent();
      const refusedTotal = await page.locator('[data-total]').count();
      await page.goto(`${session.url}/#/catalogue`);
      await page.waitForSelector('[data-total]');

      // Assess
      expect(refusedText).toContain('地区应为行政区划代码');
      expect(refusedTotal).toBe(0);
      expect(await refusal.count()).toBe(0);
      expect(session.externalRequests).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
