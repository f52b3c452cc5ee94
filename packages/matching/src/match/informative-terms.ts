import { NEED_BOILERPLATE } from './need-commonness.ts';
import type { TermFactor } from './query.ts';

/** Numbers with or without a unit (98, 0.25mm, 12kg, 5%, 3d): no evidence of a shared field. */
const NUMBER_OR_UNIT = /^[\d.,%]+[a-z%℃°]*$|^(mm|cm|km|kg|mg|ml|kw|kv|mpa|hz|khz|mhz|ghz|nm|um|μm)$/;

/** Words of patent and need prose that say nothing of the topic, though neither side uses them in every text. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  '现有 便于 覆盖 方便 简单 结构简单 能够 良好 较好 较高 较低 一定 不同 多种 各种 有利 有利于 以上 以下 其他 大量 整体 本身 用途 作用 效果 性能 功能 特点 优点 优异 显著 明显 广泛 元 万元'.split(
    ' ',
  ),
);

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
    if (NEED_BOILERPLATE.has(term) || GENERIC_WORDS.has(term)) return false;
    return factor({ text: term, kind: 'word' }) >= BOILERPLATE_FACTOR;
  });
}
