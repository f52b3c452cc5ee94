import type { PatentGrade } from '@openlicense/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 90_000;

const TOP: PatentGrade = {
  grade: 'A',
  score: 100,
  reasons: [
    { code: 'term_long', params: { yearsLeft: 14, expiryDate: '2039-03-14' }, effect: 25 },
    { code: 'chain_priority', params: { chains: ['先进储能材料'] }, effect: 15 },
  ],
};
const MIDDLE: PatentGrade = {
  grade: 'C',
  score: 30,
  reasons: [{ code: 'term_medium', params: { yearsLeft: 7, expiryDate: '2032-03-14' }, effect: 10 }],
};
const BLOCKED: PatentGrade = {
  grade: 'D',
  score: 0,
  reasons: [{ code: 'fee_late_window', params: {}, effect: -20 }],
};

let session: BrowserSession;
let top = '';
let blocked = '';
/** A public need of the demo enterprise, which the top patent's grade counts as matched. */
let publicNeed: { id: string; title: string } | undefined;
/** Needs only agencies see: the panel must not show their titles. */
let hiddenNeed: { id: string; title: string } | undefined;

describe('patent grades in the ledger, in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    // The grades a grading run would have stored, written later than any the seed wrote so they win.
    const token = await apiToken(session, 'university');
    const res = await fetch(`${session.url}/api/patents?limit=200`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const ledger = (await res.json()) as {
      items: { number: string; holderOrgId: string }[];
      declarations?: Record<string, unknown>;
    };
    const patents = ledger.items;
    expect(patents.length).toBeGreaterThan(3);
    // The blocked one is never declared, so the ledger would offer to declare it.
    const undeclared = patents.filter((patent) => !ledger.declarations?.[patent.number]);
    blocked = undeclared[undeclared.length - 1]?.number ?? '';
    top = patents.find((patent) => patent.number !== blocked)?.number ?? '';
    expect(blocked).not.toBe('');
    const enterprise = await apiToken(session, 'enterprise');
    const needs = (await (
      await fetch(`${session.url}/api/needs?limit=100`, {
        headers: { Authorization: `Bearer ${enterprise}` },
      })
    ).json()) as { items: { id: string; title: string; visibility: string }[] };
    publicNeed = needs.items.find((need) => need.visibility === 'public');
    hiddenNeed = needs.items.find((need) => need.visibility !== 'public');
    expect(publicNeed).toBeDefined();
    const computedAt = new Date(Date.now() + 3_600_000).toISOString();
    for (const patent of patents)
      await session.store.patentGrades.put({
        patentId: patent.number,
        holderOrgId: patent.holderOrgId,
        grade: patent.number === top ? TOP : patent.number === blocked ? BLOCKED : MIDDLE,
        matchedNeeds:
          patent.number === top
            ? [
                { needId: publicNeed!.id, score: 88.5 },
                ...(hiddenNeed ? [{ needId: hiddenNeed.id, score: 61 }] : []),
              ]
            : [],
        computedAt,
      });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets the university sort its ledger by grade, read why the top patent is graded A and which market needs it matches',
    async () => {
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=patents]');
      await page.waitForSelector('#patent-table');

      await page.click('[data-action=sort-by-grade]');
      await page.waitForSelector(`#patent-table tbody tr:first-child[data-number="${top}"]`);
      const first = page.locator(`#patent-table tr[data-number="${top}"] [data-action=grade-reasons]`);
      expect(await first.textContent()).toBe('A');
      await first.click();
      const reasons = page.locator(`[data-reasons-for="${top}"]`);
      await reasons.waitFor();
      expect(await reasons.textContent()).toContain('剩余保护期 14 年（至 2039-03-14），较长');
      expect(await reasons.textContent()).toContain('服务本地重点产业链：先进储能材料');
      expect(await reasons.textContent()).toContain('A 级（100 分）');
      // The market needs it matched: the public one by its title and score; one not public only counted
      const need = reasons.locator(`[data-need="${publicNeed!.id}"]`);
      await need.waitFor();
      expect(await need.textContent()).toContain(`${publicNeed!.title}（匹配度 88.5 分`);
      if (hiddenNeed) {
        expect(await reasons.locator('[data-needs=others]').textContent()).toContain('另有 1 条未公开的需求');
        expect(await reasons.textContent()).not.toContain(hiddenNeed.title);
      }
      await screenshot(page, 'patents-grade-reasons');

      await page.click('[data-grade-filter=D]');
      // The ledger is listed again with only grade D: the one blocked patent.
      await page.waitForFunction((number) => {
        const rows = document.querySelectorAll<HTMLElement>('#patent-table tbody tr[data-number]');
        return rows.length === 1 && rows[0]?.dataset.number === number;
      }, blocked);
      const row = page.locator(`#patent-table tr[data-number="${blocked}"]`);
      expect(await row.locator('[data-action=declare]').count()).toBe(0);
      await row.locator('[data-action=declare-blocked]').click();
      const why = page.locator(`[data-reasons-for="${blocked}"] [data-grade-blocks=declaration]`);
      await why.waitFor();
      expect(await why.textContent()).toContain('该专利目前不能声明开放许可：年费处于滞纳期');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
