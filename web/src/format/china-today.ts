const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date in China (UTC+8 all year), `YYYY-MM-DD`: the day expiry and authorisation periods are
 * counted in, whatever the browser's time zone.
 *
 * @example chinaToday(new Date('2025-06-30T16:30:00Z')) // '2025-07-01'
 */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The same calendar day `years` later, minus one day: the last day of a period that starts on `date`.
 *
 * @example periodEnd('2026-03-01', 1) // '2027-02-28'
 */
export function periodEnd(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const end = new Date(Date.UTC(year + years, month - 1, day) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
