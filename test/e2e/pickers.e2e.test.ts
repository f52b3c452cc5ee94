import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { chinaDate } from '../support/authorisation-input.ts';
import { type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 180_000;
const AGENCY = DEMO_ACCOUNTS_BY_TYPE.agency.orgName;
const ENTERPRISE = DEMO_ACCOUNTS_BY_TYPE.enterprise.orgName;
const UNIVERSITY = DEMO_ACCOUNTS_BY_TYPE.university.orgName;
const EVENT_TITLE = '麓谷先进储能专利选择器对接会';
/** An internal id (ULID) as a person would see it if a form showed one. */
const ULID = /\b[0-9A-HJKMNP-TV-Z]{26}\b/;
/** Words that ask a person for an internal id. */
const ASKS_FOR_ID = /编号|\bids?\b/i;

let session: BrowserSession;

async function goTo(page: Page, route: string, ready: string): Promise<void> {
  await page.click(`[data-route=${route}]`);
  await page.waitForSelector(ready);
}

/**
 * Types `text` into the picker `id`, waits for its list and chooses the option whose text holds `match` (the
 * first option without it) with the keyboard: arrow down to it, Enter. Answers the chosen option's id.
 */
async function pick(page: Page, id: string, text: string, match?: string): Promise<string> {
  const input = page.locator(`input#${id}`);
  await input.click();
  await input.fill(text);
  const options = page.locator(`#${id}-list [role=option]`);
  const wanted = match ? options.filter({ hasText: match }).first() : options.first();
  await wanted.waitFor();
  const optionId = (await wanted.getAttribute('data-option-id')) ?? '';
  const index = (
    await options.evaluateAll((all) => all.map((o) => o.getAttribute('data-option-id')))
  ).indexOf(optionId);
  for (let i = 0; i <= index; i++) await input.press('ArrowDown');
  expect(await input.getAttribute('aria-activedescendant')).toBe(`${id}-option-${index}`);
  await input.press('Enter');
  await page.locator(`[data-picker=${id}] [data-chosen-id="${optionId}"]`).waitFor();
  return optionId;
}

/** Every label, hint, placeholder and visible text of `form`: none may ask for or show an internal id. */
async function assertNoIdAsked(page: Page, form: string): Promise<void> {
  const words = await page.$$eval(`${form} label, ${form} [aria-label], ${form} [placeholder]`, (nodes) =>
    nodes.map((node) =>
      [
        node.textContent ?? '',
        node.getAttribute('aria-label') ?? '',
        node.getAttribute('placeholder') ?? '',
      ].join(' '),
    ),
  );
  expect(words.filter((word) => ASKS_FOR_ID.test(word))).toEqual([]);
  expect((await page.textContent(form)) ?? '').not.toMatch(ULID);
}

describe('pickers instead of typed ids (issue 13) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets an agency create an event, invite a listing, a pool and an enterprise, and record a deal from it using only pickers',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      await goTo(page, 'events', '#event-form');
      await page.fill('#event-title', EVENT_TITLE);
      await page.fill('#event-chain', '先进储能材料');
      await page.fill('#event-date', chinaDate());
      await page.fill('#event-place', '长沙市岳麓区麓谷企业广场');
      await page.click('[data-action=create-event]');
      await page.waitForSelector('#invite-form');
      await assertNoIdAsked(page, '#invite-form');

      // Assess: with nothing typed, the agency's own clients come first, marked
      await page.click('input#invite-enterprises');
      await page.locator('#invite-enterprises-list [role=option]').first().waitFor();
      const marks = await page.$$eval('#invite-enterprises-list [role=option]', (options) =>
        options.map((option) => option.querySelector('.pill') !== null),
      );
      expect(marks[0]).toBe(true);
      expect(marks).toEqual([...marks].sort((a, b) => Number(b) - Number(a)));
      await page.keyboard.press('Escape');
      expect(await page.getAttribute('input#invite-enterprises', 'aria-expanded')).toBe('false');

      // Act: invite an enterprise that is no client, a listing of the university (by its name) and the park's pool
      const enterpriseId = await pick(page, 'invite-enterprises', '麓谷锂电', ENTERPRISE);
      const listingId = await pick(page, 'invite-listings', UNIVERSITY, UNIVERSITY);
      const poolId = await pick(page, 'invite-listings', '公共专利池', '公共专利池');
      expect(poolId.startsWith('bundle:')).toBe(true);
      await screenshot(page, 'pickers-invite');
      await page.click('[data-action=invite]');

      // Assess
      await page.waitForSelector(`#event-invited li[data-org-id="${enterpriseId}"]`);
      const invited = (await page.textContent('#event-invited')) ?? '';
      expect(invited).toContain(ENTERPRISE);
      expect(invited).toContain('公共专利池');
      expect(await page.$(`#event-invited li[data-listing-id="${listingId}"]`)).not.toBeNull();
      expect(await page.$(`#event-invited li[data-listing-id="${poolId}"]`)).not.toBeNull();
      const eventId = (await page.getAttribute('[data-event-id]', 'data-event-id')) ?? '';

      // Act: record a deal from the event: the university, one of its patents, the enterprise, all by name
      await goTo(page, 'deals', '#pipeline-title');
      await page.click('[data-action=new-deal]');
      await page.waitForSelector('#deal-form');
      expect(await page.textContent('[data-picker=deal-broker] [data-chosen-id]')).toContain(AGENCY);
      await page.selectOption('#deal-source', 'event');
      await page.locator(`#deal-source-id option[value="${eventId}"]`).waitFor({ state: 'attached' });
      expect(await page.textContent(`#deal-source-id option[value="${eventId}"]`)).toContain(EVENT_TITLE);
      await page.selectOption('#deal-source-id', eventId);
      await pick(page, 'deal-suppliers', UNIVERSITY.slice(0, 2), UNIVERSITY);
      const patentNumber = await pick(page, 'deal-patents', '');
      await pick(page, 'deal-acquirer', '麓谷锂电', ENTERPRISE);
      await page.fill('#deal-amount', '30万');
      await assertNoIdAsked(page, '#deal-form');
      await screenshot(page, 'pickers-deal');
      await page.click('[data-action=create-deal]');

      // Assess: the deal names the enterprise, the patent and the event
      const card = page.locator('#deal-pipeline [data-stage=lead] [data-kind=ordinary_license]').first();
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(ENTERPRISE);
      expect(text).toContain(UNIVERSITY);
      expect(text).toContain(patentNumber);
      expect(text).toContain(EVENT_TITLE);
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
