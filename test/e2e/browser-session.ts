import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { LocalStack } from '../../packages/local/src/index.ts';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import type { OrgType } from '../../web/src/api/types.ts';
import { LOCALE_STORAGE_KEY, type Locale } from '../../web/src/i18n/messages.ts';
import { NAV_BY_ORG_TYPE } from '../../web/src/nav/nav-table.ts';
import { TOKEN_STORAGE_KEY } from '../../web/src/session/token-store.ts';
import { startDemoStack } from './demo-stack.ts';
import { borrowPage, returnPage } from './page-pool.ts';

/**
 * What the ledger browser tests share: one local stack per file and one Chromium per worker, pages (lent by
 * the worker's pool, see page-pool.ts) that record any request leaving the stack and any page error, demo
 * sign-in, screenshots, and the import templates.
 */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/**
 * How long a page may take to show what a step waits for. A ceiling, not a wait: on an idle machine
 * every step answers in well under a second, but with two browsers, two Java engines and the
 * type-checker sharing two cores a first render has taken over 15 s.
 */
export const PAGE_WAIT_MS = 60_000;

export type DemoKey = keyof typeof DEMO_ACCOUNTS_BY_TYPE;

export interface BrowserSession {
  url: string;
  /** The stack's store, for preparing what a worker would (the stream poller does not run in these tests). */
  store: LocalStack['store'];
  openPage(): Promise<Page>;
  /** Requests that left the local stack, and errors thrown in pages: both must stay empty. */
  externalRequests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/** Chromium's flags for the browser tests: headless, offline, nothing started beside the pages. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let workerBrowser: Promise<Browser> | undefined;

/**
 * This worker's Chromium, launched by its first browser test file and shared by the next ones (the e2e
 * files share one module graph per worker, `isolate: false`): a file gets pages in contexts of their own
 * (from the pool, reset as new, see page-pool.ts), gives them back, and never closes the browser;
 * Playwright stops it when the worker exits. A browser that crashed or was closed is launched again.
 */
export async function sharedBrowser(): Promise<Browser> {
  const current = await workerBrowser?.catch(() => undefined);
  if (current?.isConnected()) return current;
  workerBrowser = chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return workerBrowser;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const [started, launched] = await Promise.allSettled([startDemoStack(), sharedBrowser()]);
  if (started.status === 'rejected' || launched.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.stop();
    throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
  }
  const stack = started.value;
  const browser = launched.value;
  const pages: Page[] = [];
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  return {
    url: stack.url,
    store: stack.store,
    externalRequests,
    pageErrors,
    async openPage() {
      const page = await borrowPage(browser, PAGE_WAIT_MS);
      pages.push(page);
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(stack.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
          externalRequests.push(url);
      });
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      return page;
    },
    async close() {
      // Back to the worker's pool before the stack stops (see page-pool.ts): the next file's pages start
      // without a new renderer process each.
      for (const page of pages) await returnPage(page);
      await stack.stop();
    },
  };
}

/** What a returning user's browser already holds besides the token: the language the header's switch saved. */
export interface SignInOptions {
  locale?: Locale;
}

export async function signIn(
  session: BrowserSession,
  page: Page,
  who: DemoKey,
  options: SignInOptions = {},
): Promise<void> {
  await signInAs(session, page, DEMO_ACCOUNTS_BY_TYPE[who], options);
}

/**
 * Signs in with any seeded account, e.g. the admin of a second university, as a returning user would be:
 * the token from the local sign-in endpoint put where the web app keeps it, then the app opened on its
 * home. The sign-in form itself is driven by the shell and content-security tests; doing it here for every
 * step cost a second start of the app per sign-in.
 */
export async function signInAs(
  session: BrowserSession,
  page: Page,
  account: { email: string; password: string },
  options: SignInOptions = {},
): Promise<void> {
  const saved: Record<string, string> = { [TOKEN_STORAGE_KEY]: await tokenFor(session, account) };
  if (options.locale) saved[LOCALE_STORAGE_KEY] = options.locale;
  // A same-origin page that starts no app, so all is in place before the app first reads it.
  await page.goto(`${session.url}/api/health`);
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, saved);
  await page.goto(`${session.url}/#/`);
  await page.waitForSelector('.user-name');
}

async function tokenFor(session: BrowserSession, account: { email: string; password: string }) {
  const response = await fetch(`${session.url}/api/auth/local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!response.ok) throw new Error(`sign-in for ${account.email} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/**
 * The screens an approved organisation of `type` finds in its nav, as the one nav table lists them (its own
 * unit test, web/src/nav/nav-table.test.ts, pins which screens each role has): the browser tests check the
 * shell renders that list, not a copy of it that every new screen would have to edit.
 */
export const navOf = (type: OrgType): string[] => NAV_BY_ORG_TYPE[type].map((entry) => entry.route);

export async function navRoutes(page: Page): Promise<string[]> {
  return page.$$eval('.app-nav a[data-route]', (links) =>
    links.map((link) => (link as HTMLElement).dataset.route ?? ''),
  );
}

/**
 * Screenshots are for people reviewing a screen, not assertions: taken only when `E2E_SCREENSHOTS=1`
 * (e.g. `E2E_SCREENSHOTS=1 npm test -- test/e2e`), into test/artifacts/. The full run skips ~80 full-page
 * captures it never looks at.
 */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';

export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (!SCREENSHOTS) return;
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** A bearer token for a demo account, for preparing data through the API as the UI would not. */
export async function apiToken(session: BrowserSession, who: DemoKey): Promise<string> {
  return tokenFor(session, DEMO_ACCOUNTS_BY_TYPE[who]);
}

export type SheetRow = Readonly<Record<string, string | number>>;

/**
 * Downloads `/api/{resource}/template.xlsx` and fills its ledger sheet with `rows`, keyed by the template's
 * own headers (the red * of required columns dropped), replacing the example row. Returns the XLSX bytes and
 * the headers found, so a test can check it filled columns that exist.
 */
export async function fillTemplate(
  session: BrowserSession,
  token: string,
  resource: 'patents' | 'needs',
  rows: readonly SheetRow[],
): Promise<{ bytes: Buffer; headers: string[] }> {
  const response = await fetch(`${session.url}/api/${resource}/template.xlsx`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`template for ${resource}: HTTP ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the template has no sheet');
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = cell.text.replace(/^\*/, '').trim();
  });
  for (const [i, values] of rows.entries()) {
    const row = sheet.getRow(i + 2);
    headers.forEach((header, at) => {
      const value = values[header];
      row.getCell(at + 1).value = value === undefined ? null : value;
    });
    row.font = {};
    row.commit();
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), headers };
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
