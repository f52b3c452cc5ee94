import { describe, expect, it } from 'vitest';
import type { Requester, RequestOptions } from './client.ts';
import { detailOf, eventsApi } from './events.ts';

/** A requester that records each call and answers with `answer`. */
function recorder(answer: unknown) {
  const calls: { path: string; init: RequestOptions | undefined }[] = [];
  const request = (async (path: string, init?: RequestOptions) => {
    calls.push({ path, init });
    return answer;
  }) as Requester;
  return { request, calls };
}

describe('events client', () => {
  it('splits the event view into the event, registrations, deals and what is missing', () => {
    const detail = detailOf({
      id: 'E1',
      title: '对接会',
      roles: ['organiser'],
      registrations: [{ orgId: 'O1' }],
      deals: [],
      missing: ['活动纪要 / minutes'],
    });
    expect(detail.event).toEqual({ id: 'E1', title: '对接会' });
    expect(detail.registrations).toEqual([{ orgId: 'O1' }]);
    expect(detail.heldMissing).toEqual(['活动纪要 / minutes']);
  });

  it('reads a bare event as an event with empty lists', async () => {
    const { request, calls } = recorder({ id: 'E1', status: 'held' });
    const detail = await eventsApi(request).minutes('E1', '纪要'.repeat(10));
    expect(detail).toEqual({ event: { id: 'E1', status: 'held' }, registrations: [], deals: [] });
    expect(calls[0]).toMatchObject({ path: '/api/events/E1/minutes', init: { method: 'POST' } });
  });
});
