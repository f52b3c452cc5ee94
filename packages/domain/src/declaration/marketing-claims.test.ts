import { describe, expect, it } from 'vitest';
import { aPatent } from '../patent/patent.fixture.ts';
import { aDeclarationInput } from './declaration.fixture.ts';
import { checkDeclarable, DECLARATION_GUARD_TITLES } from './guards.ts';
import { checkMarketingText, findAbsoluteClaims } from './marketing-claims.ts';

describe('findAbsoluteClaims', () => {
  it.each([
    ['国内最好的固态电池技术', ['最好']],
    ['最先进的工艺，行业第一', ['最先进', '第一']],
    ['世界级水平，国内首个量产', ['世界级', '首个', '国内首']],
    ['１００％合格', ['100%']],
  ])('finds the absolute claims in %j', (text, words) => {
    expect(findAbsoluteClaims(text)).toEqual(words);
  });

  it('leaves ordinals and plain facts alone', () => {
    expect(findAbsoluteClaims('第一步混合原料，第一实施例中循环寿命达 2000 次')).toEqual([]);
  });
});

describe('checkMarketingText', () => {
  it('warns, naming the words found, on the marketing text field', () => {
    // Act
    const [issue, ...rest] = checkMarketingText('国内最好、最先进的电驱技术');

    // Assess
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'marketing_absolute_claims', field: 'marketingText' });
    expect(issue?.message).toMatch(/^宣传介绍含有绝对化用语：最好、最先进；/);
    expect(issue?.message).toContain(' / marketingText makes absolute claims (最好, 最先进)');
  });

  it('says nothing for an empty or factual text', () => {
    expect(checkMarketingText(undefined)).toEqual([]);
    expect(checkMarketingText('')).toEqual([]);
    expect(checkMarketingText('已完成中试，循环 2000 次容量保持率 92%')).toEqual([]);
  });
});

describe('checkDeclarable with absolute claims in the marketing text', () => {
  it('lists them among the warnings and never refuses the declaration for them', () => {
    // Act
    const result = checkDeclarable(
      aPatent(),
      aDeclarationInput({ marketingText: '国内最好的技术，行业第一' }),
      '2025-06-01',
    );

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.field])).toEqual([
      ['marketing_absolute_claims', 'marketingText'],
    ]);
    expect(DECLARATION_GUARD_TITLES.marketing_absolute_claims).toBe('宣传介绍含有绝对化用语');
  });
});
