import * as z from 'zod/mini';
import { addDays, addYears, daysBetween, IsoDateSchema } from '../patent/iso-date.ts';

/** 许可期限: both days included, so 2025-07-01 to 2026-06-30 is exactly one year. */
export const LicencePeriodSchema = z.object({ start: IsoDateSchema, end: IsoDateSchema }).check(
  z.refine((period) => period.end >= period.start, {
    path: ['end'],
    message: '许可期限结束日不能早于开始日 / period end is before its start',
  }),
);
export type LicencePeriod = z.infer<typeof LicencePeriodSchema>;

export interface LicenceYear {
  /** 1-based. */
  year: number;
  start: string;
  /** Last day of this licence year within the period. */
  end: string;
  /** Days of this year inside the period. */
  days: number;
  /** Days of the whole licence year (365 or 366), the denominator for pro-rating. */
  fullDays: number;
}

/** Last day of the licence year that starts on `start`. */
const yearEnd = (start: string) => addDays(addYears(start, 1), -1);

/**
 * Splits a period into licence years counted from its start; the last may be partial.
 *
 * @example licenceYears({ start: '2025-07-01', end: '2026-12-31' }).map((y) => y.days) // [365, 184]
 */
export function licenceYears(period: LicencePeriod): LicenceYear[] {
  const years: LicenceYear[] = [];
  for (let year = 1; ; year++) {
    const start = addYears(period.start, year - 1);
    if (start > period.end) return years;
    const nominalEnd = yearEnd(start);
    const end = nominalEnd < period.end ? nominalEnd : period.end;
    years.push({
      year,
      start,
      end,
      days: daysBetween(start, end) + 1,
      fullDays: daysBetween(start, nominalEnd) + 1,
    });
  }
}

/** True when the period covers at least one whole licence year. */
export function periodCoversOneYear(period: LicencePeriod): boolean {
  return period.end >= yearEnd(period.start);
}
