import { describe, expect, it } from 'vitest';
import { isValidUscc, parseUscc, UsccSchema, usccCheckChar } from './uscc.ts';

// Published codes whose check characters were verified against the GB 32100-2015 algorithm.
const REAL_CODES = [
  '91350100M000100Y43', // the worked example used in GB 32100-2015 explanations
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '914300007121944054', // 中联重科股份有限公司
];

describe('usccCheckChar', () => {
  it.each(REAL_CODES)('computes the published check character of %s', (code) => {
    // Act
    const check = usccCheckChar(code.slice(0, 17));
    // Assess
    expect(check).toBe(code.charAt(17));
  });

  it('maps a remainder of zero to the character 0 rather than 31', () => {
    // Prepare: find a body whose weighted sum is a multiple of 31 by varying the last character
    const bodies = Array.from({ length: 10 }, (_, d) => `9143010000000000${d}`);
    // Act
    const checks = bodies.map((body) => usccCheckChar(body));
    // Assess
    expect(checks).toContain('0');
    expect(checks.every((c) => c !== null && c.length === 1)).toBe(true);
  });

  it('returns null for a body that is not 17 code characters', () => {
    expect(usccCheckChar('9135010')).toBeNull();
    expect(usccCheckChar('91350100I000100Y4')).toBeNull();
  });
});

describe('parseUscc', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(parseUscc(code)).toEqual({ ok: true, value: code, regionCode: code.slice(2, 8) });
  });

  it('normalises spaces, lower case and full-width characters', () => {
    // Act
    const result = parseUscc('  9135 0100 m000 100y 43 ');
    const fullWidth = parseUscc('９１３５０１００Ｍ０００１００Ｙ４３');
    // Assess
    expect(result).toEqual({ ok: true, value: '91350100M000100Y43', regionCode: '350100' });
    expect(fullWidth.ok).toBe(true);
  });

  it('rejects a code that is not 18 characters long', () => {
    expect(parseUscc('91350100M000100Y4')).toEqual({ ok: false, reason: 'length' });
    expect(parseUscc('')).toEqual({ ok: false, reason: 'length' });
  });

  it('rejects a code containing a letter the standard does not use', () => {
    expect(parseUscc('91350100M000100I43')).toEqual({ ok: false, reason: 'charset' });
    expect(parseUscc('91350100M00O100Y43')).toEqual({ ok: false, reason: 'charset' });
  });

  it('rejects a code whose division code is not six digits', () => {
    expect(parseUscc('9135A100M000100Y43')).toEqual({ ok: false, reason: 'charset' });
  });

  it('rejects a code whose check character is wrong', () => {
    expect(parseUscc('91350100M000100Y44')).toEqual({ ok: false, reason: 'check_digit' });
    expect(parseUscc('91430100183795836N')).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('never throws on arbitrary input', () => {
    for (const input of ['', ' ', '\u0000', '😀'.repeat(9), '-'.repeat(18)]) {
      expect(() => parseUscc(input)).not.toThrow();
    }
  });
});

describe('isValidUscc', () => {
  it('reports validity as a boolean', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
  });
});

describe('UsccSchema', () => {
  it('outputs the normalised code', () => {
    expect(UsccSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
  });

  it('explains a wrong check character in Chinese then English', () => {
    // Act
    const result = UsccSchema.safeParse('91350100M000100Y44');
    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      '统一社会信用代码校验位不正确 / unified social credit code check character is wrong',
    );
  });

  it('rejects a value that is not a string', () => {
    expect(UsccSchema.safeParse(91350100).success).toBe(false);
  });
});
