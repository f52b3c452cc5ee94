import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiToken,
  type BrowserSession,
  fillTemplate,
  navOf,
  navRoutes,
  screenshot,
  signIn,
  startBrowserSession,
  XLSX_MIME,
} from './browser-session.ts';

const TEST_TIMEOUT = 90_000;
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** A 12-digit application number with its check character (weights 2–9,2–5, mod 11, 10 = X), kept local. */
function withCheck(digits: string): string {
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  const check = sum % 11;
  return `${digits}.${check === 10 ? 'X' : check}`;
}

function withWrongCheck(digits: string): string {
  const right = withCheck(digits).slice(-1);
  return `${digits}.${right === '1' ? '2' : '1'}`;
}

const FIRST = withCheck('202410765431');
const SECOND = withCheck('202410765432');
const BAD = withWrongCheck('202410765433');
const EDITED_TITLE = '一种端到端测试用硫化物固态电解质膜的连续化制备方法';

function patentRow(number: string, title: string) {
  return {
    专利号: `ZL${number}`,
    专利名称: title,
    专利权人: '中南大学',
    申请日: '2024-03-15',
    授权公告日: '2025-06-20',
    IPC分类号: 'H01M 10/0562',
    关键词: '固态电解质；硫化物',
    产业链: '先进储能材料',
    发明人: '张三；李四',
    年费状态: '已缴',
    程序中止: '否',
  };
}

let session: BrowserSession;

async function openLedger(page: Page): Promise<void> {
  await signIn(session, page, 'university');
  await page.click('[data-route=patents]');
  await page.waitForSelector('#patent-table');
}

