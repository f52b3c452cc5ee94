/**
 * Organisation names in the order a Chinese reader looks for them: by 拼音 (ICU's pinyin collation), with
 * the place names whose first character ICU reads in another sound respelled first — ICU files 长 under
 * zhǎng and 重 under zhòng, which would put 长沙 after 益阳 and 重庆 after 郑州. Latin names sort among
 * them by letter, digits by value.
 */
const PLACE_READINGS: readonly (readonly [string, string])[] = [
  // 长 (cháng) in place names, ICU's zhǎng.
  ['长沙', '常沙'],
  ['长株潭', '常株潭'],
  ['长春', '常春'],
  ['长治', '常治'],
  ['长江', '常江'],
  ['长安', '常安'],
  ['长城', '常城'],
  ['长宁', '常宁'],
  ['长兴', '常兴'],
  ['长泰', '常泰'],
  ['长乐', '常乐'],
  ['长寿', '常寿'],
  ['长垣', '常垣'],
  ['长白', '常白'],
  // 重 (chóng) in 重庆, ICU's zhòng.
  ['重庆', '崇庆'],
  // 厦 (xià) in 厦门, ICU's shà.
  ['厦门', '夏门'],
  // 蚌 (bèng) in 蚌埠, ICU's bàng.
  ['蚌埠', '泵埠'],
  // 六 (lù) in 六安, ICU's liù.
  ['六安', '陆安'],
  // 丽 (lí) in 丽水, ICU's lì.
  ['丽水', '离水'],
  // 番 (pān) in 番禺, ICU's fān.
  ['番禺', '潘禺'],
];

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });

/** The name as it is read aloud, for collation only (never shown). */
export function nameSortKey(name: string): string {
  let key = name.normalize('NFKC');
  for (const [written, read] of PLACE_READINGS) key = key.replaceAll(written, read);
  return key;
}

/** Compares two organisation names in 拼音 order (长沙 before 益阳 before 中南); ties fall back to code points. */
export function compareOrgNames(a: string, b: string): number {
  return collator.compare(nameSortKey(a), nameSortKey(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy of `items` sorted by `nameOf` in 拼音 order. */
export function sortByOrgName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareOrgNames(nameOf(a), nameOf(b)));
}
