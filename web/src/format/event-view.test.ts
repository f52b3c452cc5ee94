import { describe, expect, it } from 'vitest';
import { attendanceChoices, eventStatusBadge, heldMissing } from './event-view.ts';

describe('event view', () => {
  it('lists what a planned event still needs to count as held', () => {
    const planned = { status: 'planned' as const, date: '2026-11-30' };
    expect(heldMissing(planned, '2026-11-23')).toEqual(['date', 'attendance', 'minutes']);
    expect(
      heldMissing(
        {
          ...planned,
          attendance: { orgIds: ['E1'], recordedAt: 'x', recordedBy: 'u' },
          minutes: { text: '短', writtenAt: 'x', writtenBy: 'u' },
        },
        '2026-11-30',
      ),
    ).toEqual(['minutes']);
    expect(heldMissing({ status: 'held', date: '2026-11-30' }, '2026-11-23')).toEqual([]);
  });

  it('offers only the registered enterprises for attendance, once each and never the organiser', () => {
    expect(
      attendanceChoices({ organiserOrgId: 'AG' }, [
        { orgId: 'E2', orgName: '企业二' },
        { orgId: 'AG', orgName: '主办方' },
        { orgId: 'E2', orgName: '企业二' },
        { orgId: 'E1', orgName: '企业一' },
      ]),
    ).toEqual([
      { orgId: 'E2', name: '企业二' },
      { orgId: 'E1', name: '企业一' },
    ]);
    expect(attendanceChoices({ organiserOrgId: 'AG' }, [])).toEqual([]);
  });

  it('badges the status', () => {
    expect(eventStatusBadge('held')).toEqual({ label: 'event.status.held', tone: 'ok' });
  });
});
