import * as z from 'zod/mini';
import { compact } from './normalise.ts';

export type PatentType = 'invention' | 'utility_model' | 'design';

export interface PatentNumber {
  /** Canonical application number without the ZL prefix, e.g. `201710601862.3`. */
  number: string;
  /** Patent number as printed on the certificate, e.g. `ZL201710601862.3`. */
  display: string;
  type: PatentType;
  /** Entered the Chinese national phase from a PCT application (type digit 8 or 9). */
  pct: boolean;
  filingYear: number;
}

export type PatentNumberFailure = 'format' | 'check_digit' | 'type_digit';

export type PatentNumberResult =
  | { ok: true; value: PatentNumber }
  | { ok: false; reason: PatentNumberFailure };

const WEIGHTS_12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;
const WEIGHTS_8 = [2, 3, 4, 5, 6, 7, 8, 9] as const;

const TYPE_DIGITS: Record<string, { type: PatentType; pct: boolean }> = {
  '1': { type: 'invention', pct: false },
  '2': { type: 'utility_model', pct: false },
  '3': { type: 'design', pct: false },
  '8': { type: 'invention', pct: true },
  '9': { type: 'utility_model', pct: true },
};

/**
 * Computes the check character of a Chinese application number from its 12 (since 2003-10) or 8 (before)
 * digits: weighted sum mod 11, with 10 written `X`. Returns null for any other input.
 *
 * @example patentCheckChar('201710601862') // '3'
 */
export function patentCheckChar(digits: string): string | null {
  const weights = digits.length === 12 ? WEIGHTS_12 : digits.length === 8 ? WEIGHTS_8 : null;
  if (weights === null || !/^\d+$/.test(digits)) return null;
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += weight * Number(digits.charAt(i));
  });
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** Two-digit years of the 8-digit scheme run from the law's start in 1985 to its replacement in 2003. */
function filingYearOf(digits: string): number | null {
  if (digits.length === 12) {
    const year = Number(digits.slice(0, 4));
    return year >= 2003 && year <= 2099 ? year : null;
  }
  const yy = Number(digits.slice(0, 2));
  if (yy >= 85) return 1900 + yy;
  return yy <= 3 ? 2000 + yy : null;
}

/**
 * Parses a Chinese patent or application number. Accepts an optional `ZL` or `CN` prefix in any case,
 * spaces, a full-width dot and a missing dot; checks structure, then the type digit, then the check digit.
 *
 * @example parsePatentNumber('zl 201710601862．3').ok // true
 */
export function parsePatentNumber(input: string): PatentNumberResult {
  const match = /^(?:ZL|CN)?(\d{12}|\d{8})\.?([\dX])$/.exec(compact(input));
  const digits = match?.[1];
  const check = match?.[2];
  if (digits === undefined || check === undefined) return { ok: false, reason: 'format' };
  const filingYear = filingYearOf(digits);
  if (filingYear === null) return { ok: false, reason: 'format' };
  const kind = TYPE_DIGITS[digits.charAt(digits.length === 12 ? 4 : 2)];
  if (kind === undefined) return { ok: false, reason: 'type_digit' };
  if (patentCheckChar(digits) !== check) return { ok: false, reason: 'check_digit' };
  const number = `${digits}.${check}`;
  return { ok: true, value: { number, display: `ZL${number}`, type: kind.type, pct: kind.pct, filingYear } };
}

export function isValidPatentNumber(input: string): boolean {
  return parsePatentNumber(input).ok;
}

const PATENT_NUMBER_MESSAGES: Record<PatentNumberFailure, string> = {
  format:
    '专利号格式错误，应为12位数字加校验位，如 ZL201710601862.3 / patent number format is wrong, expected e.g. ZL201710601862.3',
  type_digit:
    '专利号类型位错误，应为1、2、3、8或9 / patent number type digit is wrong, expected 1, 2, 3, 8 or 9',
  check_digit: '专利号校验位错误 / patent number check digit is wrong',
};

/** Accepts a patent number in any common spelling and outputs the canonical form, e.g. `201710601862.3`. */
export const PatentNumberSchema = z.pipe(
  z.string(),
  z.transform((input, ctx) => {
    const result = parsePatentNumber(input);
    if (!result.ok) {
      ctx.issues.push({
        code: 'custom',
        input,
        message: PATENT_NUMBER_MESSAGES[result.reason],
        params: { reason: result.reason },
      });
      return z.NEVER;
    }
    return result.value.number;
  }),
);
