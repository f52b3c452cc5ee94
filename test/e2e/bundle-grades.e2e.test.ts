import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 90_000;
const POOL = '麓谷新能源汽车电驱与动力电池公共专利池';

let session: BrowserSession;
let poolId = '';

describe('grades of a pool’s patents (分级分类), in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    const token = await apiToken(session, 'park');
    const page = (await (
      await fetch(`${session.url}/api/bundles?limit=100`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { items: { bundle: { id: string; name: string } }[] };
    poolId = page.items.find((item) => item.bundle.name === POOL)?.bundle.id ?? '';
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'shows the organising park each member’s grade and its reasons, and a signed-out visitor none',
    async () => {
      expect(poolId).not.toBe('');
      // The park that organises the pool
      const page = await session.openPage();
      await signIn(session, page, 'park');
      await page.goto(`${session.url}/#/bundles/${poolId}`);
      await page.waitForSelector('#bundle-members [data-member-grade]');
      const graded = page.locator('#bundle-members [data-member-grade] details[data-grade]');
      expect(await graded.count()).toBeGreaterThan(0);
      await graded.first().locator('summary').click();
      expect(await graded.first().locator('[data-grade-reasons] li').count()).toBeGreaterThan(0);
      expect(await page.textContent('[data-grade-note]')).toContain('每晚分级后更新');
      await screenshot(page, 'bundle-grades');
      await page.close();
      // A visitor reading the published pool
      const visitor = await session.openPage();
      await visitor.goto(`${session.url}/#/bundles/${poolId}`);
      await visitor.waitForSelector('#bundle-members');
      expect(await visitor.locator('[data-member-grade]').count()).toBe(0);
      expect(session.pageErrors).toEqual([]);
      await visitor.close();
    },
    TEST_TIMEOUT,
  );
});
