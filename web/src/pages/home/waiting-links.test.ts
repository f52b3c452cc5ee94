import { WAITING_CODES } from '@openlicense/contract/waiting';
import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages.ts';
import { parseHash } from '../../router/routes.ts';
import { openItems, WAITING_HREFS } from './waiting-links.ts';

describe('the home page’s waiting links', () => {
  it('sends every waiting code to a screen of the shell, phrased in both languages', () => {
    for (const code of WAITING_CODES) {
      expect(parseHash(WAITING_HREFS[code]), code).not.toBeNull();
      expect(messages['zh-CN'][`home.waiting.code.${code}`], code).toMatch(/[\u4e00-\u9fff]/);
      expect(messages.en[`home.waiting.code.${code}`], code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('opens a declaration task on the list filtered to what it counts', () => {
    expect(WAITING_HREFS.declarations_to_revise).toBe('#/declarations?status=rejected');
    expect(WAITING_HREFS.declarations_in_review).toBe('#/declarations?status=submitted');
    expect(WAITING_HREFS.declaration_reviews).toBe('#/declaration-review');
  });

  it('shows only the tasks with something waiting', () => {
    expect(
      openItems([
        { code: 'unread_pushes', count: 2 },
        { code: 'event_invitations', count: 0 },
      ]),
    ).toEqual([{ code: 'unread_pushes', count: 2 }]);
  });
});
