import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { apiToken, type BrowserSession, screenshot, signIn, startBrowserSession } from './browser-session.ts';

const TEST_TIMEOUT = 180_000;
const ENTERPRISE = DEMO_ACCOUNTS_BY_TYPE.enterprise.orgName;
const DESCRIPTION = '寻找具备千吨级中试条件的合作方，完成正极材料放大验证与工艺定型';
const OFFER = '工艺包、实验数据与技术团队驻场支持';
const ANSWER = '我司有一条中试线，可在三个月内完成放大验证';

let session: BrowserSession;
let listingId = '';

describe('conversion needs (成果转化需求, issue 14) in Chromium', () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    const token = await apiToken(session, 'university');
    const headers = { Authorization: `Bearer ${token}` };
    const me = (await (await fetch(`${session.url}/api/me`, { headers })).json()) as {
      organisation: { id: string };
    };
    const listings = (await (
      await fetch(`${session.url}/api/listings?limit=5&holder=${me.organisation.id}`, { headers })
    ).json()) as { items: { id: string }[] };
    listingId = listings.items[0]?.id ?? '';
    if (!listingId) throw new Error('the demo university has no published listing');
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it(
    'the university posts one from its declaration, an enterprise answers it, the university sees the lead',
    async () => {
      // Prepare: the university opens its published declaration
      const university = await session.openPage();
      await signIn(session, university, 'university');
      await university.goto(`${session.url}/#/declarations/${listingId}`);
      await university.click('[data-action=post-conversion-need]');
      await university.waitForSelector('#cneed-form');

      // Act: it posts a pilot-scale need with a budget band
      await university.selectOption('#cneed-kind', 'pilot_scale');
      await university.fill('#cneed-description', DESCRIPTION);
      await university.fill('#cneed-offer', OFFER);
      await university.fill('#cneed-budget-min', '50万');
      await university.fill('#cneed-budget-max', '200万');
      await university.click('[data-action=post-conversion-need]');
      await university.waitForSelector('#cneed-detail-title');
      const needId =
        (await university.getAttribute('[data-conversion-need-id]', 'data-conversion-need-id')) ?? '';
      expect(await university.textContent('#cneed-detail-title')).toContain('中试合作');
      await screenshot(university, 'conversion-need-posted');

      // Act: the enterprise finds it under 成果转化需求 and answers
      const enterprise = await session.openPage();
      await signIn(session, enterprise, 'enterprise');
      await enterprise.click('[data-route=conversionNeeds]');
      await enterprise.click(`[data-conversion-need-id="${needId}"] [data-action=open-conversion-need]`);
      await enterprise.waitForSelector('#cneed-answer-form');
      await enterprise.fill('#cneed-answer-message', ANSWER);
      await enterprise.fill('#cneed-answer-contact-name', '王工');
      await enterprise.fill('#cneed-answer-contact-phone', '13800000000');
      await enterprise.fill('#cneed-answer-contact-email', 'wang@example.com');
      await enterprise.click('[data-action=answer]');
      await enterprise.waitForSelector('#cneed-answers [data-answer-org]');
      expect(await enterprise.locator('#cneed-answer-form').count()).toBe(0);

      // Assess: the university reads the answer with its contact and opens the lead in its deals
      await university.reload();
      await university.waitForSelector('#cneed-answers [data-answer-org]');
      const answer = university.locator('#cneed-answers [data-answer-org]');
      expect(await answer.textContent()).toContain(ANSWER);
      expect(await answer.textContent()).toContain('wang@example.com');
      await answer.locator('[data-action=open-deal]').click();
      const lead = university.locator('[data-focused=true]');
      await lead.waitFor();
      expect(await lead.getAttribute('data-stage')).toBe('lead');
      const text = (await lead.textContent()) ?? '';
      expect(text).toContain(ENTERPRISE);
      expect(text).toContain('成果转化需求回应');
      await screenshot(university, 'conversion-need-lead');
      expect(session.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
