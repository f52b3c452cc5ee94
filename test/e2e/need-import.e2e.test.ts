import { addYears, isoDateInChina } from '@openlicense/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
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

const TEST_TIMEOUT = 90_000;
const ENTERPRISE = DEMO_ACCOUNTS_BY_TYPE.enterprise.orgName;
const AGENCY = DEMO_ACCOUNTS_BY_TYPE.agency.orgName;
/** A demo enterprise that never authorised the agency. */
const UNAUTHORISED_ENTERPRISE = '湖南湘储先进材料有限公司';
const IMPORTED_TITLES = ['储能电池包液冷板轻量化结构设计', '锂电池极片涂布面密度在线闭环控制'];

/** One need row, under the template's header and its common alternatives (the fill keeps those it finds). */
function needRow(ref: string, enterprise: string, title: string): SheetRow {
  return {
    导入编号: ref,
    客户编号: ref,
    企业名称: enterprise,
    需求名称: title,
    需求描述:
      '公司储能产品线需要提升电池包散热与一致性，现有方案在高倍率工况下温差超过8摄氏度，影响循环寿命与安全。希望与高校合作，获得可量产的结构设计或控制方法，并在两年内完成产线验证。',
    技术指标: '电芯最大温差≤3摄氏度；系统重量降低15%以上',
    产业链: '先进储能材料',
    IPC分类号: 'H01M 10/613',
    '预算下限(万元)': 30,
    '预算上限(万元)': 80,
    合作方式: '开放许可；普通许可',
    '技术成熟度(1-9)': 5,
    // A year ahead: a deadline already past is refused.
    截止日期: addYears(isoDateInChina(new Date()), 1),
    地区代码: '430104',
    联系人: '王丽娟',
    联系电话: '13974810803',
    联系邮箱: 'tech@lugu-battery.demo.openlicense.cn',
    可见范围: '公开',
    是否发布: '是',
  };
}

let session: BrowserSession;
let importFile: Buffer;
let enterpriseOrgId = '';

async function goTo(page: Page, route: string, ready: string): Promise<void> {
  await page.click(`[data-route=${route}]`);
  await page.waitForSelector(ready);
}

