import { describe, expect, it } from 'vitest';
import { filingDeadline, filingReminderDates, filingState, reminderDue } from './filing.ts';

describe('filing deadline', () => {
  it('is three calendar months after the licence takes effect, clamped to the month end', () => {
    expect(filingDeadline('2026-11-23')).toBe('2027-02-23');
    expect(filingDeadline('2026-11-30')).toBe('2027-02-28');
  });

  it('sends reminders 30 and 7 days before the deadline', () => {
    expect(filingReminderDates('2026-11-23')).toEqual(['2027-01-24', '2027-02-16']);
  });
});

describe('filing state', () => {
  it.each([
    ['2026-12-01', 'due'],
    ['2027-01-25', 'due_soon'],
    ['2027-02-20', 'urgent'],
    ['2027-02-23', 'urgent'],
    ['2027-02-24', 'overdue'],
  ] as const)('on %s a licence due 2027-02-23 is %s', (today, state) => {
    expect(filingState({ deadline: '2027-02-23' }, today)).toBe(state);
  });

  it('is filed once a filing date is recorded, even late', () => {
    expect(filingState({ deadline: '2027-02-23', filedOn: '2027-03-01' }, '2027-04-01')).toBe('filed');
  });
});

describe('reminder due', () => {
  const licence = { deadline: '2027-02-23', remindersSent: [] as number[] };

  it('sends none while more than 30 days are left', () => {
    expect(reminderDue(licence, '2027-01-20')).toBeUndefined();
  });

  it('sends the 30-day reminder once, then the 7-day one', () => {
    expect(reminderDue(licence, '2027-01-24')).toBe(30);
    expect(reminderDue({ ...licence, remindersSent: [30] }, '2027-01-25')).toBeUndefined();
    expect(reminderDue({ ...licence, remindersSent: [30] }, '2027-02-16')).toBe(7);
  });

  it('sends the nearer reminder only when the job missed both days', () => {
    expect(reminderDue(licence, '2027-02-18')).toBe(7);
  });

  it('sends nothing once filed or overdue', () => {
    expect(reminderDue({ ...licence, filedOn: '2027-01-02' }, '2027-01-24')).toBeUndefined();
    expect(reminderDue(licence, '2027-02-24')).toBeUndefined();
  });
});
