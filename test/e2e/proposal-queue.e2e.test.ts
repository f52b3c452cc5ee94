import type { Push } from '@openlicense/domain';
import type { Page } from 'playwright-core';
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

/**
 * Issue 10, item 5: the demo agency's queue holds no proposal it cannot approve. Its first clicks used to
 * answer 409 because the queue offered pairs already pushed (by itself through another need, or by the park).
 */
const TEST_TIMEOUT = 120_000;
const APPROVALS = 3;

type PushRow = Pick<
  Push,
  'listingId' | 'listingKind' | 'listingTitle' | 'holderName' | 'enterpriseOrgId' | 'enterpriseName'
>;
type Me = { organisation: { id: string } };

let session: BrowserSession;
let agencyOrgId = '';
/** Proposals written as the matcher would, of pairs the seed already pushed: the queue must not offer them. */
const donePairs: string[] = [];
const doneProposals: string[] = [];

async function api<T>(token: string, path: string): Promise<T> {
  const response = await fetch(`${session.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const pairOf = (p: { listingId: string; enterpriseOrgId: string }) => `${p.listingId}#${p.enterpriseOrgId}`;

/**
 * The seed pushed the agency's best proposal and one of the park's. Another need of the same enterprise
 * matching the same listing gives the agency a second proposal of the pair: write those, scored above the
 * rest so they would top the queue.
 */
async function proposeDonePairs(): Promise<void> {
  const agencyToken = await apiToken(session, 'agency');
  const parkToken = await apiToken(session, 'park');
  const agency = (await api<Me>(agencyToken, '/api/me')).organisation;
  agencyOrgId = agency.id;
  const pushed = [
    ...(await api<{ items: PushRow[] }>(agencyToken, '/api/pushes?limit=100')).items,
    ...(await api<{ items: PushRow[] }>(parkToken, '/api/pushes?limit=100')).items,
  ];
  expect(pushed.length).toBeGreaterThanOrEqual(2);
  const raw = await session.store.proposals.listForBroker(agency.id, 'proposed', { limit: 1 });
  const template = raw.items[0];
  if (!template) throw new Error('the demo agency has no proposal in its queue');
  const inputs = pushed.map((push, i) => {
    const needId = ulid();
    const {
      status: _s,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      pushId: _p,
      rejectReason: _r,
      ...rest
    } = template;
    return {
      ...rest,
      id: `${needId}.${push.listingId}`,
      needId,
      listingId: push.listingId,
      listingKind: push.listingKind,
      listingTitle: push.listingTitle,
      holderName: push.holderName,
      enterpriseOrgId: push.enterpriseOrgId,
      enterpriseName: push.enterpriseName,
      score: 99.9 - i / 10,
    };
  });
  await session.store.proposals.upsert(inputs, new Date());
  for (const input of inputs) {
    donePairs.push(pairOf(input));
    doneProposals.push(input.id);
  }
}

/** The proposals the page shows, as (id, pair, approvable). */
async function shown(page: Page) {
  await page.waitForSelector('#proposal-list, [data-proposals-empty]');
  return page.$$eval('#proposal-list [data-proposal-id]', (items) =>
    items.map((item) => {
      const el = item as HTMLElement;
      return {
        id: el.dataset.proposalId ?? '',
        pair: `${el.dataset.listingId}#${el.dataset.enterpriseId}`,
        approvable: el.querySelector('[data-action=approve]') !== null,
      };
    }),
  );
}

describe('the demo agency’s review queue (issue 10) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    await proposeDonePairs();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'offers no pair already pushed, and every proposal approved from the top is pushed without a refusal',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      await page.click('[data-route=proposals]');
      const before = await shown(page);

      // Assess: the pairs the seed pushed are not offered, whichever broker pushed them
      expect(before.length).toBeGreaterThan(0);
      for (const id of doneProposals) expect(before.map((p) => p.id)).not.toContain(id);
      for (const pair of donePairs) expect(before.map((p) => p.pair)).not.toContain(pair);
      await screenshot(page, 'proposals-queue-agency');

      // Act: approve the top proposals one by one, as a broker would
      const approved: string[] = [];
      for (let n = 0; n < APPROVALS; n++) {
        const queue = await shown(page);
        const next = queue.find((p) => p.approvable);
        if (!next) break;
        const item = page.locator(`[data-proposal-id="${next.id}"]`);
        await item.locator('[data-action=approve]').click();
        const answer = page.waitForResponse(
          (response) => response.url().endsWith('/approve') && response.request().method() === 'POST',
        );
        await item.locator('[data-action=confirm-approve]').click();
        const response = await answer;

        // Assess: pushed, and the queue, read again, no longer offers that pair through any need
        expect(response.status(), await response.text()).toBe(201);
        await item.waitFor({ state: 'detached' });
        const after = await shown(page);
        expect(after.map((p) => p.pair)).not.toContain(next.pair);
        expect(await page.locator('[data-refusal]').count()).toBe(0);
        approved.push(next.id);
      }
      expect(approved.length).toBeGreaterThan(0);
      for (const id of approved)
        expect((await session.store.proposals.get(agencyOrgId, id))?.status).toBe('pushed');
      expect(session.pageErrors).toEqual([]);
      expect(session.externalRequests).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'marks a proposal whose enterprise’s weekly cap is full with next Monday, offering no approve button',
    async () => {
      // Prepare: the demo enterprise (the park pushed it once this week) lowers its cap to one a week, and
      // the agency has a proposal for it of a listing never pushed to it
      const enterpriseToken = await apiToken(session, 'enterprise');
      const enterprise = (await api<Me>(enterpriseToken, '/api/me')).organisation;
      const prefs = await api<{ version: number; email: boolean }>(enterpriseToken, '/api/push-preferences');
      const saved = await fetch(`${session.url}/api/push-preferences`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${enterpriseToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          unsubscribed: false,
          weeklyCap: 1,
          email: prefs.email,
          version: prefs.version,
        }),
      });
      expect(saved.status).toBe(200);
      const listings = await api<{ items: { id: string; title: string; holder: { name: string } }[] }>(
        enterpriseToken,
        '/api/listings?limit=50',
      );
      const listing = listings.items.find(
        (item) => !donePairs.includes(pairOf({ listingId: item.id, enterpriseOrgId: enterprise.id })),
      );
      if (!listing) throw new Error('no listing left to propose');
      const needId = ulid();
      const id = `${needId}.${listing.id}`;
      const { items } = await session.store.proposals.listForBroker(agencyOrgId, 'proposed', { limit: 1 });
      const template = items[0];
      if (!template) throw new Error('the demo agency has no proposal in its queue');
      await session.store.proposals.upsert(
        [
          {
            id,
            brokerOrgId: agencyOrgId,
            needId,
            listingId: listing.id,
            listingKind: 'listing',
            enterpriseOrgId: enterprise.id,
            enterpriseName: DEMO_ACCOUNTS_BY_TYPE.enterprise.orgName,
            needTitle: template.needTitle,
            listingTitle: listing.title,
            holderName: listing.holder.name,
            score: 99.95,
            explanation: template.explanation,
          },
        ],
        new Date(),
      );
      const page = await session.openPage();
      await signIn(session, page, 'agency');

      // Act
      await page.click('[data-route=proposals]');
      const item = page.locator(`[data-proposal-id="${id}"]`);
      await item.waitFor();

      // Assess
      expect(await item.locator('[data-cap-full]').textContent()).toMatch(
        /本周的推送已达上限，\d{4}-\d{2}-\d{2}（下周一）起可推送/,
      );
      expect(await item.locator('[data-action=approve]').count()).toBe(0);
      expect(await item.locator('[data-action=reject]').count()).toBe(1);
      await screenshot(page, 'proposals-cap-full');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
