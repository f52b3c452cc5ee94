import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushDeliveryConsumer } from '../../functions/matcher/src/index.ts';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import type { MailMessage } from '../../packages/mail/src/index.ts';
import { authorisationInput } from '../support/authorisation-input.ts';
import { needInput } from '../support/need-input.ts';
import {
  apiToken,
  type BrowserSession,
  navOf,
  navRoutes,
  screenshot,
  signIn,
  startBrowserSession,
} from './browser-session.ts';

const TEST_TIMEOUT = 90_000;
const ENTERPRISE = DEMO_ACCOUNTS_BY_TYPE.enterprise.orgName;
const NOTE = '客户去年提过隔膜需求，优先推送';

const EXPLANATION = {
  summary: '关键词与 IPC 分类高度吻合，价格在预算内',
  signals: [
    {
      signal: 'text' as const,
      contribution: 34.2,
      evidence: ['锂离子电池', '隔膜'],
      text: '共同关键词：锂离子电池、隔膜',
    },
    {
      signal: 'ipc' as const,
      contribution: 22,
      evidence: ['H01M 50/403'],
      text: '共同 IPC 分类：H01M 50/403',
    },
    {
      signal: 'price' as const,
      contribution: 12.5,
      evidence: ['¥48,000 / ¥800,000'],
      text: '按 3 年计许可费约 ¥48,000，在预算 ¥800,000 以内',
    },
  ],
};

let session: BrowserSession;
let proposalId = '';
let agencyOrgId = '';
/** The demo seed already has pushes: the agency's one delivered, a park's unread one in the enterprise's inbox. */
let before = { quota: 0, delivered: 0, evidence: 0, unread: 0 };
let listingTitle = '';
let pushId = '';
let twinProposalId = '';
let needId = '';
let listingId = '';

