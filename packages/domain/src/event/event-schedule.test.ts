import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { EventEditInputSchema, EventInputSchema, type MatchmakingEvent, newEvent } from './event.ts';
import { assertRecentEventDate, cancelledEvent, editedEvent } from './event-schedule.ts';

const planned: MatchmakingEvent = newEvent(
  EventInputSchema.parse({ title: '对接会', industryChain: '储能', date: '2026-11-20', place: '麓谷' }),
  { orgId: 'AG', name: '湘江知识产权服务中心', type: 'agency' },
  { id: 'EV1', userId: 'U1', at: '2026-11-01T02:00:00.000Z' },
);
const minutes = { text: '纪要纪要纪要纪要纪要纪要纪要纪要纪要纪要。', writtenAt: 'x', writtenBy: 'U1' };
const AT = '2026-11-10T02:00:00.000Z';

const outcome = (act: () => unknown) => {
  try {
    act();
    return 'ok';
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : String(error);
  }
};

describe('scheduling a matchmaking event', () => {
  it.each([
    { date: '2026-08-12', today: '2026-11-10', expected: 'ok' },
    { date: '2026-08-11', today: '2026-11-10', expected: '422 invalid_input' },
  ])('a date of $date on $today (90 days back at most): $expected', ({ date, today, expected }) => {
    expect(outcome(() => assertRecentEventDate(date, today))).toBe(expected);
  });

  it.each([
    { name: 'a new title', event: planned, input: { version: 1, date: '2026-11-20' }, expected: 'ok' },
    {
      name: 'a stale version',
      event: planned,
      input: { version: 2, date: '2026-11-20' },
      expected: '409 stale_version',
    },
    {
      name: 'a held event',
      event: { ...planned, status: 'held' },
      input: { version: 1, date: '2026-11-20' },
      expected: '409 event_closed',
    },
    {
      name: 'a new date once minutes exist',
      event: { ...planned, minutes },
      input: { version: 1, date: '2026-11-21' },
      expected: '409 event_records_exist',
    },
    {
      name: 'the same date once minutes exist',
      event: { ...planned, minutes },
      input: { version: 1, date: '2026-11-20' },
      expected: 'ok',
    },
  ] as Array<{
    name: string;
    event: MatchmakingEvent;
    input: { version: number; date: string };
    expected: string;
  }>)('editing with $name: $expected', ({ event, input, expected }) => {
    const edit = { title: '对接会（改）', industryChain: '储能', ...input };
    expect(outcome(() => editedEvent(event, edit, '2026-11-10', AT))).toBe(expected);
  });

  it('clears the place, link and description an edit leaves out, and moves the version', () => {
    const next = editedEvent(
      planned,
      { version: 1, title: '新', industryChain: '储能', date: '2026-11-20' },
      '2026-11-10',
      AT,
    );
    expect(next).toMatchObject({ title: '新', version: 2, updatedAt: AT });
    expect(next.place).toBeUndefined();
  });

  it('keeps a training a training when an edit names another kind: the kind (and the counter it moves) is fixed at creation', () => {
    const training = { ...planned, kind: 'training' as const };
    const edit = EventEditInputSchema.parse({
      version: 1,
      kind: 'matchmaking',
      title: '实操培训',
      industryChain: '储能',
      date: '2026-11-20',
      place: '麓谷',
    });
    expect(editedEvent(training, edit, '2026-11-10', AT)).toMatchObject({ kind: 'training', version: 2 });
  });

  it('keeps in a briefing’s audience the kinds already invited, and keeps matchmaking for enterprises', () => {
    const briefing: MatchmakingEvent = {
      ...planned,
      kind: 'policy_briefing',
      audienceTypes: ['university', 'enterprise'],
      invitedEnterprises: [{ orgId: 'U1', name: '中南大学', orgType: 'university' }],
      invitedOrgIds: ['U1'],
    };
    const edit = (audienceTypes?: ('university' | 'enterprise' | 'agency' | 'park')[]) => ({
      version: 1,
      title: '政策宣讲',
      industryChain: '储能',
      date: '2026-11-20',
      ...(audienceTypes ? { audienceTypes } : {}),
    });
    expect(outcome(() => editedEvent(briefing, edit(['enterprise']), '2026-11-10', AT))).toBe(
      '422 invalid_input',
    );
    expect(editedEvent(briefing, edit(['university']), '2026-11-10', AT).audienceTypes).toEqual([
      'university',
    ]);
    expect(editedEvent(briefing, edit(), '2026-11-10', AT).audienceTypes).toBeUndefined();
    expect(outcome(() => editedEvent(planned, edit(['park']), '2026-11-10', AT))).toBe('422 invalid_input');
  });

  it('cancels a planned event with its reason, and refuses to cancel a held one', () => {
    expect(cancelledEvent(planned, '场地取消', AT)).toMatchObject({
      status: 'cancelled',
      cancelReason: '场地取消',
      cancelledAt: AT,
    });
    expect(outcome(() => cancelledEvent({ ...planned, status: 'held' }, 'x', AT))).toBe('409 event_closed');
  });
});
