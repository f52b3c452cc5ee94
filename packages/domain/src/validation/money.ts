import * as z from 'zod/mini';

/**
 * The largest amount one item may carry: ¥10,000,000,000 (100 亿元) = 1,000,000,000,000 fen. It bounds
 * every amount the platform accepts — a deal, a licence fee or instalment, a payment, a royalty report's
 * sales or profit and the royalty due, a need's budget, a quota target — far above any single patent
 * deal (the CNIPA guidance flags fixed fees above ¥20 million), yet small enough that 9,007 items at the
 * bound still add up to an exact JavaScript number. Yearly totals are kept exact by a second bound,
 * {@link MAX_TOTAL_FEN}, that the store enforces in the transaction that adds to them.
 */
export const MAX_ITEM_FEN = 1_000_000_000_000;

/**
 * The largest yearly total (a quota counter, an evidence total) the store lets an organisation reach:
 * 2^53 − 1 fen (about ¥90 trillion), the largest integer a JavaScript number, and so the JSON the API
 * answers with, holds exactly. A write that would pass it is refused; nothing is rounded or wrapped.
 */
export const MAX_TOTAL_FEN = Number.MAX_SAFE_INTEGER;

/**
 * An amount of CNY in integer fen (分), from 0 to {@link MAX_ITEM_FEN}. The one money schema: every amount
 * field of deals, licences, payments, royalty reports, royalties, needs' budgets and quota targets uses it,
 * so an amount over the bound answers 400 naming its field.
 */
export const FenSchema = z
  .int({ error: '金额必须是以分为单位的整数 / amount must be a whole number of fen' })
  .check(
    z.nonnegative({ error: '金额不能为负数 / amount must not be negative' }),
    z.lte(MAX_ITEM_FEN, {
      error:
        '金额不能超过 100 亿元（1,000,000,000,000 分）/ amount must be at most ¥10,000,000,000 (1,000,000,000,000 fen)',
    }),
  );

export type Fen = z.infer<typeof FenSchema>;

export type YuanParseFailure = 'format' | 'precision' | 'range';

export type YuanParseResult = { ok: true; value: number } | { ok: false; reason: YuanParseFailure };

/**
 * Converts a non-negative yuan amount to fen without floating-point arithmetic. Accepts an optional ¥/￥,
 * correctly grouped thousands separators, spaces and at most two decimals; a third decimal is a
 * `precision` failure rather than a silent rounding.
 *
 * @example yuanToFen('48,000.50') // { ok: true, value: 4800050 }
 */
export function yuanToFen(input: string | number): YuanParseResult {
  const text = (typeof input === 'number' ? String(input) : input.normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(/^¥/, '');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  const whole = match?.[1];
  if (whole === undefined) return { ok: false, reason: 'format' };
  const decimals = match?.[2] ?? '';
  if (decimals.length > 2) return { ok: false, reason: 'precision' };
  const fen = BigInt(whole.replaceAll(',', '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'range' };
  return { ok: true, value: Number(fen) };
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Plain decimal yuan string with exactly two decimals. Throws RangeError on a non-integer, because fen are
 * validated at the edge and anything else here is a programming error.
 *
 * @example fenToYuan(4800050) // '48000.50'
 */
export function fenToYuan(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Display form with the yuan sign and thousands separators.
 *
 * @example formatFen(4800000) // '¥48,000.00'
 */
export function formatFen(fen: number): string {
  const plain = fenToYuan(fen);
  const sign = plain.startsWith('-') ? '-' : '';
  const [whole = '0', decimals = '00'] = plain.replace('-', '').split('.');
  return `${sign}¥${groupThousands(whole)}.${decimals}`;
}

const FEN_PER_WAN = 1_000_000n; // 1万元
const FEN_PER_YI = 10_000_000_000n; // 1亿元

/** `amount / unit` rounded half-up to two decimals, trailing zeros dropped. */
function scaled(amount: bigint, unit: bigint): string {
  const hundredths = (amount * 100n + unit / 2n) / unit;
  const whole = hundredths / 100n;
  const decimals = String(hundredths % 100n)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return decimals === '' ? String(whole) : `${whole}.${decimals}`;
}

/**
 * Chinese display form: amounts of 1万元 and more in 万元 (or 亿元 from 1亿元) with up to two decimals,
 * smaller amounts as {@link formatFen}.
 *
 * @example formatFenZh(48000000) // '48万元'
 * @example formatFenZh(4800000) // '4.8万元'
 */
export function formatFenZh(fen: number): string {
  assertFen(fen);
  const amount = BigInt(Math.abs(fen));
  if (amount < FEN_PER_WAN) return formatFen(fen);
  const sign = fen < 0 ? '-' : '';
  // Compare after rounding so 99,999,999.99 元 reads 1亿元, not 10000万元.
  const inWan = scaled(amount, FEN_PER_WAN);
  if (amount >= FEN_PER_YI || inWan === '10000') return `${sign}${scaled(amount, FEN_PER_YI)}亿元`;
  return `${sign}${inWan}万元`;
}