describe('needs collected by an agency for an enterprise (issue 4) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets the enterprise authorise the agency',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');
      expect(await navRoutes(page)).toEqual(navOf('enterprise'));
      await goTo(page, 'authorisations', '#grant-form');
      await page.waitForSelector('#grant-agent:not([disabled])');

      // Act
      await page.selectOption('#grant-agent', { label: AGENCY });
      await page.fill('#grant-note', '委托征集本企业储能方向技术需求');
      const grant = page.waitForRequest(
        (request) => request.url().endsWith('/api/authorisations') && request.method() === 'POST',
      );
      await page.click('#grant-form button[type=submit]');

      // Assess
      expect((await grant).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      const row = page.locator(`#authorisation-table tr[data-agent="${AGENCY}"]`);
      await row.waitFor();
      expect(await row.locator('[data-badge="auth.state.live"]').textContent()).toBe('有效');
      expect(await page.textContent('.toast-success')).toContain(AGENCY);
      await screenshot(page, 'authorisations-enterprise');
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the agency the enterprise it now serves, with a live badge and a link to its needs',
    async () => {
      // Act
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      expect(await navRoutes(page)).toEqual(navOf('agency'));
      await goTo(page, 'clients', '#client-table');

      // Assess
      const row = page.locator('#client-table tbody tr', { hasText: ENTERPRISE });
      expect(await row.getAttribute('data-state')).toBe('live');
      enterpriseOrgId = (await row.getAttribute('data-enterprise-id')) ?? '';
      expect(enterpriseOrgId).not.toBe('');
      await screenshot(page, 'clients-agency');

      await row.locator('[data-action=view-needs]').click();
      await page.waitForSelector('#need-table');
      expect(await page.evaluate(() => location.hash)).toBe(`#/needs?enterpriseOrgId=${enterpriseOrgId}`);
      const owners = await page.$$eval('#need-table tbody tr td:nth-child(2)', (cells) =>
        cells.map((cell) => cell.textContent),
      );
      expect(owners.length).toBeGreaterThan(0);
      expect(new Set(owners)).toEqual(new Set([ENTERPRISE]));
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the agency import needs for that enterprise, reporting a row for an enterprise that gave no authorisation',
    async () => {
      // Prepare
      const token = await apiToken(session, 'agency');
      const filled = await fillTemplate(session, token, 'needs', [
        needRow('E2E-XQ-001', ENTERPRISE, IMPORTED_TITLES[0] ?? ''),
        needRow('E2E-XQ-002', ENTERPRISE, IMPORTED_TITLES[1] ?? ''),
        needRow('E2E-XQ-003', UNAUTHORISED_ENTERPRISE, '未授权企业的需求'),
      ]);
      expect(filled.headers).toEqual(expect.arrayContaining(['企业名称', '需求名称', '合作方式']));
      importFile = filled.bytes;
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      await goTo(page, 'needs', '#need-table');

      // Act
      await page.setInputFiles('#needs-import-file', {
        name: '代录需求.xlsx',
        mimeType: XLSX_MIME,
        buffer: importFile,
      });
      const upload = page.waitForRequest((request) => request.url().endsWith('/api/needs/import'));
      await page.click('#needs-import-form button[type=submit]');

      // Assess
      expect((await upload).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      const result = page.locator('[data-import-result]');
      await result.waitFor();
      expect(await result.locator('[data-count=created] dd').textContent()).toBe('2');
      expect(await result.locator('[data-count=failed] dd').textContent()).toBe('1');
      const refused = result.locator('.import-errors tbody tr[data-row="4"]');
      expect(await refused.locator('td').nth(1).textContent()).toBe('企业名称');
      expect(await refused.locator('td').nth(2).textContent()).toContain('授权');
      for (const title of IMPORTED_TITLES) await page.waitForSelector(`#need-table a:text-is("${title}")`);
      await screenshot(page, 'needs-import-agency');
      const exported = page.waitForEvent('download');
      await page.click('[data-import=needs] [data-action=export]');
      expect((await exported).suggestedFilename()).toBe('技术需求台账.xlsx');

      // Act: the same file again changes nothing
      await page.click('#needs-import-form button[type=submit]');

      // Assess
      await page.waitForFunction(
        () => document.querySelector('[data-import-result] [data-count=unchanged] dd')?.textContent === '2',
      );
      expect(await result.locator('[data-count=created] dd').textContent()).toBe('0');
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the enterprise the imported needs in its own ledger, marked as collected for it',
    async () => {
      // Act
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');
      await goTo(page, 'needs', '#need-table');

      // Assess
      for (const title of IMPORTED_TITLES) {
        const row = page.locator('#need-table tbody tr', { has: page.locator(`a:text-is("${title}")`) });
        await row.waitFor();
        expect(await row.textContent()).toContain('受托代录');
        expect(await row.locator('[data-badge="need.status.open"]').textContent()).toBe('已发布');
        expect(await row.locator('[data-badge="need.quality.score"]').textContent()).toMatch(/^\d+ 分$/);
      }
      expect(await page.textContent('#need-table')).not.toContain('未授权企业的需求');
      await screenshot(page, 'needs-ledger-enterprise');
    },
    TEST_TIMEOUT,
  );

  it(
    'gives live quality hints while the agency writes a need for the enterprise, then moves it through its lifecycle',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      await goTo(page, 'clients', '#client-table');
      await page
        .locator('#client-table tbody tr', { hasText: ENTERPRISE })
        .locator('[data-action=add-need]')
        .click();
      await page.waitForSelector('#need-form');
      expect(await page.inputValue('#need-enterprise')).toBe(enterpriseOrgId);
      await page.waitForSelector('#need-quality [data-hint=no_targets]');

      // Act: fill it in; the hints follow
      const checked = page.waitForRequest((request) => request.url().endsWith('/api/needs/quality'));
      await page.fill('#need-title', '磷酸锰铁锂正极材料压实密度提升工艺');
      await page.fill(
        '#need-description',
        '公司正在开发磷酸锰铁锂动力电池，现有正极材料压实密度仅约2.3克每立方厘米，导致电芯能量密度偏低。现有做法是调整烧结温度和碳包覆量，但压实密度提升有限且倍率性能下降。希望获得可在现有产线上实施的颗粒级配或包覆改性技术，并提供中试验证支持。',
      );
      await page.fill('#need-targets', '压实密度≥2.6 g/cm³\n0.1C 放电比容量≥150 mAh/g');
      await page.fill('#need-industry-chains', '先进储能材料');
      await page.fill('#need-ipc', 'H01M 4/58');
      await page.fill('#need-budget-min', '50万');
      await page.fill('#need-budget-max', '120万');
      await page.check('input[name=dealTypes][value=open_license]');
      await page.fill('#need-contact-name', '王丽娟');
      await page.fill('#need-contact-phone', '13974810803');
      await page.fill('#need-contact-email', 'tech@lugu-battery.demo.openlicense.cn');
      await checked;

      // Assess
      await page.waitForSelector('#need-quality [data-hint]', { state: 'detached' });
      await page.waitForSelector('#need-quality .quality-ok');
      expect(await page.textContent('#need-quality [data-badge="need.quality.score"]')).toBe('100 分');
      await screenshot(page, 'need-editor-hints');

      // Act: save as a draft, then publish
      const create = page.waitForRequest(
        (request) => request.url().endsWith('/api/needs') && request.method() === 'POST',
      );
      await page.click('[data-action=save-draft]');
      expect((await create).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      await page.waitForSelector('[data-badge="need.status.draft"]');
      expect(await page.textContent('.details')).toContain('50万元 – 120万元');
      await page.click('[data-action=open]');
      await page.waitForSelector('[data-badge="need.status.open"]');
      expect(
        await page.$$eval('[aria-labelledby=need-next-title] [data-action]', (buttons) =>
          buttons.map((button) => (button as HTMLElement).dataset.action),
        ),
      ).toEqual(['mark_matched', 'start_negotiation', 'fulfil', 'close']);
      await screenshot(page, 'need-detail-open');

      // Act: closing asks for a reason first
      await page.click('[data-action=close]');
      await page.click('#close-need-form button[type=submit]');
      await page.waitForSelector('#close-reason-error');
      await page.fill('#close-reason', '企业已通过其他渠道解决');
      const close = page.waitForRequest((request) => request.url().endsWith('/transitions'));
      await page.click('#close-need-form button[type=submit]');

      // Assess
      expect((await close).postDataJSON()).toMatchObject({
        action: 'close',
        reason: '企业已通过其他渠道解决',
      });
      await page.waitForSelector('[data-badge="need.status.closed"]');
      expect(await page.textContent('.details')).toContain('企业已通过其他渠道解决');
      await screenshot(page, 'need-detail-closed');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the enterprise revoke the authorisation, after which the agency sees it revoked and can no longer add needs',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');
      await goTo(page, 'authorisations', '#authorisation-table');
      const row = page.locator(`#authorisation-table tr[data-agent="${AGENCY}"]`, {
        has: page.locator('[data-badge="auth.state.live"]'),
      });

      // Act
      await row.locator('[data-action=revoke]').click();
      const revoke = page.waitForRequest((request) => request.url().endsWith('/revoke'));
      await row.locator('[data-action=confirm-revoke]').click();

      // Assess
      expect((await revoke).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      await page
        .locator(`#authorisation-table tr[data-agent="${AGENCY}"] [data-badge="auth.state.revoked"]`)
        .waitFor();
      await screenshot(page, 'authorisations-revoked');

      const agency = await session.openPage();
      await signIn(session, agency, 'agency');
      await goTo(agency, 'clients', '#client-table');
      const client = agency.locator('#client-table tbody tr', { hasText: ENTERPRISE });
      expect(await client.getAttribute('data-state')).toBe('revoked');
      expect(await client.locator('[data-action=add-need]').count()).toBe(0);
      expect(await client.locator('[data-badge="auth.state.revoked"]').textContent()).toBe('已撤销');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets an enterprise awaiting approval keep its ledgers but not publish, and says why',
    async () => {
      // Act
      const page = await session.openPage();
      await signIn(session, page, 'pending_enterprise');
      await page.waitForSelector('[data-banner=pending]');
      expect(await navRoutes(page)).toEqual(['org', 'needs', 'patents', 'declarations']);
      await goTo(page, 'needs', '[data-action=add-need]');
      await page.click('[data-action=add-need]');
      await page.waitForSelector('#need-form');

      // Assess
      expect(await page.isDisabled('[data-action=save-publish]')).toBe(true);
      expect(await page.isDisabled('[data-action=save-draft]')).toBe(false);
      expect(await page.textContent('[data-pending-note]')).toContain('审核通过后才能发布');
      await screenshot(page, 'need-editor-pending');
    },
    TEST_TIMEOUT,
  );

  it(
    'switches the need ledger to English',
    async () => {
      // Act
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');
      await goTo(page, 'needs', '#need-table');
      await page.click('.locale-switch button:text-is("English")');

      // Assess
      expect(await page.textContent('#needs-title')).toBe('Technology needs');
      expect(await page.textContent('[data-route=authorisations]')).toBe('Authorisations');
      expect(await page.textContent('#need-table thead')).toContain('Quality');
      await screenshot(page, 'needs-ledger-enterprise-en');
    },
    TEST_TIMEOUT,
  );

  it('loads nothing from outside the local stack and throws no page errors', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
