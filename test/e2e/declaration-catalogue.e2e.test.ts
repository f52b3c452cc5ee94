import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { chinaToday, periodEnd } from '../../web/src/format/china-today.ts';
import {
  apiToken,
  type BrowserSession,
  fillTemplate,
  navOf,
  navRoutes,
  type SheetRow,
  screenshot,
  signIn,
  startBrowserSession,
  XLSX_MIME,
} from './browser-session.ts';

const TEST_TIMEOUT = 120_000;
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const UNIVERSITY = DEMO_ACCOUNTS_BY_TYPE.university.orgName;
const CO_OWNER = '湖南湘江检测技术有限公司';

/** A 12-digit application number with its check character (weights 2–9,2–5, mod 11, 10 = X), kept local. */
function withCheck(digits: string): string {
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  const check = sum % 11;
  return `${digits}.${check === 10 ? 'X' : check}`;
}

const SUBJECTS = [
  '高镍三元正极材料',
  '硅碳复合负极',
  '硫化物固态电解质膜',
  '钠离子电池层状氧化物正极',
  '锂金属负极保护层',
  '陶瓷涂覆隔膜',
  '高电压电解液添加剂',
  '储能电池包液冷板',
  '石墨烯导热膜',
  '尖晶石锰酸锂正极',
];
const PROCESSES = ['的制备方法', '的连续化生产工艺', '的表面改性方法', '的在线检测方法', '的回收利用方法'];

/** The one patent declared; its title carries the keyword the anonymous visitor searches for. */
const TITLE = '一种用于重金属离子检测的碳量子点荧光探针及其制备方法';
const KEYWORD = '荧光探针';
const NUMBERS = Array.from({ length: 50 }, (_, i) =>
  withCheck(`20211${String(731_000 + i).padStart(7, '0')}`),
);
const TARGET = NUMBERS[0] ?? '';

/** 50 granted inventions in force, as a university's technology-transfer office would list them. */
function ledgerRows(): SheetRow[] {
  return NUMBERS.map((number, i) => ({
    专利号: `ZL${number}`,
    专利名称: i === 0 ? TITLE : `一种${SUBJECTS[i % 10]}${PROCESSES[Math.floor(i / 10)]}`,
    专利权人: i === 0 ? `${UNIVERSITY}；${CO_OWNER}` : UNIVERSITY,
    申请日: '2021-04-16',
    授权公告日: '2023-05-16',
    IPC分类号: i === 0 ? 'G01N 21/64' : 'H01M 10/0562',
    关键词: i === 0 ? '碳量子点；荧光探针；重金属检测' : '储能；电池材料',
    产业链: i === 0 ? '检验检测' : '先进储能材料',
    发明人: '张三；李四',
    摘要:
      i === 0
        ? '本发明公开了一种碳量子点荧光探针，以柠檬酸和乙二胺为原料水热合成，对水体中铅、汞离子有选择性荧光猝灭响应，检出限低于 10 纳摩尔每升。'
        : '本发明公开了一种电池材料及其制备方法。',
    年费状态: '已缴',
    程序中止: '否',
  }));
}

