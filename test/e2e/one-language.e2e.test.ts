import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiToken,
  type BrowserSession,
  type DemoKey,
  screenshot,
  signIn,
  startBrowserSession,
} from './browser-session.ts';

/**
 * One language at a time (issue 13 item 7): what the server generates for display — quota names, units and
 * notes, evidence tabs and rows, match explanations — reads in the screen's language. People's own words
 * (titles, keywords, chain and organisation names) stay as written; the screens mark them `data-user-text`.
 */
const TEST_TIMEOUT = 120_000;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 600_000);

afterAll(async () => {
  await session?.close();
});

/** A page whose screens start in `locale` (the switch in the header saves the same setting). */
async function pageIn(locale: 'en' | 'zh-CN', who: DemoKey): Promise<Page> {
  const page = await session.openPage();
  await signIn(session, page, who, { locale });
  return page;
}

/** The text of every element `selector` finds, without the people's words inside it. */
async function generatedTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      if (element.matches('[data-user-text]')) return '';
      const copy = element.cloneNode(true) as Element;
      for (const own of copy.querySelectorAll('[data-user-text]')) own.remove();
      return (copy.textContent ?? '').trim();
    }),
  );
}

const withCjk = (texts: readonly string[]) => texts.filter((text) => CJK.test(text));

async function getJson<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${session.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('one language at a time (browser)', () => {
  it(
    'shows a university’s quota names, figures and notes in English without a Chinese character',
    async () => {
      // Act
      const page = await pageIn('en', 'university');
      await page.goto(`${session.url}/#/quota`);
      await page.waitForSelector('.quota-target [data-quota-label]');
      await page.waitForSelector('#target-evidence [data-evidence-target]');

      // Assess
      const labels = await generatedTexts(page, '.quota-target [data-quota-label]');
      expect(labels).toContain('Conversions');
      const basis = await generatedTexts(page, '[data-quota-basis]');
      expect(basis.length).toBeGreaterThan(0);
      const shown = [
        ...labels,
        ...basis,
        ...(await generatedTexts(page, '.quota-target .quota-figure')),
        ...(await generatedTexts(page, '#targets-chart text')),
        ...(await generatedTexts(page, '#target-evidence [data-evidence-target]')),
      ];
      expect(withCjk(shown)).toEqual([]);
      await screenshot(page, 'one-language-quota-university-en');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the same notes in Chinese without an English tail',
    async () => {
      // Act
      const page = await pageIn('zh-CN', 'university');
      await page.goto(`${session.url}/#/quota`);
      await page.waitForSelector('[data-quota-basis]');

      // Assess
      const basis = await generatedTexts(page, '[data-quota-basis]');
      expect(basis.length).toBeGreaterThan(0);
      expect(basis.filter((text) => /[A-Za-z]/.test(text))).toEqual([]);
      expect(await generatedTexts(page, '.quota-target [data-quota-label]')).toContain('成果转化次数');
    },
    TEST_TIMEOUT,
  );

  it(
    'shows an agency’s evidence tabs, kinds and summaries, and its printed evaluation, in English',
    async () => {
      // Act
      const page = await pageIn('en', 'agency');
      await page.goto(`${session.url}/#/quota`);
      await page.waitForSelector('#target-evidence-table [data-kind]');
      const onDashboard = [
        ...(await generatedTexts(page, '#target-evidence [data-evidence-target]')),
        ...(await generatedTexts(page, '#target-evidence-table tbody td:nth-child(3)')),
        ...(await generatedTexts(page, '#target-evidence-table [data-evidence-summary]')),
        ...(await generatedTexts(page, '.quota-target [data-quota-label]')),
        ...(await generatedTexts(page, '.quota-target [data-either]')),
      ];
      await page.goto(`${session.url}/#/quota/report`);
      await page.waitForSelector('#evaluation-report [data-evidence-for] [data-evidence-summary]');
      const inReport = [
        ...(await generatedTexts(page, '#evaluation-summary tbody td:first-child')),
        ...(await generatedTexts(page, '#evaluation-report [data-evidence-for] h2')),
        ...(await generatedTexts(page, '#evaluation-report [data-evidence-summary]')),
      ];

      // Assess
      expect(onDashboard).toContain('Precise pushes');
      expect(withCjk(onDashboard)).toEqual([]);
      expect(withCjk(inReport)).toEqual([]);
      await screenshot(page, 'one-language-evaluation-agency-en');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'explains a match in English on the need’s page, and in Chinese without English words in the Chinese UI',
    async () => {
      // Prepare: a need of the agency's clients that the demo's matcher run matched
      const token = await apiToken(session, 'agency');
      const needs = await getJson<{ items: { id: string }[] }>('/api/needs?limit=100', token);
      let needId: string | undefined;
      for (const need of needs.items) {
        const matches = await getJson<{ items: unknown[] }>(`/api/needs/${need.id}/matches`, token);
        if (matches.items.length > 0) {
          needId = need.id;
          break;
        }
      }
      expect(needId, 'a demo need with matches').toBeDefined();
      const explanation = '#matches-panel [data-explanation]';

      // Act
      const english = await pageIn('en', 'agency');
      await english.goto(`${session.url}/#/needs/${needId}`);
      await english.waitForSelector(`${explanation} .signal-text`);
      const chinese = await pageIn('zh-CN', 'agency');
      await chinese.goto(`${session.url}/#/needs/${needId}`);
      await chinese.waitForSelector(`${explanation} .signal-text`);

      // Assess
      const inEnglish = [
        ...(await generatedTexts(english, `${explanation} .explanation-summary`)),
        ...(await generatedTexts(english, `${explanation} .signal-label`)),
        ...(await generatedTexts(english, `${explanation} .signal-points`)),
        ...(await generatedTexts(english, `${explanation} .signal-text`)),
        ...(await generatedTexts(english, `${explanation} .chip`)),
      ];
      expect(inEnglish.some((text) => text.startsWith('Score '))).toBe(true);
      expect(withCjk(inEnglish)).toEqual([]);
      const inChinese = await generatedTexts(chinese, `${explanation} .signal-text`);
      expect(inChinese.every((text) => CJK.test(text))).toBe(true);
      // IPC codes (H01M 50/403) are codes in both languages; no English word is left in a Chinese sentence.
      expect(inChinese.filter((text) => /[a-z]{3,}/.test(text))).toEqual([]);
      await screenshot(english, 'one-language-matches-en');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
