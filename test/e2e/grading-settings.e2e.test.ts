import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 90_000;

let session: BrowserSession;

describe('分级设置 (the IP office’s grading settings), in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets the demo IP office name a priority chain, shows a bad IPC prefix beside its row, and saves',
    async () => {
      const page = await session.openPage();
      await signIn(session, page, 'ip_office');
      await page.click('[data-route=gradingSettings]');
      await page.waitForSelector('#grading-settings-form');
      expect(await page.textContent('[data-effective]')).toContain('下次夜间分级');
      const rows = await page.locator('#ipc-chain-table tr[data-row]').count();
      expect(rows).toBeGreaterThan(10);
      // A priority chain, and a row whose prefix is no IPC symbol.
      await page.click('[data-action=add-chain]');
      await page.locator('#priority-chains input').last().fill('先进储能材料');
      await page.click('[data-action=add-row]');
      const added = page.locator(`#ipc-chain-table tr[data-row="${rows}"]`);
      await added.locator('input').first().fill('电池');
      await added.locator('input').last().fill('新材料');
      await page.click('[data-action=save]');
      await added.locator('.field-error').waitFor();
      expect(await page.getAttribute('#grading-settings-version', 'data-version')).toBe('0');
      // Without that row the settings save, as version 1, and come back after a reload.
      await added.locator('[data-action=remove-row]').click();
      await page.click('[data-action=save]');
      await page.waitForSelector('#grading-settings-version[data-version="1"]');
      await screenshot(page, 'grading-settings');
      await page.reload();
      await page.waitForSelector('#grading-settings-version[data-version="1"]');
      expect(await page.locator('#priority-chains input').last().inputValue()).toBe('先进储能材料');
      expect(await page.locator('#ipc-chain-table tr[data-row]').count()).toBe(rows);
      expect(session.pageErrors).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT,
  );
});