/** `date` moved by whole days, `YYYY-MM-DD`. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

let session: BrowserSession;
let declarationId = '';
const today = chinaToday();
const TWO_YEARS_END = periodEnd(today, 2);

async function waitForGuard(page: Page, code: string, state: 'attached' | 'detached' = 'attached') {
  await page.waitForSelector(`#declaration-guards [data-guard=${code}]`, { state });
}

describe('open-licence declaration from ledger to public catalogue (issue 3) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'imports a 50-row XLSX through the university’s ledger screen',
    async () => {
      // Prepare
      const token = await apiToken(session, 'university');
      const { bytes, headers } = await fillTemplate(session, token, 'patents', ledgerRows());
      expect(headers).toEqual(expect.arrayContaining(['专利号', '专利名称', '专利权人', '摘要']));
      const page = await session.openPage();
      await signIn(session, page, 'university');
      expect(await navRoutes(page)).toEqual(navOf('university'));
      await page.click('[data-route=patents]');
      await page.waitForSelector('#patent-table');

      // Act
      await page.setInputFiles('#patents-import-file', {
        name: '专利台账-50件.xlsx',
        mimeType: XLSX_MIME,
        buffer: bytes,
      });
      await page.click('#patents-import-form button[type=submit]');

      // Assess
      const result = page.locator('[data-import-result]');
      await result.waitFor();
      expect(await result.locator('[data-count=created] dd').textContent()).toBe('50');
      expect(await result.locator('[data-count=failed] dd').textContent()).toBe('0');
      const row = page.locator(`#patent-table tr[data-number="${TARGET}"]`);
      await row.waitFor();
      expect(await row.locator('.row-title').textContent()).toBe(TITLE);
      expect(await row.locator('[data-action=declare]').textContent()).toBe('声明开放许可');
      await screenshot(page, 'declaration-ledger-imported');
    },
    TEST_TIMEOUT,
  );

  it(
    'declares an imported patent with live validation of every guard, then submits it for review',
    async () => {
      // Prepare: from the ledger row to the form
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=patents]');
      await page.click(`#patent-table tr[data-number="${TARGET}"] [data-action=declare]`);
      await page.waitForSelector('#declaration-form');
      expect(await page.textContent('.patent-summary')).toContain(TITLE);
      expect(await page.inputValue('#declaration-period-start')).toBe(today);
      expect(await page.inputValue('#declaration-period-end')).toBe(periodEnd(today, 3));
      expect(await page.inputValue('#declaration-territory')).toBe('中国大陆');
      expect(await page.textContent('#declaration-marketing legend')).toBe('宣传介绍（不属于法定声明内容）');

      // Act: a running royalty of 3 % of net sales, the estimation note, the marketing text apart
      await page.check('input[name=declaration-royalty-method][value=running_royalty]');
      await page.selectOption('#declaration-royalty-base', 'net_sales');
      await page.fill('#declaration-royalty-rate', '3');
      await page.fill(
        '#declaration-estimation-note',
        '参照同类检测试剂专利许可费率（净销售额的 2%–5%），结合本专利已完成小试验证、产业化投入较低，确定为净销售额的 3%。',
      );
      await page.fill('#declaration-marketing-text', '已完成小试验证，可提供探针合成工艺包与检测方法培训。');

      // Assess: the co-owner has not consented yet; the server's guard says so beside the boxes
      await waitForGuard(page, 'co_owner_not_consented');
      expect(await page.textContent('#declaration-guards [data-guard=co_owner_not_consented]')).toContain(
        '共有人未同意',
      );
      expect(await page.textContent('#declaration-co-owners-error')).toContain(CO_OWNER);

      // Act: the co-owner consents; then a period that is too short
      await page.check(`[data-co-owner="${CO_OWNER}"] input`);
      await waitForGuard(page, 'co_owner_not_consented', 'detached');
      await page.fill('#declaration-period-end', addDays(today, 180));

      // Assess: the guard appears in the panel and beside the field, with its Chinese title and the fix
      await waitForGuard(page, 'period_too_short');
      const periodError = page.locator('#declaration-period-end-error');
      await periodError.waitFor();
      expect(await periodError.textContent()).toBe('许可期限不足一年：许可期限至少一年');
      await screenshot(page, 'declaration-form-guard');

      // Act: fix the period (two years)
      await page.fill('#declaration-period-end', TWO_YEARS_END);

      // Assess: every condition is met
      await waitForGuard(page, 'period_too_short', 'detached');
      await page.waitForSelector('#declaration-guards .guard-ok');
      expect(await page.$('#declaration-period-end-error')).toBeNull();

      // Act: a rate above the reported guidance cap of about 20 % of net sales
      await page.fill('#declaration-royalty-rate', '25');

      // Assess: a warning beside the rate and in the panel, which does not block submitting
      await waitForGuard(page, 'net_sales_rate_above_guidance');
      expect(await page.textContent('#declaration-royalty-rate-warning')).toContain(
        '销售额提成比例高于指导标准',
      );
      expect(await page.textContent('#declaration-guards .guard-ok')).toContain('全部声明条件已满足');
      await screenshot(page, 'declaration-form-warning');

      // Act: back to 3 %
      await page.fill('#declaration-royalty-rate', '3');
      await waitForGuard(page, 'net_sales_rate_above_guidance', 'detached');
      await screenshot(page, 'declaration-form-ready');

      // Act: save and submit (a new declaration is drafted and submitted in one request)
      const create = page.waitForRequest(
        (request) =>
          new URL(request.url()).pathname === '/api/declarations' &&
          new URL(request.url()).searchParams.get('submit') === 'true' &&
          request.method() === 'POST',
      );
      await page.click('[data-action=save-submit]');

      // Assess
      expect((await create).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      const badge = page.locator('[data-badge="declaration.status.submitted"]');
      await badge.waitFor();
      expect(await badge.textContent()).toBe('待审核');
      declarationId = (await page.getAttribute('[data-declaration-id]', 'data-declaration-id')) ?? '';
      expect(declarationId).toMatch(/^[0-9A-Z]{26}$/);
      const statutory = page.locator('[data-statutory]');
      expect(await statutory.textContent()).toContain('提成支付：按净销售额的 3%');
      expect(await statutory.textContent()).toContain(`${today} 至 ${TWO_YEARS_END}`);
      expect(await statutory.textContent()).toContain(`${UNIVERSITY}、${CO_OWNER}`);
      expect(await statutory.textContent()).not.toContain('工艺包');
      expect(await page.textContent('[data-waiting=submitted]')).toContain('等待知识产权局审核');
      expect(await page.textContent('#annual-fee')).toContain('公告后，开放许可期间本专利年费减免 15%');
      await screenshot(page, 'declaration-detail-submitted');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the IP office publish it from the declaration review queue',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'ip_office');
      expect(await navRoutes(page)).toEqual(navOf('ip_office'));
      await page.click('[data-route=declarationReview]');
      const item = page.locator(`#declaration-queue li[data-declaration-id="${declarationId}"]`);
      await item.waitFor();
      expect(await item.locator('.review-head .badge').textContent()).toBe(UNIVERSITY);
      expect(await item.locator('[data-statutory]').textContent()).toContain('按净销售额的 3%');
      expect(await item.locator('[data-guards] .guard-ok').textContent()).toBe('全部声明条件已满足。');
      await item.scrollIntoViewIfNeeded();
      await screenshot(page, 'declaration-review-queue');

      // Act
      await item.locator('[data-action=publish]').click();

      // Assess
      await item.waitFor({ state: 'detached' });
      expect(await page.textContent('.toast-success')).toContain('已公告');
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the holder its published declaration, with the price locked and why',
    async () => {
      // Act
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=declarations]');
      const row = page.locator(`#declaration-table tr[data-declaration-id="${declarationId}"]`);
      await row.waitFor();
      expect(await row.locator('[data-badge="declaration.status.published"]').textContent()).toBe('已公告');
      await screenshot(page, 'declaration-list');
      await row.locator('a.row-title').click();

      // Assess
      const locked = page.locator('[data-price-locked]');
      await locked.waitFor();
      expect(await locked.textContent()).toContain('请撤回后重新声明');
      expect(await page.$('[data-action=edit]')).toBeNull();
      expect(await page.$('[data-action=withdraw]')).not.toBeNull();
      expect(await page.textContent('#annual-fee')).toContain('开放许可期间，本专利年费减免 15%');
      await screenshot(page, 'declaration-detail-published');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets an anonymous visitor find it with a Chinese keyword and work out the royalty',
    async () => {
      // Prepare: signed out, the catalogue is linked from the header
      const page = await session.openPage();
      await page.goto(`${session.url}/`);
      await page.waitForSelector('#sign-in-form');
      await page.click('[data-header-link=catalogue]');
      await page.waitForSelector('#catalogue-search');

      // Act: search, polling while the catalogue takes the new listing in
      const row = page.locator(`#listing-results li[data-number="${TARGET}"]`);
      await page.fill('#catalogue-q', KEYWORD);
      await page.click('[data-action=search]');
      for (let attempt = 0; attempt < 30 && (await row.count()) === 0; attempt++) {
        await page.waitForSelector('#listing-results, .empty');
        if ((await row.count()) > 0) break;
        await page.reload();
        await page.waitForSelector('#catalogue-search');
      }

      // Assess: the match is marked in the title. The newest-first list can show the same row (unmarked)
      // while the keyword search is still in flight, so wait for the search's rendering.
      await row.waitFor();
      await row.locator('.listing-title mark').first().waitFor();
      expect(await page.evaluate(() => location.hash)).toBe(`#/catalogue?q=${encodeURIComponent(KEYWORD)}`);
      expect(await row.locator('.listing-title').textContent()).toBe(TITLE);
      expect(await row.locator('.listing-title mark').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringMatching(/荧光|探针/)]),
      );
      expect(await row.locator('[data-royalty]').textContent()).toBe('提成支付：按净销售额的 3%');
      expect(await row.textContent()).toContain(UNIVERSITY);
      await screenshot(page, 'catalogue-search');

      // Act: narrow by IPC class, royalty method and a price ceiling in 万元 (a running royalty's fixed part is 0)
      await page.click('[aria-controls=catalogue-filters]');
      await page.fill('#filter-ipc', 'G01N');
      await page.selectOption('#filter-royalty-method', 'running_royalty');
      await page.fill('#filter-max-price', '50');
      await page.click('#catalogue-filters button[type=submit]');

      // Assess
      await page.waitForFunction(() => location.hash.includes('royaltyMethod=running_royalty'));
      await row.waitFor();
      expect(await page.evaluate(() => location.hash)).toContain('maxPrice=50');
      await screenshot(page, 'catalogue-filters');

      // Act: open it and enter the expected yearly sales
      await row.locator('.listing-title').click();
      await page.waitForSelector('#royalty-calculator');
      expect(await page.textContent('[data-statutory]')).toContain('按净销售额的 3%');
      expect(await page.textContent('.marketing-box')).toContain('工艺包');
      await page.fill('#calculator-yearlySalesFen', '500万');
      await page.click('#calculator-form button[type=submit]');

      // Assess: 3 % of ¥5,000,000 is ¥150,000 a year, over two licence years ¥300,000
      const total = page.locator('#royalty-total');
      await total.waitFor();
      expect(await total.textContent()).toBe('30万元');
      expect(await page.locator('#royalty-years tbody tr').allTextContents()).toEqual([
        '第 1 年15万元',
        '第 2 年15万元',
      ]);
      await screenshot(page, 'catalogue-listing-calculator');
    },
    TEST_TIMEOUT,
  );

  it('loads nothing from outside the local stack and throws no page errors', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
