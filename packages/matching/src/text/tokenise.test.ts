import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';
import { SYNONYM_WEIGHT, scanNormalised, type Token, type TokenKind, termKey, tokenise } from './tokenise.ts';

const texts = (tokens: readonly Token[], kind: TokenKind) =>
  tokens.filter((t) => t.kind === kind).map((t) => t.text);

describe('tokenise', () => {
  it('yields the bigrams of a Chinese run beside the segmenter words', () => {
    // Act
    const tokens = tokenise('锂离子电池');

    // Assess
    expect(texts(tokens, 'bigram')).toEqual(['锂离', '离子', '子电', '电池']);
    expect(texts(tokens, 'word')).toContain('电池');
    for (const word of texts(tokens, 'word')) expect('锂离子电池').toContain(word);
  });

  it('keeps Latin and digit words whole, lower-cased', () => {
    const tokens = tokenise('LiFePO4正极材料用于5G基站');

    expect(texts(tokens, 'latin')).toEqual(['lifepo4', '5g']);
  });

  it('tokenises full-width text exactly like its half-width form', () => {
    expect(tokenise('ＬｉＦｅＰＯ４正极材料，５Ｇ基站')).toEqual(tokenise('LiFePO4正极材料,5G基站'));
  });

  it('drops stop words and generic patent words and draws no bigram across them', () => {
    // Act
    const tokens = tokenise('本发明涉及一种锂电池的制备方法及装置');
    const all = tokens.map((t) => t.text);

    // Assess
    expect(all).not.toContain('方法');
    expect(all).not.toContain('装置');
    expect(all).not.toContain('一种');
    expect(all).not.toContain('发明');
    expect(all).not.toContain('池的');
    expect(all).not.toContain('的制');
    expect(texts(tokens, 'bigram')).toEqual(['锂电', '电池', '制备']);
  });

  it('yields nothing for text made only of boilerplate and punctuation', () => {
    expect(tokenise('本实用新型公开了一种装置，其特征在于：包括……')).toEqual([]);
  });

  it('keeps a lone Chinese character as a word', () => {
    expect(tokenise('锂、钠')).toEqual([
      { text: '锂', kind: 'word' },
      { text: '钠', kind: 'word' },
    ]);
  });

  it('drops lone Latin letters and digits', () => {
    expect(texts(tokenise('A、B两端与3号电机'), 'latin')).toEqual([]);
  });

  it('keeps repeated tokens of a document, which are its term frequencies', () => {
    const bigrams = texts(tokenise('电池，电池，电池'), 'bigram');

    expect(bigrams).toEqual(['电池', '电池', '电池']);
  });

  it('drops repeated tokens of a query', () => {
    const keys = tokenise('电池 电池 电池', { forQuery: true }).map(termKey);

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keys a bigram apart from a word with the same text', () => {
    expect(termKey({ text: '电池', kind: 'bigram' })).not.toBe(termKey({ text: '电池', kind: 'word' }));
  });
});

describe('tokenise for a query: synonyms', () => {
  it('expands 锂电池 to 锂离子电池, marked as synonyms', () => {
    // Act
    const tokens = tokenise('锂电池', { forQuery: true });

    // Assess
    const synonyms = tokens.filter((t) => t.synonym);
    expect(synonyms.map((t) => t.text)).toEqual(expect.arrayContaining(['锂离', '离子', '子电']));
    expect(tokens.filter((t) => !t.synonym).every((t) => t.weight === undefined)).toBe(true);
  });

  it.each([
    ['锂离子电池', '锂电'],
    ['新能源汽车', '电动'],
    ['无人机', '驾驶'],
    ['AI', '智能'],
    ['人工智能', 'ai'],
    ['吊车', '起重'],
    ['起重机', '吊车'],
  ])('expands %s with %s', (query, expected) => {
    const synonyms = tokenise(query, { forQuery: true }).filter((t) => t.synonym);

    expect(synonyms.map((t) => t.text)).toContain(expected);
  });

  it('never expands a document', () => {
    expect(tokenise('锂电池').some((t) => t.synonym)).toBe(false);
    expect(texts(tokenise('锂电池'), 'bigram')).toEqual(['锂电', '电池']);
  });

  it('matches a Latin synonym only as a whole word (email does not mean AI)', () => {
    expect(tokenise('email 推送', { forQuery: true }).some((t) => t.synonym)).toBe(false);
  });

  it('gives all tokens of one synonym together the synonym weight of the term the query said', () => {
    // Act: 5g (one token) expands to 第五代移动通信 (many tokens).
    const synonyms = tokenise('5G', { forQuery: true }).filter((t) => t.synonym);

    // Assess
    const total = synonyms.reduce((sum, t) => sum + (t.weight ?? 1), 0);
    expect(synonyms.length).toBeGreaterThan(3);
    expect(total).toBeCloseTo(SYNONYM_WEIGHT, 10);
  });
});

describe('scanNormalised', () => {
  it('tokenises several texts in one pass exactly as one by one, telling which text each token is from', () => {
    // Prepare
    const parts = ['一种锂离子电池隔膜', 'LiFePO4正极', '电池', '', '锂', '隔膜制备方法'].map(normalise);
    const expected = parts.flatMap((part, i) => tokenise(part).map((t) => ({ ...t, part: i })));

    // Act
    const actual: { text: string; kind: TokenKind; part: number }[] = [];
    scanNormalised(parts, (text, kind, part) => actual.push({ text, kind, part }));

    // Assess
    const order = (a: { part: number; text: string; kind: string }, b: typeof a) =>
      a.part - b.part || a.kind.localeCompare(b.kind) || a.text.localeCompare(b.text);
    expect(actual.sort(order)).toEqual(expected.sort(order));
  });
});
