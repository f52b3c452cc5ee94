/**
 * Words an advertisement may not use as unverifiable claims (广告用语, Advertising Law Art 9), which the
 * statutory fields of a declaration must avoid. Flagged wherever they appear; promotion belongs in the
 * separate marketing text.
 */
export const PROMOTIONAL_WORDS = [
  '最佳',
  '最好',
  '最优',
  '最先进',
  '第一',
  '首创',
  '首选',
  '顶级',
  '极品',
  '国际领先',
  '国内领先',
  '世界领先',
  '领先水平',
  '遥遥领先',
  '独家',
  '唯一',
  '绝对',
  '保证',
  '100%',
  '百分之百',
  '万能',
  '史无前例',
  '填补空白',
  '国家级',
] as const;

export type PromotionalWord = (typeof PROMOTIONAL_WORDS)[number];

/**
 * 第一 is also an ordinal (第一种, 第一步, 第一实施例), which technical text uses constantly; only a
 * claim of rank is flagged.
 */
const ORDINAL_AFTER_DI_YI = /第一(?=[种个步部阶期次条款项类批层代组级实方年月天位])/g;

/**
 * The promotional words found in `text`, in the order of {@link PROMOTIONAL_WORDS}, each once.
 * Full-width characters are folded first, so `１００％` is found as `100%`.
 *
 * @example findPromotionalWords('国内领先水平，效果最佳') // ['最佳', '国内领先', '领先水平']
 */
export function findPromotionalWords(text: string): PromotionalWord[] {
  const folded = text.normalize('NFKC').replace(ORDINAL_AFTER_DI_YI, '');
  return PROMOTIONAL_WORDS.filter((word) => folded.includes(word));
}
