import type { PatentGrade } from '@openlicense/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { patentInput, randomPatentNumber } from '../support/test-api.ts';
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
/** What the top patent was graded the run before: the same term, no chain yet. */
const BEFORE_TOP: PatentGrade = { grade: 'B', score: 70, reasons: [TOP.reasons[0]!] };
/** The two patents added for the bulk declaration: the same grade B, one clean, one pledged without consent. */
const SECOND: PatentGrade = {
  grade: 'B',
  score: 66,
  reasons: [{ code: 'term_long', params: { yearsLeft: 13, expiryDate: '2039-03-15' }, effect: 25 }],
};
const BLOCKED: PatentGrade = {
  grade: 'D',
  score: 0,
  reasons: [{ code: 'fee_late_window', params: {}, effect: -20 }],
};

let session: BrowserSession;
let top = '';
let blocked = '';
/** Added to the university's ledger for the bulk declaration: one clean, one pledged without the pledgee's consent. */
const clean = randomPatentNumber(2019);
const pledged = randomPatentNumber(2019);
let token = '';
/** A public need of the demo enterprise, which the top patent's grade counts as matched. */
let publicNeed: { id: string; title: string } | undefined;
/** Needs only agencies see: the panel must not show their titles. */
let hiddenNeed: { id: string; title: string } | undefined;

describe('patent grades in the ledger, in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    // The grades a grading run would have stored, written later than any the seed wrote so they win.
    token = await apiToken(session, 'university');
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
    // The top one is not declared either, so its grade panel offers to declare it.
    top = undeclared.find((patent) => patent.number !== blocked)?.number ?? '';
    expect(blocked).not.toBe('');
    expect(top).not.toBe('');
    const university = DEMO_ACCOUNTS_BY_TYPE.university.orgName;
    for (const [number, legal] of [
      [clean, { annualFee: 'paid', proceedingsSuspended: false }],
      [
        pledged,
        {
          annualFee: 'paid',
          proceedingsSuspended: false,
          pledge: { pledgee: '长沙银行', pledgeeConsented: false },
        },
      ],
    ] as const) {
      const added = await fetch(`${session.url}/api/patents`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(patentInput(number, { patentees: [{ name: university }], legal })),
      });
      expect(added.status, await added.text()).toBe(201);
    }
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
    const holderOrgId = patents[0]!.holderOrgId;
    for (const number of [clean, pledged])
      await session.store.patentGrades.put({
        patentId: number,
        holderOrgId,
        grade: SECOND,
        matchedNeeds: [],
        computedAt,
      });
    // The top patent was B on the run before, and moved to A once it served a priority chain.
    await session.store.patentGrades.put({
      patentId: top,
      holderOrgId,
      grade: BEFORE_TOP,
      matchedNeeds: [],
      computedAt: new Date(Date.now() + 1_800_000).toISOString(),
    });
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
      // Its history, newest first: the move from B to A with the reason it gained
      const move = reasons.locator('[data-grade-history] [data-grade-change="B>A"]');
      await move.waitFor();
      expect(await move.textContent()).toMatch(/由 B 级调整为 A 级/);
      expect(await move.locator('[data-reasons-added]').textContent()).toBe(
        '新增理由：服务本地重点产业链：先进储能材料',
      );
      expect(await reasons.locator('[data-grade-history] li').first().getAttribute('data-grade-change')).toBe(
        'B>A',
      );
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
      // The panel's own declare step is there too, disabled, saying why
      const panelStep = page.locator(
        `[data-reasons-for="${blocked}"] [data-grade-panel-action] [data-action=declare-blocked]`,
      );
      expect(await panelStep.isDisabled()).toBe(true);
      expect(await panelStep.textContent()).toBe('暂不可声明：年费处于滞纳期');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'starts the A patent’s declaration from its grade panel, through the same form and guards as the row',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=patents]');
      await page.waitForSelector('#patent-table');
      await page.click(`#patent-table tr[data-number="${top}"] [data-action=grade-reasons]`);
      // Act: the panel's declare step opens the declaration form for that patent
      await page.click(`[data-reasons-for="${top}"] [data-grade-panel-action] [data-action=declare]`);
      await page.waitForSelector('#declaration-form');
      await fillTerms(page, 'declaration');
      await page.click('[data-action=save-draft]');
      // Assess: the draft exists, for that patent
      await page.waitForSelector('[data-declaration-id]');
      const drafts = await declarations('draft');
      expect(drafts.filter((d) => d.patentNumber === top)).toHaveLength(1);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'selects every A and B patent and starts their declarations in one flow, each answered with its outcome',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'university');
      await page.click('[data-route=patents]');
      await page.waitForSelector('#patent-table');
      // Act: the shortcut ticks the three A and B patents, then one set of terms for all
      await page.click('[data-action=select-grade-ab]');
      await page.waitForSelector('#bulk-declare-form');
      expect(await page.textContent('#bulk-declare-title')).toBe('批量声明开放许可（已选 3 件）');
      expect(await page.isChecked(`[data-select="${clean}"]`)).toBe(true);
      expect(await page.isChecked(`[data-select="${blocked}"]`)).toBe(false);
      await fillTerms(page, 'bulk');
      await page.click('[data-action=bulk-declare]');
      // Assess: the clean one drafted, the top one's draft from its panel kept, the pledged one refused with why
      await page.waitForSelector('#bulk-declare-results');
      expect(await page.textContent('[data-bulk-summary]')).toBe('已起草 1 件，未起草 1 件。');
      const outcome = (number: string) => page.locator(`#bulk-declare-results tr[data-number="${number}"]`);
      expect(await outcome(clean).getAttribute('data-bulk-outcome')).toBe('drafted');
      expect(await outcome(top).getAttribute('data-bulk-outcome')).toBe('existing');
      expect(await outcome(pledged).getAttribute('data-bulk-outcome')).toBe('refused');
      expect(await outcome(pledged).textContent()).toContain(
        '质押未经质权人同意：专利已质押给长沙银行，请取得质权人同意',
      );
      await screenshot(page, 'patents-bulk-declare');
      const drafts = await declarations('draft');
      const draft = drafts.find((d) => d.patentNumber === clean);
      expect(draft).toBeDefined();
      expect(drafts.filter((d) => d.patentNumber === pledged)).toEqual([]);
      // The draft's link opens its form
      await outcome(clean).locator('[data-action=open-draft]').click();
      await page.waitForSelector('#declaration-form');
      expect(decodeURIComponent(page.url())).toContain(draft!.id);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});

/** A running royalty of 3 % of net sales and its estimation note, in the form whose controls start with `prefix`. */
async function fillTerms(page: Page, prefix: string) {
  await page.check(`input[name=${prefix}-royalty-method][value=running_royalty]`);
  await page.selectOption(`#${prefix}-royalty-base`, 'net_sales');
  await page.fill(`#${prefix}-royalty-rate`, '3');
  await page.fill(
    `#${prefix}-estimation-note`,
    '参照同类储能材料专利许可费率（净销售额的 2%–5%），确定为净销售额的 3%。',
  );
}

/** The university's declarations in `status`, read through the API. */
async function declarations(status: string): Promise<{ id: string; patentNumber: string }[]> {
  const res = await fetch(`${session.url}/api/declarations?status=${status}&limit=100`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as { items: { id: string; patentNumber: string }[] }).items;
}
