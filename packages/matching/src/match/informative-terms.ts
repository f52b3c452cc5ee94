import { NEED_BOILERPLATE } from './need-commonness.ts';
import { PATENT_GENERIC } from './patent-commonness.ts';
import type { TermFactor } from './query.ts';

/** Numbers with or without a unit (98, 0.25mm, 12kg, 5%, 3d): no evidence of a shared field. */
const NUMBER_OR_UNIT = /^[\d.,%~～]+[a-zμ%℃°²³/]*$|^(mm|cm|km|kg|mg|ml|kw|kv|mpa|hz|khz|mhz|ghz|nm|um|μm)$/;

/** A term that need texts use this commonly (see `needCommonness`) is boilerplate, not a topic. */
export const BOILERPLATE_FACTOR = 0.45;

/**
 * The shared terms worth showing a broker as "共同关键词": no single characters, numbers, units or
 * words most needs are written with (现有、便于、关键…).
 *
 * @example
 * informativeTerms(['现有', '98', '锂离子电池', '元'], factor) // ['锂离子电池']
 */
export function informativeTerms(terms: readonly string[], factor: TermFactor): string[] {
  return terms.filter((term) => {
    if (Array.from(term).length < 2) return false;
    if (NUMBER_OR_UNIT.test(term)) return false;
    // A stretch joined by 及其 (材料及其制备) is title grammar, not a technology.
    if (term.includes('及其')) return false;
    if (NEED_BOILERPLATE.has(term) || PATENT_GENERIC.has(term)) return false;
    return factor({ text: term, kind: 'word' }) >= BOILERPLATE_FACTOR;
  });
}
