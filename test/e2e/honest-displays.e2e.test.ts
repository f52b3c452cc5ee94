import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWan } from '../../web/src/format/money.ts';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 90_000;

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 600_000);

afterAll(async () => {
  await session?.close();
});

async function getJson<T>(path: string, token?: string): Promise<T> {
  const response = await fetch(`${session.url}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface ChartMeasure {
  /** The axis labels, bottom to top, and the on-screen height from 0 to the top one. */
  ticks: number[];
  axisHeight: number;
  bars: { month: string; delivered: number; height: number }[];
}

/** The monthly chart as Chromium laid it out: each bar's rendered height and the axis it stands on. */
async function measureChart(page: Page): Promise<ChartMeasure> {
  return page.$eval('#quota-chart', (svg) => {
    const ticks = [...svg.querySelectorAll<SVGGElement>('[data-tick]')].map((g) => ({
      value: Number(g.dataset.tick),
      y: g.querySelector('line')?.getBoundingClientRect().top ?? Number.NaN,
    }));
    const bottom = ticks[0];
    const top = ticks.at(-1);
    return {
      ticks: ticks.map((tick) => tick.value),
      axisHeight: bottom && top ? bottom.y - top.y : Number.NaN,
      bars: [...svg.querySelectorAll<SVGGElement>('[data-month]')].map((g) => ({
        month: g.dataset.month ?? '',
        delivered: Number(g.dataset.delivered),
        height: g.querySelector('rect')?.getBoundingClientRect().height ?? Number.NaN,
      })),
    };
  });
}

/** Each bar stands as tall, on screen, as its count is over the axis's top label (within a pixel). */
function expectProportional(chart: ChartMeasure): void {
  const max = chart.ticks.at(-1) ?? 0;
  expect(max).toBeGreaterThanOrEqual(Math.max(...chart.bars.map((bar) => bar.delivered)));
  expect(chart.axisHeight).toBeGreaterThan(100);
  for (const bar of chart.bars) {
    expect(
      Math.abs(bar.height - (bar.delivered / max) * chart.axisHeight),
      `month ${bar.month}`,
    ).toBeLessThan(1);
  }
}

describe('displays that tell the truth (browser)', () => {
  it(
    'draws the agency’s monthly pushes in proportion to a labelled axis, not against the yearly target of 1,000',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'agency');

      // Act: the demo's own pushes
      await page.goto(`${session.url}/#/quota`);
      await page.waitForSelector('#quota-chart [data-tick]');
      const demo = await measureChart(page);

      // Assess: the demo's few pushes fill the scale, and the target of 1,000 is named above it, not drawn
      expect(demo.bars.some((bar) => bar.delivered > 0)).toBe(true);
      expectProportional(demo);
      expect(demo.ticks.at(-1)).toBeLessThan(1000);
      expect(await page.getAttribute('#quota-chart-target', 'data-target')).toBe('1000');
      expect(await page.locator('#quota-chart [data-target-line]').count()).toBe(0);

      // Act: a busier year (the summary as a server would send it), bars of different heights
      await page.route('**/api/pushes/summary*', async (route) => {
        const real = (await (await route.fetch()).json()) as Record<string, unknown>;
        const byMonth = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map(
          (month, i) => ({ month, delivered: [0, 12, 40, 0, 7, 25, 0, 3, 60, 1, 0, 18][i] ?? 0 }),
        );
        await route.fulfill({ json: { ...real, byMonth, delivered: 166 } });
      });
      await page.reload();
      await page.waitForSelector('#quota-chart [data-month="09"][data-delivered="60"]');
      const busy = await measureChart(page);

      // Assess: 60 stands five times as tall as 12, twenty times as tall as 3; the axis reaches the running total
      expectProportional(busy);
      const height = (month: string) => busy.bars.find((bar) => bar.month === month)?.height ?? 0;
      expect(height('09') / height('02')).toBeCloseTo(5, 1);
      expect(height('09') / height('08')).toBeCloseTo(20, 0);
      expect(height('01')).toBe(0);
      expect(busy.ticks.at(-1)).toBeGreaterThanOrEqual(166);
      await screenshot(page, 'honest-quota-chart');
    },
    TEST_TIMEOUT,
  );

  it(
    'reads a university’s first-year amount target as 大于 0 元, never 0.01元',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'university');

      // Act
      await page.goto(`${session.url}/#/quota`);
      const amount = page.locator('[data-target=conversion_fen]');
      await amount.waitFor();

      // Assess: no conversion amount last year, so any amount meets it
      expect(await amount.getAttribute('data-target-value')).toBe('1');
      expect(await amount.textContent()).toContain('目标 大于 0 元');
      expect(await page.textContent('#quota-targets')).not.toContain('0.01元');
    },
    TEST_TIMEOUT,
  );

  it(
    'shows every password rule before registering, ticks them while typing, and marks each broken one after a refused submit',
    async () => {
      // Prepare
      const page = await session.openPage();
      await page.goto(`${session.url}/#/login`);
      const rules = page.locator('#register-password-rules [data-rule]');
      await rules.first().waitFor();

      // Assess: all three rules are there before anything is typed
      expect(await rules.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule))).toEqual(
        ['length', 'letter', 'digit'],
      );
      expect(await page.textContent('#register-password-rules')).toContain('8–128 位');

      // Act: a password with letters only, too short
      await page.fill('#register-name', '王测试');
      await page.fill('#register-email', `honest-${Date.now()}@example.com`);
      await page.fill('#register-password', 'abcdef');

      // Assess: the letter rule ticks as it is typed, the others wait
      const state = (rule: string) =>
        page.getAttribute(`#register-password-rules [data-rule=${rule}]`, 'data-state');
      expect(await state('letter')).toBe('met');
      expect(await state('length')).toBe('pending');

      // Act
      await page.click('#register-form button[type=submit]');

      // Assess: both rules the API refused are marked, not only the first
      await page.waitForSelector('#register-password-rules [data-state=broken]');
      expect(await state('length')).toBe('broken');
      expect(await state('digit')).toBe('broken');
      expect(await state('letter')).toBe('met');
      expect(await page.locator('#register-password-rules [data-state=broken]').count()).toBe(2);
      await screenshot(page, 'honest-register-rules');
    },
    TEST_TIMEOUT,
  );

  it(
    'takes 1.5亿 in the royalty calculator, and clears the figures when the next input is unreadable',
    async () => {
      // Prepare: a published listing whose royalty runs on net sales
      const listings = await getJson<{ items: { id: string }[] }>(
        '/api/listings?royaltyMethod=running_royalty&limit=10',
      );
      const listing = listings.items[0];
      if (!listing) throw new Error('the demo catalogue has no running-royalty listing');
      const expected = await getJson<{ totalFen: number }>(
        `/api/listings/${listing.id}/royalty?yearlySalesFen=15000000000`,
      );
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');
      await page.goto(`${session.url}/#/catalogue/${listing.id}`);
      await page.waitForSelector('#calculator-yearlySalesFen');

      // Act
      await page.fill('#calculator-yearlySalesFen', '1.5亿');
      await page.click('#calculator-form button[type=submit]');

      // Assess: computed on ¥150,000,000 a year
      const total = page.locator('#royalty-total');
      await total.waitFor();
      expect(await total.textContent()).toBe(formatWan(expected.totalFen));

      // Act: an input the calculator cannot read
      await page.fill('#calculator-yearlySalesFen', '一亿五');
      await page.click('#calculator-form button[type=submit]');

      // Assess: the error, and no figures from the previous input beside it
      await page.waitForSelector('#calculator-yearlySalesFen[aria-invalid=true]');
      expect(await page.locator('[data-calculator-result]').count()).toBe(0);
    },
    TEST_TIMEOUT,
  );

  it(
    'names the park as the sender of the park’s push in the enterprise’s inbox',
    async () => {
      // Prepare: the demo park's push with its message
      const token = await apiToken(session, 'enterprise');
      const inbox = await getJson<{ items: { id: string; brokerType?: string; message?: string }[] }>(
        '/api/inbox',
        token,
      );
      const fromPark = inbox.items.find((push) => push.brokerType === 'park' && push.message);
      if (!fromPark) throw new Error('the demo enterprise’s inbox has no push from the park');
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');

      // Act
      await page.goto(`${session.url}/#/inbox/${fromPark.id}`);
      const heading = page.locator('h2[data-sender]');
      await heading.waitFor();

      // Assess
      expect(await heading.textContent()).toBe('园区附言');
    },
    TEST_TIMEOUT,
  );

  it('loads nothing from outside the local stack and throws no page errors', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
