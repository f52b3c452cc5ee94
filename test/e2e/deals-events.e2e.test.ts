import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { authorisationInput, chinaDate } from '../support/authorisation-input.ts';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 120_000;
const ENTERPRISE = DEMO_ACCOUNTS_BY_TYPE.enterprise.orgName;
const UNIVERSITY = DEMO_ACCOUNTS_BY_TYPE.university.orgName;
const EVENT_TITLE = '岳麓山新能源材料专利供需对接会';
const MINUTES =
  '对接会共 12 家企业参会，发布开放许可专利 8 项，湖南麓谷锂电与中南大学就回收提锂工艺达成初步意向，约定两周内开展技术交流。';

let session: BrowserSession;
let enterpriseOrgId = '';
let patentNumber = '';
let eventsHeldBefore = 0;
let eventId = '';

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

/** Types `text` into the picker `id` and clicks the option holding `match` (the agency's clients come first). */
async function pick(page: Page, id: string, text: string, match: string): Promise<void> {
  await page.locator(`input#${id}`).click();
  await page.fill(`input#${id}`, text);
  const option = page.locator(`#${id}-list [role=option]`).filter({ hasText: match }).first();
  const optionId = (await option.getAttribute('data-option-id')) ?? '';
  await option.click();
  await page.locator(`[data-picker=${id}] [data-chosen-id="${optionId}"]`).waitFor();
}

