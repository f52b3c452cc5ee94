import { addYears, daysBetween } from '../patent/iso-date.ts';

/**
 * Years of protection left on `today`, rounded down to one decimal: whole calendar years until the last
 * day of protection (`expiryDate`), plus the share of the next year. So "at least 3 years left" means
 * `expiryDate` is on or after the same day three years on, and the figure shown is the one compared.
 * 0 on the last day, negative never (an ended term is 0). Years are counted as `addYears` counts them
 * (29 February rolls to 1 March in a common year).
 *
 * @example yearsLeft('2030-03-01', '2033-03-01') // 3
 * @example yearsLeft('2030-03-01', '2033-02-28') // 2.9
 */
export function yearsLeft(today: string, expiryDate: string): number {
  if (expiryDate <= today) return 0;
  let whole = 0;
  while (addYears(today, whole + 1) <= expiryDate) whole++;
  const from = addYears(today, whole);
  const share = daysBetween(from, expiryDate) / daysBetween(from, addYears(today, whole + 1));
  return (whole * 10 + Math.floor(share * 10)) / 10;
}
