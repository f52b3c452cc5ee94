import type { PatentType } from './patent-number.ts';

/** Designs filed from this date get 15 years (2020 amendment of the Patent Law, in force 2021-06-01). */
const DESIGN_15_YEAR_FROM = '2021-06-01';

/** Term in years counted from the filing date (Patent Law Art 42). */
export function patentTermYears(type: PatentType, filingDate: string): number {
  if (type === 'invention') return 20;
  if (type === 'utility_model') return 10;
  return filingDate >= DESIGN_15_YEAR_FROM ? 15 : 10;
}

function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/**
 * Last day of protection: the day before the filing date's anniversary at the end of the term. A 29 February
 * filing whose anniversary falls in a common year is taken to have its anniversary on 1 March, so the patent
 * expires on 28 February. Returns null when `filingDate` is not a real `YYYY-MM-DD` date.
 *
 * @example patentExpiry('invention', '2017-07-26') // '2037-07-25'
 */
export function patentExpiry(type: PatentType, filingDate: string): string | null {
  const filed = parseIsoDate(filingDate);
  if (filed === null) return null;
  // Date.UTC rolls 29 Feb of a common year over to 1 Mar; day - 1 then steps back to the last day.
  const expiry = new Date(
    Date.UTC(filed.year + patentTermYears(type, filingDate), filed.month - 1, filed.day - 1),
  );
  return expiry.toISOString().slice(0, 10);
}
