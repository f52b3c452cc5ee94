import { readFile } from 'node:fs/promises';
import { writeLedgerFile } from '@openlicense/ledger-io';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATENT_SHEET } from '../../functions/spreadsheets/src/patent-sheet.ts';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { patentInput, randomPatentNumber } from '../support/test-api.ts';
import {
  type BrowserSession,
  screenshot,
  signIn,
  startBrowserSession,
  XLSX_MIME,
} from './browser-session.ts';

const TEST_TIMEOUT = 120_000;
const BAD_ROWS = 1_200;

/** `BAD_ROWS` patents whose numbers fail their check digit, each one problem. */
async function fileOfBadRows(): Promise<Buffer> {
  const holder = DEMO_ACCOUNTS_BY_TYPE.university.orgName;
  const rows = Array.from({ length: BAD_ROWS }, () => {
    const number = randomPatentNumber();
    const bad = `${number.slice(0, -1)}${number.endsWith('1') ? '2' : '1'}`;
    return { ...patentInput(bad, { patentees: [{ name: holder }] }), patentees: [holder] };
  });
  return Buffer.from(await writeLedgerFile(PATENT_SHEET, rows));
}

describe('import problems in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  }, TEST_TIMEOUT);
  afterAll(() => session?.close());

  it(
    'lists the first 1,000 problems, says how many there are, and downloads all of them as Excel',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=patents]');
      await page.waitForSelector('#patent-table');

      // Act
      await page.setInputFiles('#patents-import-file', {
        name: '专利台账.xlsx',
        mimeType: XLSX_MIME,
        buffer: await fileOfBadRows(),
      });
      await page.click('#patents-import-form button[type=submit]');
      const result = page.locator('[data-import-result]');
      await result.waitFor();
      const downloading = page.waitForEvent('download');
      await result.locator('[data-action=error-report]').click();
      const download = await downloading;

      // Assess
      expect(await result.locator('[data-count=failed] dd').textContent()).toBe('1200');
      expect(await result.locator('[data-errors-capped]').textContent()).toBe(
        '显示前 1,000 条，共 1,200 条问题',
      );
      expect(await result.locator('.import-errors tbody tr').count()).toBe(1_000);
      expect(download.suggestedFilename()).toBe('导入问题清单.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]!.actualRowCount).toBe(BAD_ROWS + 1);
      expect(session.pageErrors).toEqual([]);
      // The top of the list only: a full-page shot of 1,000 rows is 40,000 pixels tall.
      await result.locator('[data-errors-capped]').scrollIntoViewIfNeeded();
      await screenshot(page, 'patents-import-problems', { fullPage: false });
    },
    TEST_TIMEOUT,
  );
});
