import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import {
  type BrowserSession,
  type DemoKey,
  navOf,
  navRoutes,
  screenshot,
  startBrowserSession,
} from './browser-session.ts';

const PENDING_BANNER = '机构入驻申请审核中：审核通过前可以登录浏览，但不能发布、推送或签约';
const TEST_TIMEOUT = 60_000;

/** Registered by one test and reviewed by the next: the tests in this file run in order. */
const APPLICANT = {
  email: `applicant-${Date.now()}@example.com`,
  password: 'Apply2026x',
  orgName: '长沙端到端测试科技有限公司',
};
const REJECTION_REASON = '营业执照扫描件不清晰，请重新上传';

/**
 * The demo stack, and pages that record any request leaving it (the shell must not load fonts or scripts
 * from the internet) and any page error.
 */
let session: BrowserSession;
const openPage = () => session.openPage();

async function signIn(page: Page, who: DemoKey): Promise<void> {
  const account = DEMO_ACCOUNTS_BY_TYPE[who];
  await signInWith(page, account.email, account.password);
}

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${session.url}/#/login`);
  await page.fill('#sign-in-email', email);
  await page.fill('#sign-in-password', password);
  await page.click('#sign-in-form button[type=submit]');
  await page.waitForSelector('.user-name');
  await page.waitForFunction(() => !location.hash.startsWith('#/login'));
}

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 check character (weights 3^(i-1) mod 31), kept local so this test imports no domain code. */
function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17.charAt(i)) * (3 ** i % 31);
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** A code that passes the checksum, unique per run so applications never collide. */
function validUscc(): string {
  const body = `91430100MA${String(Date.now()).slice(-7)}`;
  return `${body}${usccCheckChar(body)}`;
}

function withWrongCheckChar(uscc: string): string {
  const wrong = uscc.endsWith('1') ? '2' : '1';
  return `${uscc.slice(0, 17)}${wrong}`;
}

