import { describe, expect, it } from 'vitest';
import {
  isValidPatentNumber,
  PatentNumberSchema,
  parsePatentNumber,
  patentCheckChar,
} from './patent-number.ts';

describe('patentCheckChar', () => {
  it('computes the check digit of a 12-digit application number', () => {
    // 2·2+0·3+1·4+7·5+1·6+0·7+6·8+0·9+1·2+8·3+6·4+2·5 = 157; 157 mod 11 = 3
    expect(patentCheckChar('201710601862')).toBe('3');
  });

  it('writes a remainder of 10 as X for the 8-digit scheme', () => {
    expect(patentCheckChar('95115608')).toBe('X');
  });

  it('returns null for anything but 8 or 12 digits', () => {
    expect(patentCheckChar('2017106018')).toBeNull();
    expect(patentCheckChar('20171060186X')).toBeNull();
  });
});

describe('parsePatentNumber', () => {
  it.each([
    'ZL201710601862.3',
    '201710601862.3',
    'CN201710601862.3',
    'zl201710601862.3',
    'ZL 2017 1060 1862.3',
    'ZL201710601862．3',
    'ＺＬ２０１７１０６０１８６２．３',
    '2017106018623',
  ])('accepts the spelling %s', (input) => {
    expect(parsePatentNumber(input)).toEqual({
      ok: true,
      value: {
        number: '201710601862.3',
        display: 'ZL201710601862.3',
        type: 'invention',
        pct: false,
        filingYear: 2017,
      },
    });
  });

  it('accepts a pre-2004 number with an X check character in lower case', () => {
    expect(parsePatentNumber('ZL95115608.x')).toEqual({
      ok: true,
      value: {
        number: '95115608.X',
        display: 'ZL95115608.X',
        type: 'invention',
        pct: false,
        filingYear: 1995,
      },
    });
  });

  it.each([
    ['2', 'utility_model', false],
    ['3', 'design', false],
    ['8', 'invention', true],
    ['9', 'utility_model', true],
  ] as const)('derives the type from type digit %s', (digit, type, pct) => {
    // Prepare
    const digits = `2019${digit}0123456`;
    // Act
    const result = parsePatentNumber(`${digits}.${patentCheckChar(digits)}`);
    // Assess
    expect(result.ok && result.value.type).toBe(type);
    expect(result.ok && result.value.pct).toBe(pct);
  });

  it('rejects a number whose check digit is wrong', () => {
    expect(parsePatentNumber('ZL201710601862.4')).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('rejects a number whose type digit is not 1, 2, 3, 8 or 9', () => {
    const digits = '201740601862';
    expect(parsePatentNumber(`${digits}.${patentCheckChar(digits)}`)).toEqual({
      ok: false,
      reason: 'type_digit',
    });
  });

  it.each([
    '',
    'ZL',
    '20171060186.3',
    '201710601862.',
    '201710601862.33',
    'US201710601862.3',
    '201710601862-3',
    '199910601862.3',
    '04115608.X',
  ])('rejects the malformed number %j', (input) => {
    expect(parsePatentNumber(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('reports validity as a boolean', () => {
    expect(isValidPatentNumber('ZL201710601862.3')).toBe(true);
    expect(isValidPatentNumber('ZL201710601862.4')).toBe(false);
  });
});

describe('PatentNumberSchema', () => {
  it('outputs the canonical number without the ZL prefix', () => {
    expect(PatentNumberSchema.parse('ZL 201710601862．3')).toBe('201710601862.3');
  });

  it('explains a wrong check digit in Chinese then English', () => {
    const result = PatentNumberSchema.safeParse('ZL201710601862.4');
    expect(result.error?.issues[0]?.message).toBe('专利号校验位错误 / patent number check digit is wrong');
  });
});
