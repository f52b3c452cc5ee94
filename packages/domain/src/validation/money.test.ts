import { describe, expect, it } from 'vitest';
import { FenSchema, fenToYuan, formatFen, formatFenZh, MAX_ITEM_FEN, yuanToFen } from './money.ts';

describe('FenSchema', () => {
  it('accepts zero and positive whole fen', () => {
    expect(FenSchema.parse(0)).toBe(0);
    expect(FenSchema.parse(4800000)).toBe(4800000);
  });

  it('rejects a fractional amount in Chinese then English', () => {
    expect(FenSchema.safeParse(1.5).error?.issues[0]?.message).toBe(
      '金额必须是以分为单位的整数 / amount must be a whole number of fen',
    );
  });

  it('rejects a negative amount', () => {
    expect(FenSchema.safeParse(-1).error?.issues[0]?.message).toBe(
      '金额不能为负数 / amount must not be negative',
    );
  });

  it('accepts ¥10,000,000,000 (the bound of one amount) and refuses one fen more, saying the bound', () => {
    expect(MAX_ITEM_FEN).toBe(1_000_000_000_000);
    expect(FenSchema.parse(MAX_ITEM_FEN)).toBe(MAX_ITEM_FEN);
    expect(FenSchema.safeParse(MAX_ITEM_FEN + 1).error?.issues[0]?.message).toBe(
      '金额不能超过 100 亿元（1,000,000,000,000 分）/ amount must be at most ¥10,000,000,000 (1,000,000,000,000 fen)',
    );
    // The issue's overflowing deal: accepted before the bound, and it made counters read 0.
    expect(FenSchema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(false);
  });

  it('rejects an integer beyond the safe range and a numeric string', () => {
    expect(FenSchema.safeParse(2 ** 60).success).toBe(false);
    expect(FenSchema.safeParse('100').success).toBe(false);
  });
});

describe('yuanToFen', () => {
  it.each([
    ['48,000.50', 4800050],
    ['48000.5', 4800050],
    ['¥1,234,567.89', 123456789],
    ['￥ 12', 1200],
    ['0.01', 1],
    ['0.29', 29],
    ['1.10', 110],
    ['９９．９９', 9999],
  ])('converts %j to %i fen', (input, fen) => {
    expect(yuanToFen(input)).toEqual({ ok: true, value: fen });
  });

  it('converts a number without floating-point drift', () => {
    // 0.29 * 100 === 28.999999999999996 in binary floating point
    expect(yuanToFen(0.29)).toEqual({ ok: true, value: 29 });
    expect(yuanToFen(1.15)).toEqual({ ok: true, value: 115 });
  });

  it('refuses to round a third decimal', () => {
    expect(yuanToFen('1.005')).toEqual({ ok: false, reason: 'precision' });
  });

  it.each(['', 'abc', '-5', '1,23', '12,34,567', '1.', '.5', '1e3', '1 000 0x'])(
    'rejects the malformed amount %j',
    (input) => {
      expect(yuanToFen(input)).toEqual({ ok: false, reason: 'format' });
    },
  );

  it('rejects an amount beyond the safe integer range', () => {
    expect(yuanToFen('90071992547409.92')).toEqual({ ok: false, reason: 'range' });
  });
});

describe('fenToYuan', () => {
  it.each([
    [4800050, '48000.50'],
    [0, '0.00'],
    [5, '0.05'],
    [-150, '-1.50'],
  ])('writes %i fen as %j', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });

  it('round-trips with yuanToFen', () => {
    for (const fen of [0, 1, 99, 100, 123456789, Number.MAX_SAFE_INTEGER]) {
      expect(yuanToFen(fenToYuan(fen))).toEqual({ ok: true, value: fen });
    }
  });

  it('throws RangeError on a fractional fen', () => {
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });
});

describe('formatFen', () => {
  it.each([
    [4800000, '¥48,000.00'],
    [999999, '¥9,999.99'],
    [0, '¥0.00'],
    [123456789, '¥1,234,567.89'],
    [-4800000, '-¥48,000.00'],
  ])('formats %i fen as %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });
});

describe('formatFenZh', () => {
  it.each([
    [48000000, '48万元'],
    [250000000, '250万元'],
    [4800000, '4.8万元'],
    [1000000, '1万元'],
    [12345678, '12.35万元'],
    [999900, '¥9,999.00'],
    [2000000000, '2000万元'],
    [10000000000, '1亿元'],
    [12000000000, '1.2亿元'],
    [9999999999, '1亿元'],
    [-48000000, '-48万元'],
  ])('formats %i fen as %s', (fen, text) => {
    expect(formatFenZh(fen)).toBe(text);
  });
});