describe('deal pipeline and matchmaking events (issue 6) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    const agencyToken = await apiToken(session, 'agency');
    const enterpriseToken = await apiToken(session, 'enterprise');
    const universityToken = await apiToken(session, 'university');
    type Me = { organisation: { id: string } };
    const agencyId = (await api<Me>(agencyToken, '/api/me')).organisation.id;
    enterpriseOrgId = (await api<Me>(enterpriseToken, '/api/me')).organisation.id;
    const universityId = (await api<Me>(universityToken, '/api/me')).organisation.id;
    await api(enterpriseToken, '/api/authorisations', {
      method: 'POST',
      json: authorisationInput(agencyId),
    }).catch(() => undefined);
    const listings = await api<{ items: { patentNumber: string }[] }>(
      enterpriseToken,
      `/api/listings?limit=5&holder=${universityId}`,
    );
    patentNumber = listings.items[0]?.patentNumber ?? '';
    if (!patentNumber) throw new Error('the demo university has no published listing');
    type Quotas = { targets: { key: string; actual: number }[] };
    const quotas = await api<Quotas>(agencyToken, '/api/quotas');
    eventsHeldBefore = quotas.targets.find((target) => target.key === 'events_held')?.actual ?? 0;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'refuses an exclusive licence of an open-licensed patent with the server’s reason, then moves an ordinary one along the pipeline and declines it with a reason',
    async () => {
      // Prepare
      const page = await session.openPage();
      await signIn(session, page, 'agency');
      await goTo(page, 'deals', '#pipeline-title');
      await page.click('[data-action=new-deal]');
      await page.waitForSelector('#deal-form');

      // Act: an exclusive licence of a patent whose open licence is published (chosen by number), for the client
      await page.selectOption('#deal-kind', 'exclusive_license');
      await pick(page, 'deal-patents', patentNumber, patentNumber);
      await pick(page, 'deal-acquirer', '', ENTERPRISE);
      const refused = page.waitForResponse((response) => response.url().endsWith('/api/deals'));
      await page.click('[data-action=create-deal]');

      // Assess: the 409 in the server's own words
      expect((await refused).status()).toBe(409);
      await page.waitForSelector('#deal-refusal');
      const refusal = (await page.textContent('#deal-refusal')) ?? '';
      expect(refusal).toContain('请先撤回开放许可声明');
      expect(refusal).toContain(patentNumber.replace(/^ZL/, ''));
      await screenshot(page, 'deal-exclusive-refused');

      // Act: an ordinary licence of the same patent is allowed
      await page.selectOption('#deal-kind', 'ordinary_license');
      await page.fill('#deal-amount', '30万');
      await page.click('[data-action=create-deal]');
      // (the demo seed has signed deals of its own: the new one is the lead)
      const card = page.locator('#deal-pipeline [data-stage=lead] [data-kind=ordinary_license]').first();
      await card.waitFor();
      expect(await card.getAttribute('data-stage')).toBe('lead');
      expect(await card.textContent()).toContain(ENTERPRISE);
      const dealId = (await card.getAttribute('data-deal-id')) ?? '';

      // Act: on to contacted, then declined without and with a reason
      await card.locator('[data-action=move-contacted]').click();
      await card.locator('[data-action=confirm-move]').click();
      const moved = page.locator(`#deal-pipeline [data-stage=contacted] [data-deal-id="${dealId}"]`);
      await moved.waitFor();
      await moved.locator('[data-action=move-declined]').click();
      await moved.locator('select[name=reason]').selectOption('other');
      await moved.locator('[data-action=confirm-move]').click();
      expect(await moved.locator('.field-error').textContent()).toContain('请说明原因');
      await moved.locator('select[name=reason]').selectOption('price');
      await moved.locator('input[name=text]').fill('企业预算只有 20 万元');
      await moved.locator('[data-action=confirm-move]').click();

      // Assess
      const declined = page.locator(`#deal-pipeline [data-stage=declined] [data-deal-id="${dealId}"]`);
      await declined.waitFor();
      expect(await declined.locator('[data-decline=price]').textContent()).toContain('价格');
      expect(await declined.textContent()).toContain('企业预算只有 20 万元');
      expect(await page.textContent('#deal-pipeline [data-stage=declined] [data-count]')).toBe('1');
      await screenshot(page, 'deal-pipeline');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'lets an agency hold an event: create, invite its client, the enterprise registers, attendance and minutes count it',
    async () => {
      // Act: the agency creates the event and invites its client
      const agency = await session.openPage();
      await signIn(session, agency, 'agency');
      await goTo(agency, 'events', '#event-form');
      await agency.fill('#event-title', EVENT_TITLE);
      await agency.fill('#event-chain', '新能源汽车与动力电池');
      await agency.fill('#event-date', chinaDate());
      await agency.fill('#event-place', '长沙市岳麓区麓谷企业广场');
      await agency.click('[data-action=create-event]');
      await agency.waitForSelector('#event-title');
      eventId = (await agency.getAttribute('[data-event-id]', 'data-event-id')) ?? '';
      expect(await agency.textContent('#event-title')).toBe(EVENT_TITLE);
      expect(await agency.getAttribute('[data-held-missing]', 'data-held-missing')).toBe(
        'attendance minutes',
      );
      await agency.click('[data-action=edit-event]');
      await agency.fill('#event-place', '长沙市岳麓区麓谷企业广场 F2 栋报告厅');
      await agency.click('#event-form [data-action=create-event]');
      await agency.waitForSelector('[data-action=edit-event]');
      expect(await agency.textContent('[data-event-id] .details')).toContain('F2 栋报告厅');
      await pick(agency, 'invite-enterprises', '', ENTERPRISE);
      await agency.click('[data-action=invite]');
      await agency.waitForSelector(`#event-invited li[data-org-id="${enterpriseOrgId}"]`);
      // The held rule is shown where attendance is recorded; nobody can be ticked present before registering
      expect(await agency.textContent('#attendance-form [data-held-rule]')).toContain('报名企业');
      expect(await agency.$(`#attendance-form [data-org-id="${enterpriseOrgId}"]`)).toBeNull();

      // Act: the enterprise finds it and registers
      const enterprise = await session.openPage();
      await signIn(session, enterprise, 'enterprise');
      await goTo(enterprise, 'events', '#event-table');
      await enterprise.click(`#event-table tr[data-event-id="${eventId}"] a`);
      await enterprise.waitForSelector('#register-form');
      await enterprise.fill('#register-phone', '0731-88886666');
      await enterprise.fill('#register-attendees', '3');
      await enterprise.click('[data-action=register]');
      await enterprise.waitForSelector(`#event-registrations li[data-org-id="${enterpriseOrgId}"]`);
      expect(
        await enterprise.textContent(`#event-registrations li[data-org-id="${enterpriseOrgId}"]`),
      ).toContain('3 人参会');

      // Act: the agency records attendance and minutes
      await agency.reload();
      await agency.waitForSelector('#attendance-form');
      await agency.check(`#attendance-form [data-org-id="${enterpriseOrgId}"] input`);
      await agency.click('[data-action=record-attendance]');
      await agency.waitForSelector('[data-held-missing=minutes]');
      await agency.fill('#minutes-text', MINUTES);
      await agency.click('[data-action=record-minutes]');

      // Assess: held, and counted on the agency's quota with its evidence
      await agency.waitForSelector(`[data-event-id="${eventId}"][data-status=held]`);
      expect(await agency.textContent('[data-minutes]')).toBe(MINUTES);
      expect(await agency.$('#minutes-form')).toBeNull();
      await screenshot(agency, 'event-held');
      await goTo(agency, 'quota', '[data-target=events_held]');
      expect(await agency.getAttribute('[data-target=events_held]', 'data-actual')).toBe(
        String(eventsHeldBefore + 1),
      );
      await agency.click('[data-evidence-target=events_held]');
      const row = agency.locator(
        `#target-evidence-table[data-target=events_held] tr[data-subject-id="${eventId}"]`,
      );
      await row.waitFor();
      expect(await row.getAttribute('data-kind')).toBe('event_held');
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'counts a deal the agency recorded for the university only once the university confirms it, and the evaluation page shows it move from unconfirmed to confirmed',
    async () => {
      // Prepare
      const universityToken = await apiToken(session, 'university');
      const enterpriseToken = await apiToken(session, 'enterprise');
      type Me = { organisation: { id: string } };
      const universityId = (await api<Me>(universityToken, '/api/me')).organisation.id;
      type Quotas = { targets: { key: string; actual: number }[] };
      const conversions = async () =>
        (await api<Quotas>(universityToken, '/api/quotas')).targets.find((t) => t.key === 'conversion_count')
          ?.actual ?? 0;
      const before = await conversions();

      // Act: the agency records a transfer of the university's patent to its client, negotiated at 50万元
      const agency = await session.openPage();
      await signIn(session, agency, 'agency');
      await goTo(agency, 'deals', '#pipeline-title');
      await agency.click('[data-action=new-deal]');
      await agency.selectOption('#deal-kind', 'transfer');
      await agency.selectOption('#deal-stage', 'negotiating');
      await pick(agency, 'deal-patents', patentNumber, patentNumber);
      await pick(agency, 'deal-acquirer', '', ENTERPRISE);
      await agency.fill('#deal-amount', '50万');
      await agency.click('[data-action=create-deal]');
      const card = agency.locator('#deal-pipeline [data-stage=negotiating] [data-kind=transfer]').first();
      await card.waitFor();
      const dealId = (await card.getAttribute('data-deal-id')) ?? '';
      // The broker may not record the signing: only the parties to the contract may
      expect(await card.locator('[data-action=move-signed]').count()).toBe(0);
      expect(await card.locator('[data-confirmations]').textContent()).toContain('待确认');

      // Act: the enterprise signs it (as it would on its own pipeline)
      const deal = await api<{ version: number }>(enterpriseToken, `/api/deals/${dealId}`);
      await api(enterpriseToken, `/api/deals/${dealId}/stage`, {
        method: 'POST',
        json: { to: 'signed', version: deal.version },
      });

      // Assess: signed, but nothing counts for the university, and its evaluation lists it apart
      expect(await conversions()).toBe(before);
      const university = await session.openPage();
      await signIn(session, university, 'university');
      await goTo(university, 'quota', '[data-target=conversion_count]');
      await university.click('[data-action=print-report]');
      await university.waitForSelector(
        `#evaluation-awaiting tr[data-awaiting-id="${dealId}"][data-status=unconfirmed]`,
      );
      expect(
        await university.getAttribute('#evaluation-summary [data-target=conversion_count]', 'data-actual'),
      ).toBe(String(before));
      expect(
        await university.$(`[data-evidence-for=conversion_count] tr[data-subject-id="${dealId}"]`),
      ).toBeNull();
      await screenshot(university, 'evaluation-unconfirmed');

      // Act: from its home page's 待我确认 list, the university opens the deal and confirms its part
      await university.evaluate(() => {
        location.hash = '#/';
      });
      const waiting = university.locator(`#awaiting-confirmation li[data-awaiting-id="${dealId}"]`);
      await waiting.waitFor();
      expect(await waiting.getAttribute('data-status')).toBe('unconfirmed');
      await screenshot(university, 'home-awaiting');
      await waiting.locator('a').click();
      const focused = university.locator(`#deal-pipeline [data-deal-id="${dealId}"][data-focused=true]`);
      await focused.waitFor();
      await focused.locator('[data-action=confirm-part]').click();
      await focused.locator(`[data-party-org="${universityId}"][data-status=confirmed]`).waitFor();
      await screenshot(university, 'deal-confirmed');

      // Assess: it counts now, with its evidence, and leaves the unconfirmed list
      expect(await conversions()).toBe(before + 1);
      await goTo(university, 'quota', '[data-target=conversion_count]');
      await university.click('[data-action=print-report]');
      await university.waitForSelector(
        `#evaluation-report [data-evidence-for=conversion_count] tr[data-subject-id="${dealId}"]`,
      );
      expect(
        await university.getAttribute('#evaluation-summary [data-target=conversion_count]', 'data-actual'),
      ).toBe(String(before + 1));
      expect(await university.$(`#evaluation-awaiting tr[data-awaiting-id="${dealId}"]`)).toBeNull();
      await screenshot(university, 'evaluation-confirmed');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'lets an agency hold a 宣传培训 event for universities: kind, audience and materials shown, a university invited registers itself and attends, no listing to invite',
    async () => {
      // Prepare
      const universityToken = await apiToken(session, 'university');
      type Me = { organisation: { id: string } };
      const universityId = (await api<Me>(universityToken, '/api/me')).organisation.id;

      // Act: the agency creates a policy briefing for universities with its audience and one material
      const agency = await session.openPage();
      await signIn(session, agency, 'agency');
      await goTo(agency, 'events', '#event-form');
      await agency.selectOption('#event-kind', 'policy_briefing');
      await agency.fill('#event-title', '开放许可政策宣讲会');
      await agency.fill('#event-chain', '新能源汽车与动力电池');
      await agency.fill('#event-date', chinaDate());
      await agency.fill('#event-place', '长沙市岳麓区麓谷企业广场');
      await agency.fill('#event-audience', '高校院所科研处、技术转移中心');
      await agency.check('#event-audience-type-university');
      await agency.fill('#event-materials', '开放许可政策解读 | https://example.cn/policy.pdf');
      await agency.click('[data-action=create-event]');
      await agency.waitForSelector('[data-event-id][data-kind=policy_briefing]');
      const briefingId = (await agency.getAttribute('[data-event-id]', 'data-event-id')) ?? '';

      // Assess: the page names the kind, audience and material; universities may be invited, listings not
      const details = (await agency.textContent('[data-event-id] .details')) ?? '';
      expect(details).toContain('政策宣讲');
      expect(details).toContain('高校院所科研处、技术转移中心');
      expect(await agency.getAttribute('[data-audience-types]', 'data-audience-types')).toBe('university');
      expect(await agency.textContent('ul#event-materials')).toContain('开放许可政策解读');
      expect(await agency.$('input#invite-listings')).toBeNull();
      expect(await agency.$('input#invite-enterprises')).toBeNull();

      // Act: the agency invites the university, which registers itself
      await pick(agency, 'invite-orgs', '', UNIVERSITY);
      await agency.click('[data-action=invite]');
      await agency.waitForSelector(`#event-invited li[data-org-id="${universityId}"]`);
      expect(await agency.textContent(`#event-invited li[data-org-id="${universityId}"]`)).toContain(
        '高校院所',
      );
      expect(await agency.textContent('#attendance-form [data-held-rule]')).toContain('报名机构');
      const university = await session.openPage();
      await signIn(session, university, 'university');
      await goTo(university, 'events', '#event-table');
      await university.click(`#event-table tr[data-event-id="${briefingId}"] a`);
      await university.waitForSelector('#register-form');
      await university.fill('#register-phone', '0731-88830000');
      await university.fill('#register-attendees', '2');
      await university.click('[data-action=register]');
      await university.waitForSelector(`#event-registrations li[data-org-id="${universityId}"]`);

      // Act: the agency ticks the university present and writes the minutes
      await agency.reload();
      await agency.waitForSelector(`#attendance-form [data-org-id="${universityId}"]`);
      await agency.check(`#attendance-form [data-org-id="${universityId}"] input`);
      await agency.click('[data-action=record-attendance]');
      await agency.waitForSelector('[data-held-missing=minutes]');
      await agency.fill(
        '#minutes-text',
        '讲解开放许可声明条件与备案要求，高校科研处就存量专利梳理提问，均已现场解答。',
      );
      await agency.click('[data-action=record-minutes]');

      // Assess: the briefing is held with only the university present
      await agency.waitForSelector(`[data-event-id="${briefingId}"][data-status=held]`);
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
