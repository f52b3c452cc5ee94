import { describe, expect, it } from 'vitest';
import {
  fenToYuanText,
  formatAmount,
  formatBudget,
  formatWan,
  formatYuan,
  formatYuanCompact,
  parseYuan,
} from './money.ts';

describe('formatYuan', () => {
  it.each([
    [4_800_000, '¥48,000'],
    [0, '¥0'],
    [12_345, '¥123.45'],
    [10, '¥0.10'],
    [2_000_000_000, '¥20,000,000'],
  ])('shows %i fen as %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
});

describe('formatWan', () => {
  it.each([
    [4_800_000, '4.8万元'],
    [100_000_000, '100万元'],
    [1_234_567, '1.23万元'],
    [500_000, '5,000元'],
    [1_000_000, '1万元'],
    [0, '0元'],
    [9_999_999_999, '1亿元'],
    [10_000_000_000, '1亿元'],
    [15_000_000_000, '1.5亿元'],
    [1_000_000_000_000, '100亿元'],
  ])('shows %i fen as %s', (fen, text) => {
    expect(formatWan(fen)).toBe(text);
  });
});

describe('formatYuanCompact', () => {
  it.each([
    [4_800_000, '¥48,000'],
    [12_345, '¥123.45'],
    [99_999_900, '¥999,999'],
    [100_000_000, '¥1M'],
    [150_000_000, '¥1.5M'],
    [15_000_000_000, '¥150M'],
    [230_000_000_000, '¥2.3B'],
  ])('shows %i fen as %s', (fen, text) => {
    expect(formatYuanCompact(fen)).toBe(text);
  });

  it('is what English readers get, while Chinese readers read 亿元', () => {
    expect(formatAmount(15_000_000_000, 'en')).toBe('¥150M');
    expect(formatAmount(15_000_000_000, 'zh-CN')).toBe('1.5亿元');
  });
});

describe('formatBudget', () => {
  it('shows a range in 万元 in Chinese and in yuan in English', () => {
    const budget = { minFen: 30_000_000, maxFen: 100_000_000 };
    expect(formatBudget(budget, 'zh-CN')).toBe('30万元 – 100万元');
    expect(formatBudget(budget, 'en')).toBe('¥300,000 – ¥1M');
  });

  it('shows one amount when both ends are equal', () => {
    expect(formatBudget({ minFen: 4_800_000, maxFen: 4_800_000 }, 'zh-CN')).toBe('4.8万元');
  });
});

describe('parseYuan', () => {
  it.each([
    ['48000', 4_800_000],
    ['48,000', 4_800_000],
    ['¥48000', 4_800_000],
    ['48000元', 4_800_000],
    ['4.8万', 4_800_000],
    ['4.8万元', 4_800_000],
    ['４.８万', 4_800_000],
    ['123.45', 12_345],
    [' 0 ', 0],
    ['0.01万', 10_000],
    ['50万', 50_000_000],
    ['3.2 万', 3_200_000],
    ['1,200万元', 1_200_000_000],
    ['1.5亿', 15_000_000_000],
    ['1.15亿元', 11_500_000_000],
    ['１.５亿', 15_000_000_000],
    ['0.0000000001亿', 1],
    ['1.230', 123],
  ])('reads %j as %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it('reads an empty field as no amount', () => {
    expect(parseYuan('')).toEqual({ ok: true, fen: undefined });
    expect(parseYuan('  ')).toEqual({ ok: true, fen: undefined });
  });

  it.each([
    'abc',
    '-5',
    '1.234',
    '1e5',
    '5万万',
    '万',
    '亿',
    '1.5亿万',
    '0.00000000001亿',
    '1.5 亿 5000万',
    '99999999999999亿',
  ])('refuses %j', (text) => {
    expect(parseYuan(text).ok).toBe(false);
  });

  it('round-trips through fenToYuanText', () => {
    for (const fen of [0, 1, 99, 12_345, 4_800_000, 2_000_000_000]) {
      expect(parseYuan(fenToYuanText(fen))).toEqual({ ok: true, fen });
    }
    expect(fenToYuanText(undefined)).toBe('');
  });
});
