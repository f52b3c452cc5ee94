const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant shifted to China time (UTC+8, no daylight saving), read with the UTC getters. */
const china = (at: Date | string) => new Date(new Date(at).getTime() + CHINA_OFFSET_MS);

/**
 * The calendar year in China at `at`: quotas run by the Beijing calendar whatever the server's zone.
 *
 * @example chinaYear('2026-12-31T16:30:00Z') // '2027'
 */
export function chinaYear(at: Date | string): string {
  return String(china(at).getUTCFullYear());
}

/** The month (`'01'`–`'12'`) in China at `at`. */
export function chinaMonth(at: Date | string): string {
  return String(china(at).getUTCMonth() + 1).padStart(2, '0');
}

/** Monday (UTC midnight of the China date) of the ISO week holding the China date of `at`, and its ISO year. */
function isoWeekStart(at: Date | string): { monday: Date; thursday: Date } {
  const c = china(at);
  const date = new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), c.getUTCDate()));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = new Date(date.getTime() - weekday * DAY_MS);
  return { monday, thursday: new Date(monday.getTime() + 3 * DAY_MS) };
}

/**
 * The ISO-8601 week (China time) holding `at`, as `YYYY-Www`: the year is the ISO week-year, which differs
 * from the calendar year around New Year.
 *
 * @example isoWeek('2026-11-23T02:00:00Z') // '2026-W48'
 * @example isoWeek('2027-01-01T04:00:00Z') // '2026-W53'
 */
export function isoWeek(at: Date | string): string {
  const { thursday } = isoWeekStart(at);
  const year = thursday.getUTCFullYear();
  const firstThursday = isoWeekStart(new Date(Date.UTC(year, 0, 4) - CHINA_OFFSET_MS)).thursday;
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The China date (`YYYY-MM-DD`) of the Monday that starts the week after the one holding `at`: when a
 * weekly cap lets pushes through again.
 */
export function nextIsoWeekMonday(at: Date | string): string {
  const { monday } = isoWeekStart(at);
  return new Date(monday.getTime() + 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The China date (`YYYY-MM-DD`) of `at`. */
export function chinaDate(at: Date | string): string {
  return china(at).toISOString().slice(0, 10);
}
