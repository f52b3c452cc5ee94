import * as z from 'zod/mini';
import { compact } from './normalise.ts';

/** GB 32100-2015 code characters; a character's value is its index (I, O, S, V and Z are not used). */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** W_i = 3^(i-1) mod 31 for i = 1..17, as the standard specifies. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccFailure = 'length' | 'charset' | 'check_digit';

export type UsccResult = { ok: true; value: string; regionCode: string } | { ok: false; reason: UsccFailure };

function isUsccChar(char: string): boolean {
  return char.length === 1 && USCC_CHARSET.includes(char);
}

/**
 * Computes the 18th (check) character of a unified social credit code from its first 17 characters.
 * Returns null when the input is not 17 code characters.
 *
 * @example usccCheckChar('91350100M000100Y4') // '3'
 */
export function usccCheckChar(first17: string): string | null {
  const body = compact(first17);
  if (body.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(body.charAt(i));
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Parses a 统一社会信用代码: trims, upper-cases, removes spaces, folds full-width characters, then checks
 * length, character set (positions 3–8 must be the digits of an administrative division code) and the
 * check character. `regionCode` is positions 3–8.
 *
 * @example parseUscc('91350100m000100y43') // { ok: true, value: '91350100M000100Y43', regionCode: '350100' }
 */
export function parseUscc(input: string): UsccResult {
  const value = compact(input);
  if (value.length !== 18) return { ok: false, reason: 'length' };
  if (![...value].every(isUsccChar)) return { ok: false, reason: 'charset' };
  const regionCode = value.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) return { ok: false, reason: 'charset' };
  if (usccCheckChar(value.slice(0, 17)) !== value.charAt(17)) return { ok: false, reason: 'check_digit' };
  return { ok: true, value, regionCode };
}

export function isValidUscc(input: string): boolean {
  return parseUscc(input).ok;
}

const USCC_MESSAGES: Record<UsccFailure, string> = {
  length: '统一社会信用代码应为18位 / unified social credit code must be 18 characters',
  charset:
    '统一社会信用代码含有无效字符（不使用I、O、S、V、Z，第3–8位须为数字） / unified social credit code contains an invalid character',
  check_digit: '统一社会信用代码校验位不正确 / unified social credit code check character is wrong',
};

/** Accepts a USCC in any spacing or case and outputs its normalised 18-character form. */
export const UsccSchema = z.pipe(
  z.string(),
  z.transform((input, ctx) => {
    const result = parseUscc(input);
    if (!result.ok) {
      ctx.issues.push({
        code: 'custom',
        input,
        message: USCC_MESSAGES[result.reason],
        params: { reason: result.reason },
      });
      return z.NEVER;
    }
    return result.value;
  }),
);
