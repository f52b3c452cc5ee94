import * as z from 'zod/mini';

/** A real calendar date written `YYYY-MM-DD` (2023-02-29 is refused). */
export const IsoDateSchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  }
  return ms;
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Shifts a date by whole days. Throws RangeError on anything but a real `YYYY-MM-DD` date, because dates
 * are validated at the edge.
 *
 * @example addDays('2024-03-01', -1) // '2024-02-29'
 */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/**
 * Same day `years` later; 29 February in a common year becomes 1 March, as in `patentExpiry`, so
 * `addDays(addYears(d, 1), -1)` is always the last day of the year that starts on `d`.
 *
 * @example addYears('2024-02-29', 1) // '2025-03-01'
 */
export function addYears(date: string, years: number): string {
  const start = new Date(toUtcMs(date));
  return fromUtcMs(Date.UTC(start.getUTCFullYear() + years, start.getUTCMonth(), start.getUTCDate()));
}

/**
 * Same day `months` later, or the last day of that month when it is shorter.
 *
 * @example addMonths('2025-01-31', 1) // '2025-02-28'
 */
export function addMonths(date: string, months: number): string {
  const start = new Date(toUtcMs(date));
  const firstOfTarget = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return fromUtcMs(
    Date.UTC(
      firstOfTarget.getUTCFullYear(),
      firstOfTarget.getUTCMonth(),
      Math.min(start.getUTCDate(), lastDay),
    ),
  );
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example daysBetween('2024-01-01', '2025-01-01') // 366
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar date in China (Asia/Shanghai, UTC+8 all year, no daylight saving) at `instant`: the
 * "today" that licence periods and expiry are counted in.
 *
 * @example isoDateInChina(new Date('2025-06-30T16:30:00Z')) // '2025-07-01'
 */
export function isoDateInChina(instant: Date): string {
  return fromUtcMs(instant.getTime() + CHINA_OFFSET_MS);
}
