const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar date (`YYYY-MM-DD`) in China at `now`: authorisations run and deadlines pass by the Beijing
 * date whatever the server's zone. China keeps no daylight saving time, so a fixed offset is exact.
 *
 * @example chinaToday(new Date('2026-04-30T17:00:00Z')) // '2026-05-01'
 */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
