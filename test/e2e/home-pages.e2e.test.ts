import type { Waiting } from '@openlicense/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE, DEMO_PASSWORD } from '../../packages/local/src/seed/demo-data/users.ts';
import { WAITING_HREFS } from '../../web/src/pages/home/waiting-links.ts';
import { type BrowserSession, screenshot, signInAs, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 120_000;

/** The demo personas in turn: every organisation type's admin, and a university member. */
const PERSONAS = [
  { key: 'university', ...DEMO_ACCOUNTS_BY_TYPE.university },
  { key: 'enterprise', ...DEMO_ACCOUNTS_BY_TYPE.enterprise },
  { key: 'agency', ...DEMO_ACCOUNTS_BY_TYPE.agency },
  { key: 'park', ...DEMO_ACCOUNTS_BY_TYPE.park },
  { key: 'ip_office', ...DEMO_ACCOUNTS_BY_TYPE.ip_office },
  { key: 'university_member', email: 'liu.yang@csu.demo.openlicense.cn', password: DEMO_PASSWORD },
] as const;
type PersonaKey = (typeof PERSONAS)[number]['key'];

/** What the seed leaves waiting for each persona, at least (the README's demo set). */
const SEEDED: Partial<Record<PersonaKey, readonly string[]>> = {
  // The pending applicant waits in the Changsha office's queue, and one declaration in its review.
  ip_office: ['org_applications', 'declaration_reviews'],
  // The agency's next proposal waits in its review queue.
  agency: ['proposals_to_review'],
  // The park pushed to the demo enterprise; the push sits unread in its inbox.
  enterprise: ['unread_pushes'],
};

async function waitingOf(session: BrowserSession, persona: (typeof PERSONAS)[number]): Promise<Waiting> {
  const signIn = await fetch(`${session.url}/api/auth/local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: persona.email, password: persona.password }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const answer = await fetch(`${session.url}/api/me/waiting`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(answer.status).toBe(200);
  return (await answer.json()) as Waiting;
}

const listed = (page: Page) =>
  page.$$eval('#waiting [data-waiting]', (items) =>
    items.map((item) => ({
      code: (item as HTMLElement).dataset.waiting ?? '',
      count: Number((item as HTMLElement).dataset.count),
    })),
  );

describe('each role’s home page (issue 13) in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  }, TEST_TIMEOUT);
  afterAll(() => session?.close());

  it.each(PERSONAS.map((persona) => [persona.key, persona] as const))(
    'shows the %s what waits for it, each link leading to the screen where it is done',
    async (key, persona) => {
      // Prepare
      const expected = (await waitingOf(session, persona)).items.filter((item) => item.count > 0);

      // Act: a fresh page (its own storage) per persona, in the one browser
      const page = await session.openPage();
      await signInAs(session, page, persona);
      await page.waitForSelector('#waiting h2');
      await page.waitForSelector('#waiting [data-waiting], #waiting [data-waiting-empty]');
      const shown = await listed(page);
      await screenshot(page, `home-waiting-${key}`);

      // Assess: the page lists what the API counts, in Chinese, with the seeded tasks among them
      expect(shown).toEqual(expected.map(({ code, count }) => ({ code, count })));
      for (const code of SEEDED[key] ?? []) expect(shown.map((item) => item.code)).toContain(code);
      for (const { code } of shown) {
        const text = await page.textContent(`#waiting [data-waiting=${code}] a`);
        expect(text, code).toMatch(/[\u4e00-\u9fff]/);
      }
      // …and every link opens its screen (confirmations are answered on the home page itself)
      for (const { code } of shown) {
        await page.goto(`${session.url}/#/`);
        await page.click(`#waiting [data-waiting=${code}] a`);
        const want = WAITING_HREFS[code as keyof typeof WAITING_HREFS];
        await page.waitForFunction((hash) => location.hash === hash, want);
        const route = want.replace(/^#\//, '').split(/[/?]/)[0] ?? '';
        if (route !== '') await page.waitForSelector('.app-nav a[aria-current=page]');
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'shows a measured organisation its quotas at a glance, linking to the quota page, and keeps its details one link away',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signInAs(session, page, DEMO_ACCOUNTS_BY_TYPE.agency);

      // Act
      const quota = page.locator('#home-quota');
      await quota.waitFor();
      const targets = await quota.locator('[data-target]').evaluateAll((items) =>
        items.map((item) => ({
          key: (item as HTMLElement).dataset.target,
          status: (item as HTMLElement).dataset.status,
          attention: item.classList.contains('attention'),
        })),
      );

      // Assess: the agency's three targets; those at risk or missed are highlighted
      expect(targets.map((target) => target.key)).toEqual([
        'precise_pushes',
        'events_held',
        'brokered_deals',
      ]);
      for (const target of targets)
        expect(target.attention, target.key).toBe(target.status === 'at_risk' || target.status === 'missed');
      await quota.locator('[data-link=quota]').click();
      await page.waitForFunction(() => location.hash === '#/quota');
      await page.goto(`${session.url}/#/`);
      await page.click('[data-home-org] [data-link=org]');
      await page.waitForFunction(() => location.hash === '#/org');
      await page.waitForSelector('.details');
      expect(await page.textContent('.details')).toContain(DEMO_ACCOUNTS_BY_TYPE.agency.orgName);
    },
    TEST_TIMEOUT,
  );

  it(
    'speaks English when asked, with the same items',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signInAs(session, page, DEMO_ACCOUNTS_BY_TYPE.ip_office);
      await page.waitForSelector('#waiting [data-waiting]');

      // Act
      await page.click('.locale-switch button:text-is("English")');

      // Assess
      expect(await page.textContent('#waiting h2')).toBe('Waiting for me');
      expect(await page.textContent('#waiting ul')).not.toMatch(/[\u4e00-\u9fff]/);
      await screenshot(page, 'home-waiting-ip_office-en');
    },
    TEST_TIMEOUT,
  );

  it('loads nothing from outside the local stack and throws no page errors', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
