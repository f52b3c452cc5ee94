import { addDays, addMonths, daysBetween } from '../patent/iso-date.ts';

/** Implementing Regulations Art 88: an open licence is filed (备案) within three months of taking effect. */
export const FILING_MONTHS = 3;
/** Days before the deadline on which the licensee is reminded. */
export const FILING_REMINDER_DAYS = [30, 7] as const;

export type FilingState = 'filed' | 'due' | 'due_soon' | 'urgent' | 'overdue';

export const FILING_STATE_LABELS: Readonly<Record<FilingState, string>> = {
  filed: '已备案',
  due: '待备案',
  due_soon: '30 天内到期',
  urgent: '7 天内到期',
  overdue: '已逾期未备案',
};

/**
 * The last day to file a licence that took effect on `effectiveDate`.
 *
 * @example filingDeadline('2026-11-30') // '2027-02-28'
 */
export function filingDeadline(effectiveDate: string): string {
  return addMonths(effectiveDate, FILING_MONTHS);
}

/** The days on which reminders go out, earliest first; a reminder day before the effective date is dropped. */
export function filingReminderDates(effectiveDate: string): string[] {
  const deadline = filingDeadline(effectiveDate);
  return FILING_REMINDER_DAYS.map((days) => addDays(deadline, -days)).filter((day) => day >= effectiveDate);
}

/**
 * Where a licence stands with its filing on `today`.
 *
 * @example filingState({ deadline: '2027-02-28' }, '2027-02-25') // 'urgent'
 */
export function filingState(licence: { deadline: string; filedOn?: string }, today: string): FilingState {
  if (licence.filedOn !== undefined) return 'filed';
  const left = daysBetween(today, licence.deadline);
  if (left < 0) return 'overdue';
  if (left <= 7) return 'urgent';
  if (left <= 30) return 'due_soon';
  return 'due';
}

/** Which reminder, if any, falls on `today` (the job runs daily; a missed day is caught up once). */
export function reminderDue(
  licence: { deadline: string; filedOn?: string; remindersSent: readonly number[] },
  today: string,
): (typeof FILING_REMINDER_DAYS)[number] | undefined {
  if (licence.filedOn !== undefined) return undefined;
  const left = daysBetween(today, licence.deadline);
  return [...FILING_REMINDER_DAYS]
    .sort((a, b) => a - b)
    .find((days) => left <= days && left >= 0 && !licence.remindersSent.includes(days));
}