describe('web shell in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  }, 120_000);

  it(
    'sends a signed-out visitor to sign-in, offering only the public catalogue beside it',
    async () => {
      // Act
      const page = await openPage();
      await page.goto(`${session.url}/#/review`);
      await page.waitForSelector('#sign-in-form');

      // Assess
      expect(await page.evaluate(() => location.hash)).toBe('#/login');
      expect(await navRoutes(page)).toEqual(['login']);
      expect(await page.textContent('[data-header-link=catalogue]')).toBe('公开目录');
      expect(await page.textContent('.brand-name')).toBe('开放许可专利供需平台');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await screenshot(page, 'signed-out');
    },
    TEST_TIMEOUT,
  );

  it.each((['university', 'enterprise', 'agency', 'park'] as const).map((who) => [who, navOf(who)] as const))(
    'shows an approved %s home, its ledgers and my organisation, without the review queue',
    async (who, routes) => {
      // Act
      const page = await openPage();
      await signIn(page, who);
      await page.waitForSelector('.hero h1');

      // Assess
      expect(await navRoutes(page)).toEqual(routes);
      expect(await page.$('[data-route=review]')).toBeNull();
      expect(await page.$('.banner')).toBeNull();
      expect(await page.textContent('[data-home-org]')).toContain(DEMO_ACCOUNTS_BY_TYPE[who].orgName);
      await screenshot(page, `home-${who}`);
    },
    TEST_TIMEOUT,
  );

  it(
    'lands the IP office on its home, whose waiting applications lead to the review queue with the pending applicant',
    async () => {
      // Act
      const page = await openPage();
      await signIn(page, 'ip_office');

      // Assess
      expect(await navRoutes(page)).toEqual(navOf('ip_office'));
      expect(await page.evaluate(() => location.hash)).toBe('#/');
      await page.click('[data-waiting=org_applications] a');
      await page.waitForFunction(() => location.hash === '#/review');
      await page.waitForSelector(
        `.review-item h3:text-is("${DEMO_ACCOUNTS_BY_TYPE.pending_enterprise.orgName}")`,
      );
      await screenshot(page, 'home-ip_office');
    },
    TEST_TIMEOUT,
  );

  it(
    'shows a pending applicant the pending banner, its application first and only the ledgers it may keep',
    async () => {
      // Act
      const page = await openPage();
      await signIn(page, 'pending_enterprise');
      await page.waitForSelector('[data-banner=pending]');

      // Assess
      expect((await page.textContent('[data-banner=pending]'))?.trim()).toBe(PENDING_BANNER);
      expect(await navRoutes(page)).toEqual(['org', 'needs', 'patents', 'declarations']);
      await page.waitForSelector('.timeline li');
      expect(await page.textContent('.timeline')).toContain('申请入驻');
      await screenshot(page, 'home-pending_enterprise');
    },
    TEST_TIMEOUT,
  );

  it(
    'switches to English and remembers the choice',
    async () => {
      // Prepare
      const page = await openPage();
      await signIn(page, 'university');
      expect(await page.textContent('[data-route=org]')).toBe('我的机构');

      // Act
      await page.click('.locale-switch button:text-is("English")');

      // Assess
      expect(await page.textContent('[data-route=org]')).toBe('My organisation');
      expect(await page.textContent('.brand-name')).toBe('Open Licensing Patent Marketplace');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.reload();
      await page.waitForSelector('.user-name');
      expect(await page.textContent('[data-route=org]')).toBe('My organisation');
      await screenshot(page, 'home-university-en');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the IP office approve the pending applicant from the review queue',
    async () => {
      // Prepare
      const applicant = DEMO_ACCOUNTS_BY_TYPE.pending_enterprise;
      const office = await openPage();
      await signIn(office, 'ip_office');
      await office.click('[data-route=review]');
      const row = office.locator('.review-item', {
        has: office.locator(`h3:text-is("${applicant.orgName}")`),
      });

      // Act
      const approveRequest = office.waitForRequest((request) => request.url().endsWith('/approve'));
      await row.locator('[data-action=approve]').click();

      // Assess
      expect((await approveRequest).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      await row.waitFor({ state: 'detached' });
      expect(await office.textContent('.toast-success')).toContain(applicant.orgName);
      await office.click('[role=tab][data-status=approved]');
      await office.waitForSelector(`.review-item h3:text-is("${applicant.orgName}")`);

      const page = await openPage();
      await signIn(page, 'pending_enterprise');
      expect(await navRoutes(page)).toEqual(navOf('enterprise'));
      expect(await page.$('[data-banner=pending]')).toBeNull();
      await page.click('[data-route=org]');
      await page.waitForSelector('.timeline li:nth-child(2)');
      expect(await page.textContent('.timeline')).toContain('审核通过');
    },
    TEST_TIMEOUT,
  );

  it(
    'shows a new applicant the server’s USCC error beside the field, then accepts the corrected application',
    async () => {
      // Prepare
      const page = await openPage();
      await page.goto(`${session.url}/#/login`);
      await page.fill('#register-name', '测试申请人');
      await page.fill('#register-email', APPLICANT.email);
      await page.fill('#register-password', APPLICANT.password);
      await page.click('#register-form button[type=submit]');
      await page.waitForSelector('#apply-form');
      expect(await navRoutes(page)).toEqual(['apply']);

      const uscc = validUscc();
      await page.fill('#apply-name', APPLICANT.orgName);
      await page.fill('#apply-uscc', withWrongCheckChar(uscc));
      await page.selectOption('#apply-type', 'enterprise');
      await page.fill('#apply-region', '430100');
      await page.fill('#apply-contact-name', '测试联系人');
      await page.fill('#apply-contact-phone', '13800138000');
      await page.fill('#apply-contact-email', 'contact@example.com');

      // Act
      await page.click('#apply-form button[type=submit]');

      // Assess
      const error = page.locator('#apply-uscc-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('统一社会信用代码校验位不正确');
      expect(await page.getAttribute('#apply-uscc', 'aria-invalid')).toBe('true');
      expect(await page.getAttribute('#apply-uscc', 'aria-describedby')).toContain('apply-uscc-error');
      const besideField = await page.$eval(
        '#apply-uscc-error',
        (el) => el.closest('.field')?.querySelector('#apply-uscc') !== null,
      );
      expect(besideField).toBe(true);
      expect(await page.isVisible('.toast-error')).toBe(true);
      await screenshot(page, 'apply-uscc-error');

      // Act: correct the code and resubmit
      await page.fill('#apply-uscc', uscc);
      await page.click('#apply-form button[type=submit]');

      // Assess
      await page.waitForSelector('[data-banner=pending]');
      expect(await navRoutes(page)).toEqual(['org', 'needs', 'patents', 'declarations']);
      await page.waitForSelector('.timeline li');
      expect(await page.textContent('.timeline')).toContain('申请入驻');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the IP office reject with a reason, shows the applicant the reason, and takes a resubmission',
    async () => {
      // Prepare
      const office = await openPage();
      await signIn(office, 'ip_office');
      await office.click('[data-route=review]');
      const row = office.locator('.review-item', {
        has: office.locator(`h3:text-is("${APPLICANT.orgName}")`),
      });
      await row.locator('[data-action=reject]').click();

      // Act: an empty reason is refused before any request, then a real one is sent
      await row.locator('button[type=submit]').click();
      await row.locator('.field-error').waitFor();
      await row.locator('textarea').fill(REJECTION_REASON);
      await row.locator('button[type=submit]').click();

      // Assess
      await row.waitFor({ state: 'detached' });
      const page = await openPage();
      await signInWith(page, APPLICANT.email, APPLICANT.password);
      const banner = page.locator('[data-banner=rejected]');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(REJECTION_REASON);
      expect(await navRoutes(page)).toEqual(['apply', 'org']);
      await screenshot(page, 'home-rejected_applicant');

      // Act: a rejected applicant lands on its own application, filled in, to correct and resubmit
      await page.waitForSelector('#apply-form');
      expect(await page.evaluate(() => location.hash)).toBe('#/apply');
      expect(await page.inputValue('#apply-name')).toBe(APPLICANT.orgName);
      await page.fill('#apply-contact-name', '更正后的联系人');
      await page.click('#apply-form button[type=submit]');

      // Assess
      await page.waitForSelector('[data-banner=pending]');
      await page.waitForSelector('.timeline li:nth-child(3)');
      expect(await page.textContent('.timeline')).toContain('重新提交申请');
      // The applicant (region 430100) is told which IP office reviews it
      await page.waitForSelector('[data-jurisdiction]');
      expect(await page.textContent('[data-jurisdiction]')).toContain(
        DEMO_ACCOUNTS_BY_TYPE.ip_office.orgName,
      );
    },
    TEST_TIMEOUT,
  );

  it('loads nothing from outside the local stack and throws no page errors', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
