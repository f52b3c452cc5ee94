import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../support/need-input.ts';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 90_000;

interface DemoNeed {
  id: string;
  ownerOrgId: string;
  title: string;
  visibility: string;
  status: string;
  deadline?: string;
  industryChains: string[];
}

let session: BrowserSession;
/** A live public need of the demo enterprise, which a university patent's grade counts as matched. */
let publicNeed: DemoNeed;
/** A live need only agencies (or only the enterprise) see: the page must count it, never name it. */
let hiddenNeed: DemoNeed;
let patent = '';

describe('市场需求 for a university, in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    const headers = async (who: 'university' | 'enterprise') => ({
      Authorization: `Bearer ${await apiToken(session, who)}`,
    });
    const ledger = (await (
      await fetch(`${session.url}/api/patents?limit=5`, { headers: await headers('university') })
    ).json()) as { items: { number: string; holderOrgId: string }[] };
    const holder = ledger.items[0];
    expect(holder).toBeDefined();
    patent = holder!.number;
    const needs = (await (
      await fetch(`${session.url}/api/needs?limit=100`, { headers: await headers('enterprise') })
    ).json()) as { items: DemoNeed[] };
    const today = new Date().toISOString().slice(0, 10);
    const live = needs.items.filter(
      (need) =>
        ['open', 'matched', 'in_negotiation'].includes(need.status) &&
        (need.deadline === undefined || need.deadline > today),
    );
    publicNeed = live.find((need) => need.visibility === 'public')!;
    expect(publicNeed).toBeDefined();
    // A live need of the same enterprise only agencies see (the demo's hidden needs are not all live).
    const agenciesOnly = {
      ...needOf(publicNeed.ownerOrgId, { title: '仅服务机构可见的电池回收需求', visibility: 'agencies' }),
      status: 'open' as const,
    };
    await session.store.needs.create(agenciesOnly);
    hiddenNeed = agenciesOnly;
    // What a grading run would store, later than the seed's grade so it wins.
    await session.store.patentGrades.put({
      patentId: patent,
      holderOrgId: holder!.holderOrgId,
      grade: { grade: 'A', score: 90, reasons: [] },
      matchedNeeds: [
        { needId: publicNeed.id, score: 91.5 },
        { needId: hiddenNeed.id, score: 72 },
      ],
      computedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'shows the demo university a public need its patent matched under its chain, and a hidden one only counted',
    async () => {
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=marketDemand]');
      await page.waitForSelector('#market-demand');

      const chain = publicNeed.industryChains[0] ?? '';
      const card = page.locator(`[data-chain="${chain}"] [data-need="${publicNeed.id}"]`);
      await card.waitFor();
      expect(await card.locator('h3').textContent()).toBe(publicNeed.title);
      expect(await card.locator(`[data-patent="${patent}"]`).textContent()).toContain('匹配度 91.5 分');
      await page.locator('[data-hidden-count]').first().waitFor();
      expect(await page.locator('[data-hidden-count]').first().textContent()).toMatch(
        /另有 \d+ 条未公开的需求/,
      );
      const text = (await page.locator('#market-demand').textContent()) ?? '';
      expect(text).not.toContain(hiddenNeed.title);
      expect(await page.locator(`[data-need="${hiddenNeed.id}"]`).count()).toBe(0);
      await screenshot(page, 'market-demand');

      // Declaring a research field is saved and read back.
      await page.fill('#fields-ipc', 'h01m');
      await page.click('[data-action=save-fields]');
      await page.waitForSelector('text=研究领域已保存');
      await page.waitForFunction(
        () => (document.querySelector<HTMLInputElement>('#fields-ipc')?.value ?? '') === 'H01M',
      );
      expect(session.pageErrors).toEqual([]);
      expect(session.externalRequests).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