describe('patent ledger in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'gives the university its patent ledger with status badges and the template to download',
    async () => {
      // Act
      const page = await openPage();
      await openLedger(page);

      // Assess
      expect(await navRoutes(page)).toEqual(navOf('university'));
      expect(await page.textContent('#patents-title')).toBe('专利台账');
      expect(await page.locator('#patent-table tbody tr').count()).toBeGreaterThan(5);
      expect(await page.textContent('#patent-table')).toContain('年费已缴');
      const download = page.waitForEvent('download');
      await page.click('[data-import=patents] [data-action=template]');
      expect((await download).suggestedFilename()).toBe('专利台账导入模板.xlsx');
      const exported = page.waitForEvent('download');
      await page.click('[data-import=patents] [data-action=export]');
      expect((await exported).suggestedFilename()).toBe('专利台账.xlsx');
      await screenshot(page, 'patents-ledger');
    },
    TEST_TIMEOUT,
  );

  it(
    'imports an XLSX through the ledger screen, counting the created rows and reporting the bad one by row and column',
    async () => {
      // Prepare
      const token = await apiToken(session, 'university');
      const { bytes } = await fillTemplate(session, token, 'patents', [
        patentRow(FIRST, '一种端到端测试用固态电解质膜的制备方法'),
        patentRow(SECOND, '一种端到端测试用锂金属负极保护层及其制备方法'),
        patentRow(BAD, '校验位错误的一行'),
      ]);
      const page = await openPage();
      await openLedger(page);

      // Act
      await page.setInputFiles('#patents-import-file', {
        name: '专利台账.xlsx',
        mimeType: XLSX_MIME,
        buffer: bytes,
      });
      const upload = page.waitForRequest((request) => request.url().endsWith('/api/patents/import'));
      await page.click('#patents-import-form button[type=submit]');

      // Assess
      expect((await upload).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      const result = page.locator('[data-import-result]');
      await result.waitFor();
      expect(await result.locator('[data-count=created] dd').textContent()).toBe('2');
      expect(await result.locator('[data-count=failed] dd').textContent()).toBe('1');
      const errorRow = result.locator('.import-errors tbody tr[data-row="4"]');
      expect(await errorRow.locator('td').nth(1).textContent()).toBe('专利号');
      expect(await errorRow.locator('td').nth(2).textContent()).toContain('校验位');
      await page.waitForSelector(`#patent-table tr[data-number="${FIRST}"]`);
      await page.waitForSelector(`#patent-table tr[data-number="${SECOND}"]`);
      expect(await page.$(`#patent-table tr[data-number="${BAD}"]`)).toBeNull();
      await page.locator('[data-import-result]').scrollIntoViewIfNeeded();
      await screenshot(page, 'patents-import-result');
    },
    TEST_TIMEOUT,
  );

  it(
    'edits an imported patent, and tells the editor to refresh when someone else saved first',
    async () => {
      // Prepare
      const page = await openPage();
      await openLedger(page);
      await page.click(`#patent-table tr[data-number="${FIRST}"] [data-action=edit]`);
      await page.waitForSelector('#patent-form');
      expect(await page.inputValue('#patent-number')).toBe(`ZL${FIRST}`);
      expect(await page.isDisabled('#patent-number')).toBe(true);

      // Someone else saves the same patent meanwhile.
      const token = await apiToken(session, 'university');
      const current = await fetch(`${session.url}/api/patents/${FIRST}`, {
        headers: { Authorization: `Bearer ${token}` },
      }).then((r) => r.json() as Promise<Record<string, unknown>>);
      const { type: _t, expiryDate: _e, holderOrgId: _h, createdAt: _c, updatedAt: _u, ...input } = current;
      const other = await fetch(`${session.url}/api/patents/${FIRST}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...input, keywords: ['固态电解质', '同事补充'] }),
      });
      expect(other.status).toBe(200);

      // Act: the stale save is refused and explained
      await page.fill('#patent-title', EDITED_TITLE);
      await page.click('#patent-form button[type=submit]');

      // Assess
      const stale = page.locator('[data-stale]');
      await stale.waitFor();
      expect(await stale.textContent()).toContain('已被他人修改，请刷新');
      await screenshot(page, 'patents-edit-stale');

      // Act: refresh, edit again, add a pledge, save
      await stale.locator('button').click();
      await stale.waitFor({ state: 'detached' });
      expect(await page.inputValue('#patent-keywords')).toContain('同事补充');
      await page.fill('#patent-title', EDITED_TITLE);
      await page.fill('#patent-pledgee', '长沙银行股份有限公司');
      await page.check('#patent-pledgee-consented');
      await screenshot(page, 'patents-edit');
      await page.click('#patent-form button[type=submit]');

      // Assess
      const row = page.locator(`#patent-table tr[data-number="${FIRST}"]`);
      await row.waitFor();
      expect(await row.locator('.row-title').textContent()).toBe(EDITED_TITLE);
      expect(await row.locator('[data-badge="patent.badge.pledged"]').textContent()).toBe('质押');
      expect(await page.textContent('.toast-success')).toContain(`ZL${FIRST}`);
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses a patent whose patentees do not name the organisation, at the patentees field',
    async () => {
      // Prepare: an enterprise tries to register the university's patent under the university's name
      const page = await openPage();
      await signIn(session, page, 'enterprise');
      await page.click('[data-route=patents]');
      await page.click('[data-action=add-patent]');
      await page.waitForSelector('#patent-form');
      await page.fill('#patent-number', withCheck('202410765439'));
      await page.fill('#patent-title', '抢注他人专利');
      await page.fill('#patent-patentees', '中南大学');
      await page.fill('#patent-filing-date', '2024-03-15');

      // Act
      await page.click('#patent-form button[type=submit]');

      // Assess
      const error = page.locator('#patent-patentees-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('专利权人中没有本机构');
    },
    TEST_TIMEOUT,
  );

  it(
    'explains beside the number that another organisation holds it, files a dispute, and the IP office decides it in its queue',
    async () => {
      // Prepare: an enterprise, a co-patentee by its own account, adds the university's patent
      const page = await openPage();
      await signIn(session, page, 'enterprise');
      await page.click('[data-route=patents]');
      await page.click('[data-action=add-patent]');
      await page.waitForSelector('#patent-form');
      await page.fill('#patent-number', FIRST);
      await page.fill('#patent-title', '重复登记');
      await page.fill('#patent-filing-date', '2024-03-15');

      // Act
      const create = page.waitForRequest(
        (request) => request.url().endsWith('/api/patents') && request.method() === 'POST',
      );
      await page.click('#patent-form button[type=submit]');

      // Assess
      expect((await create).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      const error = page.locator('#patent-number-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('中南大学');
      await page.waitForSelector('[data-dispute-claim]');
      await screenshot(page, 'patents-claimed');

      // Act: file the dispute with a statement and the evidence
      await page.fill('#dispute-statement', '本公司与中南大学共同研发，合同约定专利权共有。');
      await page.fill('#dispute-evidence', '技术开发合同 HT-2024-031');
      await page.click('#dispute-claim-form button[type=submit]');

      // Assess: back on the ledger, the dispute waits for the IP office
      const filed = page.locator('#patent-disputes tr[data-status=open]');
      await filed.waitFor();
      expect(await filed.textContent()).toContain('待裁决');

      // Act: the IP office keeps the patent with the university, with a reason
      const office = await openPage();
      await signIn(session, office, 'ip_office');
      await office.click('[data-route=review]');
      const item = office.locator('#dispute-queue .review-item', { hasText: FIRST });
      await item.waitFor();
      await screenshot(office, 'patents-dispute-queue');
      await item.locator('textarea').fill('登记簿载明专利权人仅为中南大学');
      await item.locator('[data-action=keep-holder]').click();
      await item.waitFor({ state: 'detached' });

      // Assess: the enterprise sees the decision and its reason
      await page.reload();
      const decided = page.locator('#patent-disputes tr[data-status=resolved]');
      await decided.waitFor();
      expect(await decided.textContent()).toContain('维持持有方');
      expect(await decided.textContent()).toContain('登记簿载明专利权人仅为中南大学');
    },
    TEST_TIMEOUT,
  );

  it('loads nothing from outside the local stack and throws no page errors', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

function openPage(): Promise<Page> {
  return session.openPage();
}
