// Punctuation, symbols, separators, controls and whitespace all act as token boundaries.
const SEPARATOR_RUN = /[\p{P}\p{S}\p{Z}\p{C}\s]+/gu;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;

/**
 * Folds text to the form the tokeniser and the index compare: NFKC, full-width ASCII to half-width,
 * lower case, and every run of punctuation, symbols or whitespace collapsed to one space.
 *
 * @example
 * normalise('ＬｉＦｅＰＯ４正极材料，　５Ｇ！') // 'lifepo4正极材料 5g'
 */
export function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(IDEOGRAPHIC_SPACE, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(SEPARATOR_RUN, ' ')
    .trim();
}
