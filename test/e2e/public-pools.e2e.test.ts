import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

/**
 * Issue 13 items 2 and 3: the park's public patent pool is in the public catalogue behind the kind filter
 * and its page opens without signing in; a university's ledger shows a declared patent's state and offers
 * no second declaration of it.
 */
const TEST_TIMEOUT = 120_000;
const POOL = '麓谷新能源汽车电驱与动力电池公共专利池';
const PARK = '长沙麓谷先进制造产业园管理委员会';
const NO_ACTIONS = '当前状态下没有可执行的操作';

let session: BrowserSession;

describe('public pools and declared patents (issue 13) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets a signed-out visitor find the park’s pool with the kind filter and read its page',
    async () => {
      // Prepare: signed out, on the catalogue
      const page = await session.openPage();
      await page.goto(`${session.url}/#/catalogue`);
      await page.waitForSelector('#catalogue-search');

      // Act: choose 专利包
      await page.check('#catalogue-kind input[value=bundle]');
      await page.waitForFunction(() => location.hash.includes('kind=bundle'));
      const row = page.locator('#listing-results li[data-bundle-id]', { hasText: POOL });
      await row.waitFor();

      // Assess: only bundles, each with its organiser, patent count and one price
      expect(await page.locator('#listing-results li[data-listing-id]').count()).toBe(0);
      expect(await row.locator('[data-organiser]').textContent()).toBe(PARK);
      expect(await row.locator('[data-patent-count]').getAttribute('data-patent-count')).toBe('4');
      expect(await row.locator('[data-royalty]').textContent()).toContain('入门费');
      expect(await row.locator('[data-kind=bundle]').textContent()).toBe('公共专利池');
      await screenshot(page, 'catalogue-pools');

      // Act: open it
      await row.locator('.listing-title').click();
      await page.waitForSelector('#bundle-title');

      // Assess: the page stays open to the visitor, with the way to take the licence after signing in
      expect(await page.evaluate(() => location.hash)).toMatch(/^#\/bundles\/[0-9A-Z]{26}$/);
      expect(await page.textContent('#bundle-title')).toBe(POOL);
      await page.waitForSelector('[data-sign-in-note]');
      expect(await page.getAttribute('[data-action=sign-in]', 'href')).toBe('#/login');
      expect(await page.locator('[data-action=take-licence]').count()).toBe(0);
      expect(await page.textContent('main')).not.toContain(NO_ACTIONS);
      await screenshot(page, 'pool-public-page');
      expect(session.pageErrors).toEqual([]);
      expect(session.externalRequests).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'offers an approved enterprise the licence on the pool page without a contradictory note',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');
      await page.goto(`${session.url}/#/catalogue?kind=bundle`);
      const row = page.locator('#listing-results li[data-bundle-id]', { hasText: POOL });

      // Act
      await row.locator('.listing-title').click();
      await page.waitForSelector('#bundle-take [data-action=take-licence]');

      // Assess
      expect(await page.textContent('main')).not.toContain(NO_ACTIONS);
      expect(await page.locator('#bundle-next-title').count()).toBe(0);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the university a declared patent’s state in its ledger and no way to declare it twice',
    async () => {
      // Prepare: a patent of the university's whose open licence is published
      const token = await apiToken(session, 'university');
      const ledger = (await (
        await fetch(`${session.url}/api/patents?limit=200`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { declarations: Record<string, { id: string; status: string }> };
      const [number, declared] =
        Object.entries(ledger.declarations).find(([, state]) => state.status === 'published') ?? [];
      if (!number || !declared) throw new Error('the demo university has no published declaration');
      const page = await session.openPage();
      await signIn(session, page, 'university');

      // Act
      await page.click('[data-route=patents]');
      const row = page.locator(`#patent-table tr[data-number="${number}"]`);
      await row.waitFor();

      // Assess: its state, a link to it, and no 声明开放许可
      expect(await row.locator('[data-declaration-status]').textContent()).toBe('开放许可已公告');
      expect(await row.locator('[data-action=declare]').count()).toBe(0);
      expect(await row.locator('[data-action=open-declaration]').getAttribute('href')).toBe(
        `#/declarations/${declared.id}`,
      );
      await screenshot(page, 'ledger-declaration-state');

      // Act: try a second declaration of it all the same, by its address, with absolute claims in 宣传介绍
      await page.goto(`${session.url}/#/declarations/new?patent=${encodeURIComponent(number)}`);
      await page.waitForSelector('#declaration-form');
      await page.check('input[name=declaration-royalty-method][value=running_royalty]');
      await page.selectOption('#declaration-royalty-base', 'net_sales');
      await page.fill('#declaration-royalty-rate', '3');
      await page.fill(
        '#declaration-estimation-note',
        '参照同类专利许可费率（净销售额的 2%–5%）确定为净销售额的 3%。',
      );
      await page.fill('#declaration-marketing-text', '国内最好、最先进的技术');

      // Assess: the live check names the declaration in force (and the absolute claims, as a warning)
      await page.waitForSelector('#declaration-guards [data-guard=declaration_active]');
      await page.waitForSelector('[data-declaration-active]');
      const claims = page.locator('#declaration-guards [data-guard=marketing_absolute_claims]');
      await claims.waitFor();
      expect(await claims.textContent()).toContain('最好、最先进');

      // Act: submit all the same
      const submit = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/declarations' && response.request().method() === 'POST',
      );
      await page.click('[data-action=save-submit]');

      // Assess: the check said so before, the submit is refused, and no draft is left behind
      expect((await submit).status()).toBe(409);
      await page.waitForSelector('[data-declaration-active]');
      const drafts = (await (
        await fetch(`${session.url}/api/declarations?status=draft&limit=100`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as { items: { patentNumber: string }[] };
      expect(drafts.items.filter((d) => d.patentNumber === number)).toEqual([]);
      await screenshot(page, 'declaration-active-refused');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
