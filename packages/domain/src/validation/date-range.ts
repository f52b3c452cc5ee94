import type * as z from 'zod/mini';
import { addYears, isoDateInChina } from '../patent/iso-date.ts';

/** The Patent Law of the PRC took effect on this day: no Chinese patent was filed or granted before it. */
export const PATENT_LAW_START = '1985-04-01';
/** How far ahead a matchmaking event may be announced. */
export const EVENT_DATE_MAX_YEARS_AHEAD = 5;
/** How far ahead a technology need's deadline may lie. */
export const NEED_DEADLINE_MAX_YEARS_AHEAD = 10;

export interface DateRange {
  /** Earliest allowed `YYYY-MM-DD`, inclusive. */
  earliest?: string;
  /** Latest allowed `YYYY-MM-DD`, inclusive. */
  latest?: string;
}

/**
 * The message for `date` outside `range`, naming the field (`label`: `活动日期 / date`), or undefined when
 * it lies within. Dates compare as strings because they are validated `YYYY-MM-DD` first.
 *
 * @example dateOutOfRange('9999-12-31', { latest: '2031-12-07' }, ['活动日期', 'date'])
 */
export function dateOutOfRange(
  date: string,
  range: DateRange,
  [zh, en]: readonly [string, string],
): string | undefined {
  if (range.earliest !== undefined && date < range.earliest)
    return `${zh}不能早于 ${range.earliest} / ${en} must be on or after ${range.earliest}`;
  if (range.latest !== undefined && date > range.latest)
    return `${zh}不能晚于 ${range.latest} / ${en} must be on or before ${range.latest}`;
  return undefined;
}

/**
 * A refinement for an optional date field kept within `range(today)`, today being the date in China when
 * the input is parsed. Only ranges that stay true as time passes belong in a schema a stored record is
 * also read with (an upper bound that moves forward, a fixed lower bound); a lower bound of "today" is
 * the edge's to check (`dateOutOfRange` with the request's clock).
 */
export function dateWithin(range: (today: string) => DateRange, label: readonly [string, string]) {
  return (value: string | undefined, ctx: z.core.$RefinementCtx) => {
    if (value === undefined) return;
    const message = dateOutOfRange(value, range(isoDateInChina(new Date())), label);
    if (message) ctx.addIssue({ code: 'custom', message });
  };
}

/** Filing and grant dates: from the Patent Law's start to today. */
export const patentDateRange = (today: string): DateRange => ({ earliest: PATENT_LAW_START, latest: today });
/** An event's date: at most five years ahead (how far back is the use case's rule: 90 days). */
export const eventDateRange = (today: string): DateRange => ({
  latest: addYears(today, EVENT_DATE_MAX_YEARS_AHEAD),
});
/** A need's deadline: from today to ten years ahead. */
export const needDeadlineRange = (today: string): DateRange => ({
  earliest: today,
  latest: addYears(today, NEED_DEADLINE_MAX_YEARS_AHEAD),
});