async function api<T>(
  token: string,
  path: string,
  init: { method?: string; json?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${session.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function goTo(page: Page, route: string, ready: string): Promise<void> {
  await page.click(`[data-route=${route}]`);
  await page.waitForSelector(ready);
}

/**
 * What the matcher would have written (the stream poller does not run in browser tests): one proposal to the
 * agency, best in its queue, of a published listing not yet pushed to the enterprise, for a new open need of
 * that enterprise, which authorised the agency. Also notes what the seeded demo pushes already count.
 */
async function seedProposal(): Promise<void> {
  const agencyToken = await apiToken(session, 'agency');
  const enterpriseToken = await apiToken(session, 'enterprise');
  type Me = { organisation: { id: string; name: string } };
  const agency = (await api<Me>(agencyToken, '/api/me')).organisation;
  const enterprise = (await api<Me>(enterpriseToken, '/api/me')).organisation;
  agencyOrgId = agency.id;
  // The seed may already hold a live authorisation of the agency; a second grant is refused, which is fine.
  await api(enterpriseToken, '/api/authorisations', {
    method: 'POST',
    json: authorisationInput(agency.id),
  }).catch(() => undefined);
  type Quotas = { targets: { key: string; actual: number }[] };
  const quotas = await api<Quotas>(agencyToken, '/api/quotas');
  const summary = await api<{ delivered: number }>(agencyToken, '/api/pushes/summary');
  const evidence = await api<{ items: unknown[] }>(agencyToken, '/api/pushes?limit=100');
  const inbox = await api<{ items: { listingId: string }[]; unread: number }>(enterpriseToken, '/api/inbox');
  before = {
    quota: quotas.targets.find((target) => target.key === 'precise_pushes')?.actual ?? 0,
    delivered: summary.delivered,
    evidence: evidence.items.length,
    unread: inbox.unread,
  };
  const pushed = new Set(inbox.items.map((item) => item.listingId));
  const openNeed = async (title: string) => {
    const need = await api<{ id: string; title: string; version: number }>(enterpriseToken, '/api/needs', {
      method: 'POST',
      json: needInput({ title, ipc: ['H01M 50/403'] }),
    });
    await api(enterpriseToken, `/api/needs/${need.id}/transitions`, {
      method: 'POST',
      json: { action: 'open', version: need.version },
    });
    return need;
  };
  const need = await openNeed('动力电池隔膜耐热与闭孔性能提升');
  // A second need the same listing matches: approving it after the first is the duplicate the store refuses.
  const twin = await openNeed('储能电池隔膜热稳定性改进');
  const listings = await api<{ items: { id: string; title: string; holder: { name: string } }[] }>(
    enterpriseToken,
    '/api/listings?limit=50',
  );
  const listing = listings.items.find((item) => !pushed.has(item.id));
  if (!listing) throw new Error('the demo catalogue has no listing the enterprise has not been pushed');
  listingTitle = listing.title;
  proposalId = `${need.id}.${listing.id}`;
  await session.store.proposals.upsert(
    [
      {
        id: proposalId,
        brokerOrgId: agency.id,
        needId: need.id,
        listingId: listing.id,
        listingKind: 'listing',
        enterpriseOrgId: enterprise.id,
        enterpriseName: enterprise.name,
        needTitle: need.title,
        listingTitle: listing.title,
        holderName: listing.holder.name,
        score: 99.4,
        explanation: EXPLANATION,
      },
      {
        id: `${twin.id}.${listing.id}`,
        brokerOrgId: agency.id,
        needId: twin.id,
        listingId: listing.id,
        listingKind: 'listing',
        enterpriseOrgId: enterprise.id,
        enterpriseName: enterprise.name,
        needTitle: twin.title,
        listingTitle: listing.title,
        holderName: listing.holder.name,
        score: 99.1,
        explanation: EXPLANATION,
      },
    ],
    new Date(),
  );
  twinProposalId = `${twin.id}.${listing.id}`;
  needId = need.id;
  listingId = listing.id;
  await session.store.matches.replaceForNeed(need.id, [
    {
      needId: need.id,
      listingId: listing.id,
      listingKind: 'listing',
      enterpriseOrgId: enterprise.id,
      enterpriseName: enterprise.name,
      needTitle: need.title,
      listingTitle: listing.title,
      holderName: listing.holder.name,
      score: 99.4,
      explanation: EXPLANATION,
      computedAt: new Date().toISOString(),
      engineVersion: 1,
    },
  ]);
}

describe('precise push (issue 5) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    await seedProposal();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'lets an agency broker review a proposal with its explanation and approve it with a note',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      expect(await navRoutes(page)).toEqual(navOf('agency'));
      await goTo(page, 'proposals', '#proposal-list');
      const item = page.locator(`[data-proposal-id="${proposalId}"]`);
      await item.waitFor();
      // A second tab of the same queue, opened before the push: its screen goes stale.
      const stale = await session.openPage();
      await signIn(session, stale, 'agency');
      await goTo(stale, 'proposals', '#proposal-list');
      await stale.locator(`[data-proposal-id="${twinProposalId}"]`).waitFor();
      expect(await item.getAttribute('data-enterprise')).toBe(ENTERPRISE);
      expect(await item.locator('[data-signal=text]').textContent()).toContain(
        '共同关键词：锂离子电池、隔膜',
      );
      expect(await item.locator('[data-signal=ipc] .chip').textContent()).toBe('H01M 50/403');
      expect(await item.locator('[data-badge="match.score"]').textContent()).toBe('匹配度 99.4');

      // Act
      await item.locator('[data-action=approve]').click();
      const message = item.locator('textarea[name=message]');
      expect(await message.inputValue()).toContain('动力电池隔膜耐热与闭孔性能提升');
      await item.locator('textarea[name=note]').fill(NOTE);
      const approve = page.waitForRequest(
        (request) => request.url().endsWith(`/approve`) && request.method() === 'POST',
      );
      await item.locator('[data-action=confirm-approve]').click();

      // Assess
      const sent = await approve;
      expect(sent.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      expect(sent.postDataJSON()).toMatchObject({ note: NOTE });
      await item.waitFor({ state: 'detached' });
      expect(await page.textContent('.toast-success')).toContain(ENTERPRISE);

      // The queue, read again, no longer offers the same listing for the same enterprise through the second need.
      await page.waitForSelector('#proposal-list, [data-proposals-empty]');
      expect(await page.locator(`[data-proposal-id="${twinProposalId}"]`).count()).toBe(0);

      // Act: the stale tab still shows the twin and approves it
      const twin = stale.locator(`[data-proposal-id="${twinProposalId}"]`);
      await twin.locator('[data-action=approve]').click();
      await twin.locator('[data-action=confirm-approve]').click();

      // Assess: refused with the reason and the server's own words (the earlier push's date)
      await twin.locator('[data-refusal]').waitFor();
      const refusal = await twin.locator('[data-refusal]').textContent();
      expect(refusal).toContain('未能推送：该专利近期已推送给这家企业');
      expect(refusal).toMatch(/已于 \d{4}-\d{2}-\d{2} 推送给该企业/);
      await screenshot(stale, 'proposals-refused');
      await page.click('[data-status=pushed]');
      await page.waitForSelector(`#proposal-list[data-status=pushed] [data-proposal-id="${proposalId}"]`);
      await screenshot(page, 'proposals-agency');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'delivers the approved push; the enterprise opens it, reads the explanation and marks it 感兴趣',
    async () => {
      // Prepare: what the push-delivery stream consumer does once the push is approved
      const proposal = await session.store.proposals.get(agencyOrgId, proposalId);
      expect(proposal?.status).toBe('pushed');
      pushId = proposal?.pushId ?? '';
      const push = await session.store.pushes.get(pushId);
      expect(push).toMatchObject({ status: 'approved', note: NOTE });
      const mails: MailMessage[] = [];
      const delivery = pushDeliveryConsumer({
        store: session.store,
        mailer: { send: async (mail) => void mails.push(mail) },
        mailFrom: 'noreply@openlicense.local',
        appUrl: session.url,
        now: () => new Date(),
      });
      await delivery.apply({
        eventId: 'e2e-1',
        eventName: 'MODIFY',
        sequenceNumber: '1',
        entity: 'Push',
        newImage: { ...push },
      });
      expect((await session.store.pushes.get(pushId))?.status).toBe('delivered');
      const page = await session.openPage();
      await signIn(session, page, 'enterprise');

      // Act
      await goTo(page, 'inbox', '#inbox-list');
      const row = page.locator(`#inbox-list [data-push-id="${pushId}"]`);
      expect(await row.getAttribute('data-unread')).toBe('true');
      expect(await page.getAttribute('#inbox-unread', 'data-unread')).toBe(String(before.unread + 1));
      expect(await page.getAttribute('#inbox-list li:first-child', 'data-push-id')).toBe(pushId);
      const read = page.waitForRequest((request) => request.url().endsWith(`/api/inbox/${pushId}/read`));
      await row.locator('a').click();
      await read;
      await page.waitForSelector('[data-explanation]');
      const explanation = await page.textContent('[data-explanation]');
      const feedback = page.waitForResponse((response) =>
        response.url().endsWith(`/api/inbox/${pushId}/feedback`),
      );
      await page.click('[data-feedback-buttons] [data-feedback=interested]');
      const answered = await feedback;

      // Assess
      expect(await page.textContent('#push-title')).toBe(listingTitle);
      expect(explanation).toContain('共同关键词：锂离子电池、隔膜');
      expect(explanation).toContain('按 3 年计许可费约 ¥48,000');
      expect(answered.status()).toBe(200);
      await page.waitForSelector('#push-feedback p[data-feedback=interested]');
      expect(await page.textContent('#push-feedback p[data-feedback=interested]')).toContain('感兴趣');
      expect(
        await page.getAttribute('[data-feedback-buttons] [data-feedback=interested]', 'aria-pressed'),
      ).toBe('true');
      const stored = await session.store.pushes.get(pushId);
      expect(stored).toMatchObject({ status: 'answered', feedback: { kind: 'interested' } });
      expect(stored?.readAt).toEqual(expect.any(String));
      await screenshot(page, 'inbox-enterprise');
      await page.click('a[href="#/inbox"]');
      await page.waitForSelector(`#inbox-list [data-push-id="${pushId}"][data-unread=false]`);
      expect(await page.getAttribute('#inbox-unread', 'data-unread')).toBe(String(before.unread));
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the agency one delivered push on its quota dashboard, with the evidence and its XLSX',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'agency');

      // Act
      await goTo(page, 'quota', '[data-target=precise_pushes]');
      await page.waitForSelector('#evidence-table');

      // Assess: one more delivered push than the demo seed's
      const summary = await api<{ delivered: number; readRate: number; feedbackRate: number }>(
        await apiToken(session, 'agency'),
        '/api/pushes/summary',
      );
      const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
      expect(await page.getAttribute('[data-target=precise_pushes]', 'data-actual')).toBe(
        String(before.quota + 1),
      );
      expect(await page.textContent('[data-target=precise_pushes]')).toContain('1,000 次');
      // Far below 1,000 pushes: at risk once the year's pace asks for more, on track early in January.
      const status = await page.getAttribute('[data-target=precise_pushes]', 'data-status');
      expect(['at_risk', 'on_track']).toContain(status);
      expect(
        await page.textContent(`[data-target=precise_pushes] [data-badge="quota.status.${status}"]`),
      ).toBe(status === 'at_risk' ? '有风险' : '进度正常');
      expect(summary.delivered).toBe(before.delivered + 1);
      expect(await page.getAttribute('#quota-rates [data-delivered]', 'data-delivered')).toBe(
        String(before.delivered + 1),
      );
      expect(await page.textContent('#quota-rates [data-read-rate]')).toBe(percent(summary.readRate));
      expect(await page.textContent('#quota-rates [data-feedback-rate]')).toBe(percent(summary.feedbackRate));
      const charted = await page.$$eval('#quota-chart [data-month]', (groups) =>
        groups.reduce((sum, group) => sum + Number((group as SVGElement).dataset.delivered ?? 0), 0),
      );
      expect(charted).toBe(before.quota + 1);
      const rows = page.locator('#evidence-table tbody tr');
      expect(await rows.count()).toBe(before.evidence + 1);
      const ours = page.locator(`#evidence-table tbody tr[data-push-id="${pushId}"]`);
      expect(await ours.textContent()).toContain(ENTERPRISE);
      expect(await ours.textContent()).toContain(listingTitle);
      expect(await ours.locator('[data-badge="push.feedback.interested"]').textContent()).toBe('感兴趣');
      const download = page.waitForEvent('download');
      await page.click('[data-action=download-evidence]');
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^精准推送佐证-\d{4}\.xlsx$/);
      await screenshot(page, 'quota-agency');
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the match with its explanation on the need’s page and, to the agency, on the listing’s page',
    async () => {
      // Act
      const enterprise = await session.openPage();
      await signIn(session, enterprise, 'enterprise');
      await enterprise.goto(`${session.url}/#/needs/${needId}`);
      const onNeed = enterprise.locator(`#matches-panel[data-side=need] [data-listing-id="${listingId}"]`);
      await onNeed.waitFor();
      const agency = await session.openPage();
      await signIn(session, agency, 'agency');
      await agency.goto(`${session.url}/#/catalogue/${listingId}`);
      const onListing = agency.locator(`#matches-panel[data-side=listing] [data-need-id="${needId}"]`);
      await onListing.waitFor();

      // Assess
      expect(await onNeed.locator('h3').textContent()).toBe(listingTitle);
      expect(await onNeed.locator('[data-signal=text]').textContent()).toContain(
        '共同关键词：锂离子电池、隔膜',
      );
      expect(await onNeed.locator('[data-signal=price] .chip').textContent()).toBe('¥48,000 / ¥800,000');
      expect(await onListing.textContent()).toContain('动力电池隔膜耐热与闭孔性能提升');
      expect(await onListing.textContent()).toContain(`需求企业：${ENTERPRISE}`);
      await screenshot(enterprise, 'need-matches-enterprise');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
