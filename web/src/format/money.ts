import type { Locale } from '../i18n/messages.ts';

/** Money travels as integer fen (分); people read and type yuan (元), and budgets in 万元. */
const FEN_PER_YUAN = 100;
const YUAN_PER_WAN = 10_000;
const YUAN_PER_YI = 100_000_000;
/** English readers' large-number steps, largest first. */
const COMPACT_SCALES: readonly (readonly [number, string])[] = [
  [1_000_000_000, 'B'],
  [1_000_000, 'M'],
];

const twoDecimals = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function grouped(yuan: number): string {
  const cents = !Number.isInteger(yuan);
  return yuan.toLocaleString('en-US', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 });
}

/**
 * Fen as yuan with thousands separators.
 *
 * @example formatYuan(4_800_000) // '¥48,000'
 * @example formatYuan(12_345) // '¥123.45'
 */
export function formatYuan(fen: number): string {
  return `¥${grouped(fen / FEN_PER_YUAN)}`;
}

/**
 * Fen the way a Chinese reader quotes an amount: 元 below ten thousand yuan, 万元 up to a hundred million,
 * 亿元 from there; at most two decimals, trailing zeros dropped.
 *
 * @example formatWan(4_800_000) // '4.8万元'
 * @example formatWan(500_000) // '5,000元'
 * @example formatWan(15_000_000_000) // '1.5亿元'
 */
export function formatWan(fen: number): string {
  const yuan = fen / FEN_PER_YUAN;
  if (Math.abs(yuan) < YUAN_PER_WAN) return `${grouped(yuan)}元`;
  const wan = Math.round((yuan / YUAN_PER_WAN) * 100) / 100;
  if (Math.abs(wan) < YUAN_PER_WAN) return `${twoDecimals(wan)}万元`;
  return `${twoDecimals(Math.round((yuan / YUAN_PER_YI) * 100) / 100)}亿元`;
}

/**
 * Fen for an English reader: yuan with separators below a million, then ¥1.5M and ¥2.3B.
 *
 * @example formatYuanCompact(4_800_000) // '¥48,000'
 * @example formatYuanCompact(150_000_000) // '¥1.5M'
 */
export function formatYuanCompact(fen: number): string {
  const yuan = fen / FEN_PER_YUAN;
  const scale = COMPACT_SCALES.find(([size]) => Math.abs(yuan) >= size);
  if (!scale) return formatYuan(fen);
  const [size, suffix] = scale;
  return `¥${twoDecimals(Math.round((yuan / size) * 100) / 100)}${suffix}`;
}

/** An amount for the reader's locale: 元 / 万元 / 亿元 in Chinese, ¥ with separators (¥1.5M for millions) in English. */
export function formatAmount(fen: number, locale: Locale): string {
  return locale === 'zh-CN' ? formatWan(fen) : formatYuanCompact(fen);
}

/**
 * A budget range, or one amount when both ends are equal.
 *
 * @example formatBudget({ minFen: 30_000_000, maxFen: 100_000_000 }, 'zh-CN') // '30万元 – 100万元'
 */
export function formatBudget(budget: { minFen: number; maxFen: number }, locale: Locale): string {
  const min = formatAmount(budget.minFen, locale);
  return budget.minFen === budget.maxFen ? min : `${min} – ${formatAmount(budget.maxFen, locale)}`;
}

export type ParsedYuan = { ok: true; fen: number | undefined } | { ok: false };

/**
 * Reads what someone typed as yuan into fen: `48000`, `48,000`, `¥48000.5`, `4.8万`, `４.８万元`, `3.2 万`,
 * `1,200万元`, `1.5亿`. Empty is `fen: undefined`; anything else that is not a non-negative amount with at most
 * 2 decimals of yuan is refused.
 */
export function parseYuan(text: string): ParsedYuan {
  const compact = text
    .normalize('NFKC')
    .replace(/[\s,¥￥]/g, '')
    .replace(/元$/, '');
  if (compact === '') return { ok: true, fen: undefined };
  const match = /^(\d+)(?:\.(\d+))?(万|亿)?$/.exec(compact);
  if (!match) return { ok: false };
  const [, whole = '', decimals = '', unit] = match;
  // Exact decimal arithmetic on the digits (1.15亿 must not become 114999999.99999999 yuan): fen = digits × 10^shift.
  const shift = 2 + (unit === '亿' ? 8 : unit === '万' ? 4 : 0) - decimals.length;
  if (shift < 0 && /[1-9]/.test(decimals.slice(decimals.length + shift))) return { ok: false };
  const digits = shift < 0 ? `${whole}${decimals.slice(0, decimals.length + shift)}` : `${whole}${decimals}`;
  const rounded = Number(digits) * 10 ** Math.max(0, shift);
  if (!Number.isSafeInteger(rounded)) return { ok: false };
  return { ok: true, fen: rounded };
}

/** Fen back into the yuan a form field shows: `4800000` → `'48000'`, `12345` → `'123.45'`. */
export function fenToYuanText(fen: number | undefined): string {
  if (fen === undefined) return '';
  const yuan = fen / FEN_PER_YUAN;
  return Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
}
