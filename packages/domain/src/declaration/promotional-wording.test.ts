import { describe, expect, it } from 'vitest';
import { findPromotionalWords } from './promotional-wording.ts';

describe('findPromotionalWords', () => {
  it.each([
    ['本技术国内领先水平，效果最佳', ['最佳', '国内领先', '领先水平']],
    ['全国首创、独家技术', ['首创', '独家']],
    ['保证 １００％ 合格', ['保证', '100%']],
    ['行业第一品牌', ['第一']],
    ['填补空白的国家级成果', ['填补空白', '国家级']],
    ['最先进的万能工艺，遥遥领先', ['最先进', '遥遥领先', '万能']],
  ])('finds the promotional words in %j', (text, words) => {
    expect(findPromotionalWords(text)).toEqual(words);
  });

  it.each([
    '制造、使用、销售、许诺销售、进口本专利产品',
    '按第一实施例所述方法制备；第一步混合原料',
    '估算依据：同类技术近三年许可费率约 3%',
  ])('passes plain technical text %j', (text) => {
    expect(findPromotionalWords(text)).toEqual([]);
  });

  it('reports each word once however often it appears', () => {
    expect(findPromotionalWords('最佳，最佳，最佳')).toEqual(['最佳']);
  });
});
