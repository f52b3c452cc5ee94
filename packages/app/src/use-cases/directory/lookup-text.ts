/**
 * How the pickers' look-ups match what a person types: a name by any part of it, ignoring case; a patent
 * number by any run of its digits, whether typed with `ZL`, the dot or spaces or not.
 */

import { compareOrgNames } from '@openlicense/domain';

/** A patent number's digits and check character only: `ZL 2017 1060 1862.3` → `2017106018623`. */
export function numberKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/^\s*ZL/, '')
    .replace(/[^0-9X]/g, '');
}

/**
 * Whether `q` finds the entry of these `names` and patent `numbers`; no `q` finds everything.
 *
 * @example matchesLookup('1060', { names: ['中南大学'], numbers: ['201710601862.3'] }) // true
 */
export function matchesLookup(
  q: string | undefined,
  entry: { names: readonly string[]; numbers?: readonly string[] },
): boolean {
  if (!q) return true;
  const text = q.toLowerCase();
  if (entry.names.some((name) => name.toLowerCase().includes(text))) return true;
  const digits = numberKey(q);
  // A number is looked up by at least 4 of its characters, so a stray digit in a name finds nothing by number.
  return digits.length >= 4 && (entry.numbers ?? []).some((number) => numberKey(number).includes(digits));
}

/** Chinese names in 拼音 order, place names read as spoken (长沙 before 益阳): the pickers' order when nothing ranks them. */
export const byChineseName = <T extends { name: string }>(a: T, b: T) => compareOrgNames(a.name, b.name);
