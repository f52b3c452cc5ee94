import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE, DEMO_USERS } from '../../packages/local/src/seed/demo-data/users.ts';
import {
  type BrowserSession,
  navRoutes,
  screenshot,
  signIn,
  signInAs,
  startBrowserSession,
} from './browser-session.ts';

const TEST_TIMEOUT = 120_000;
const NAME = '岳麓山大学科技城智能制造专利包';
/** Two granted inventions of two universities, neither declared nor pooled in the demo. */
const CSU_PATENT = '202011287604.0';
const HNU_PATENT = '201610938205.3';
const HNU_ADMIN = DEMO_USERS.find((user) => user.orgKey === 'hnu' && user.role === 'admin');

let session: BrowserSession;
let bundleId = '';

async function openBundle(page: Page): Promise<void> {
  await page.click('[data-route=bundles]');
  await page.click(`#bundle-table tr[data-bundle-id="${bundleId}"] a.row-title`);
  await page.waitForSelector(`[data-bundle-id="${bundleId}"] #bundle-title`);
}

async function consentAs(page: Page): Promise<void> {
  await openBundle(page);
  await page.check('#bundle-co-owners');
  await page.click('#bundle-consent [data-action=consent]');
  await page.waitForSelector('#bundle-consent [data-badge="bundle.decision.consented"]');
}

describe('patent bundle built by a park from two universities’ patents (issue 3) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets the park build a bundle by patent number, showing each member’s holder and what blocks it',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'park');
      expect(await navRoutes(page)).toContain('bundles');
      await page.click('[data-route=bundles]');
      await page.waitForSelector('#bundle-table');
      expect(await page.textContent('#bundle-table')).toContain('麓谷新能源汽车电驱与动力电池公共专利池');
      await page.click('[data-action=add-bundle]');
      await page.waitForSelector('#bundle-form');

      // Act
      await page.fill('#bundle-name', NAME);
      await page.fill('#bundle-members-input', `ZL${CSU_PATENT}\nZL${HNU_PATENT}`);
      expect(await page.locator('#bundle-member-preview tbody tr').count()).toBe(2);
      await page.fill('#bundle-royalty-amount', '60万');
      await page.fill(
        '#bundle-estimation-note',
        '按两件成员专利单独许可价之和（约 80 万元）的七五折计，成套一次性收取 60 万元。',
      );
      await page.click('[data-action=save]');

      // Assess: the holders come from the ledger, each asked to consent; not on offer yet
      await page.waitForSelector('#bundle-members');
      bundleId = (await page.getAttribute('[data-bundle-id]', 'data-bundle-id')) ?? '';
      expect(bundleId).toMatch(/^[0-9A-Z]{26}$/);
      expect(await page.textContent(`#bundle-members tr[data-number="${CSU_PATENT}"] [data-holder]`)).toBe(
        '中南大学',
      );
      expect(await page.textContent(`#bundle-members tr[data-number="${HNU_PATENT}"] [data-holder]`)).toBe(
        '湖南大学',
      );
      expect(await page.getAttribute('[data-offered]', 'data-offered')).toBe('false');
      expect(await page.locator('#bundle-members [data-guard=member_not_consented]').count()).toBe(2);
      expect(await page.textContent('[data-badge="bundle.status.draft"]')).toBe('草稿');
      await screenshot(page, 'bundle-draft');
    },
    TEST_TIMEOUT,
  );

  it(
    'asks each holder’s admin to consent for its patents',
    async () => {
      // Act: 中南大学 consents
      const csu = await session.openPage();
      await signIn(session, csu, 'university');
      await csu.click('[data-route=bundles]');
      const row = csu.locator(`#bundle-table tr[data-bundle-id="${bundleId}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-awaiting')).toBe('true');
      await screenshot(csu, 'bundle-list-holder');
      await consentAs(csu);
      await screenshot(csu, 'bundle-consented');

      // Act: 湖南大学 consents
      const hnu = await session.openPage();
      if (!HNU_ADMIN) throw new Error('the demo has no 湖南大学 admin');
      await signInAs(session, hnu, HNU_ADMIN);
      await consentAs(hnu);

      // Assess
      expect(await hnu.locator('#bundle-members [data-guard]').count()).toBe(0);
      expect(await hnu.textContent('[data-blockers]')).toBe('全部成员专利均可声明开放许可');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the park submit it and the IP office publish it, after which it is on offer',
    async () => {
      // Act: the park submits
      const park = await session.openPage();
      await signIn(session, park, 'park');
      await openBundle(park);
      await park.click('[data-action=submit]');
      await park.waitForSelector('[data-badge="bundle.status.submitted"]');

      // Act: the IP office publishes from its bundle queue
      const office = await session.openPage();
      await signIn(session, office, 'ip_office');
      await office.click('[data-route=bundleReview]');
      const item = office.locator(`#bundle-queue li[data-bundle-id="${bundleId}"]`);
      await item.waitFor();
      expect(await item.textContent()).toContain(DEMO_ACCOUNTS_BY_TYPE.park.orgName);
      await screenshot(office, 'bundle-review-queue');
      await item.locator('[data-action=publish]').click();
      await item.waitFor({ state: 'detached' });

      // Assess
      await park.reload();
      await park.waitForSelector('[data-badge="bundle.status.published"]');
      expect(await park.getAttribute('[data-offered]', 'data-offered')).toBe('true');
      expect(await park.textContent('[data-bundle-terms]')).toContain('一次性付费：60万元');
      await screenshot(park, 'bundle-published');
    },
    TEST_TIMEOUT,
  );

  it('loads nothing from outside the local stack and throws no page errors', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
