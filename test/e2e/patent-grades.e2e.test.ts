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
    const computedAt = new Date(Date.now() + 3_600_000).toISOString();
    for (const patent of patents)
      await session.store.patentGrades.put({
        patentId: patent.number,
        holderOrgId: patent.holderOrgId,
        grade: patent.number === top ? TOP : patent.number === blocked ? BLOCKED : MIDDLE,
        matchedNeeds: [],
        computedAt,
      });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets the university sort its ledger by grade and read why the top patent is graded A',
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
