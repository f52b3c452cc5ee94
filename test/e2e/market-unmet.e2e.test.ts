import { marketNeeds } from '@openlicense/app/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 90_000;

let session: BrowserSession;
/** Titles of the demo enterprise's needs no agency may read (private): never on the agency's screen. */
let privateTitles: string[] = [];

describe('未满足需求 and 领域提醒, in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    // What the nightly job would have stored (the stack's timer may not have run it yet).
    await marketNeeds(session.store, { now: () => new Date() }).run();
    const token = await apiToken(session, 'enterprise');
    const needs = (await (
      await fetch(`${session.url}/api/needs?limit=100`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { items: { title: string; visibility: string }[] };
    privateTitles = needs.items.filter((need) => need.visibility === 'private').map((need) => need.title);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'shows the demo agency unmet needs by chain and region, and a cell’s readable needs without private titles',
    async () => {
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      await page.click('[data-route=marketUnmet]');
      await page.waitForSelector('#unmet-table');
      const cell = page.locator('[data-cell]').first();
      const count = Number(await cell.textContent());
      expect(count).toBeGreaterThan(0);
      await cell.click();
      await page.waitForSelector('#unmet-cell-needs, #unmet-cell-none');
      const listed = await page.locator('#unmet-cell-needs li').count();
      // The counted line is there only when the cell holds needs the agency may not read: look, do not wait.
      const hiddenLine = page.locator('#unmet-cell-hidden');
      const hidden = (await hiddenLine.count()) > 0 ? ((await hiddenLine.textContent()) ?? '') : '';
      expect(listed + Number(/\d+/.exec(hidden)?.[0] ?? 0)).toBe(count);
      const text = (await page.textContent('body')) ?? '';
      for (const title of privateTitles) expect(text).not.toContain(title);
      await screenshot(page, 'market-unmet');
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the demo university subscribe to field alerts and stop them',
    async () => {
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=marketAlerts]');
      await page.waitForSelector('#alerts-form');
      await page.fill('#alerts-ipc', 'H01M, G06F');
      await page.fill('#alerts-chains', '先进储能材料');
      await page.click('#alerts-form button[type=submit]');
      await page.waitForSelector('#alerts-status[data-active=true]');
      await page.click('#alerts-stop');
      await page.waitForSelector('#alerts-status[data-active=false]');
      expect(session.pageErrors).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'stops a university’s alerts from the e-mail’s unsubscribe link, signed out',
    async () => {
      // Prepare: the demo university subscribes; the e-mail's link carries its subscription's token
      const token = await apiToken(session, 'university');
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const saved = await fetch(`${session.url}/api/market/alerts`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ ipcPrefixes: ['H01M'], industryChains: [] }),
      });
      expect(saved.status).toBe(200);
      const me = (await (await fetch(`${session.url}/api/me`, { headers })).json()) as {
        organisation: { id: string };
      };
      const alert = (await session.store.fieldAlerts.listActive()).find(
        (a) => a.orgId === me.organisation.id,
      );
      if (!alert) throw new Error('the subscription was not stored');

      // Act: the link opened in a browser nobody signed in to
      const page = await session.openPage();
      await page.goto(
        `${session.url}/#/alerts-unsubscribe?token=${encodeURIComponent(alert.unsubscribeToken)}`,
      );
      await page.waitForSelector('[aria-labelledby=alerts-unsubscribe-title][data-state=done]');

      // Assess
      expect(await page.textContent('#alerts-unsubscribe-title')).toMatch(/[\u4e00-\u9fff]/);
      expect((await session.store.fieldAlerts.listActive()).map((a) => a.orgId)).not.toContain(
        me.organisation.id,
      );
      expect(session.pageErrors).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT,
  );
});
