import type { Locale } from '../i18n/messages.ts';

/** Money travels as integer fen (分); people read and type yuan (元), and budgets in 万元. */
const FEN_PER_YUAN = 100;
const YUAN_PER_WAN = 10_000;

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
 * Fen the way a Chinese reader quotes an amount: 万元 from ten thousand yuan up, else 元.
 *
 * @example formatWan(4_800_000) // '4.8万元'
 * @example formatWan(500_000) // '5,000元'
 */
export function formatWan(fen: number): string {
  const yuan = fen / FEN_PER_YUAN;
  if (yuan < YUAN_PER_WAN) return `${grouped(yuan)}元`;
  const wan = Math.round((yuan / YUAN_PER_WAN) * 100) / 100;
  return `${wan.toLocaleString('en-US', { maximumFractionDigits: 2 })}万元`;
}

/** An amount for the reader's locale: 万元 in Chinese, yuan with separators in English. */
export function formatAmount(fen: number, locale: Locale): string {
  return locale === 'zh-CN' ? formatWan(fen) : formatYuan(fen);
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
 * Reads what someone typed as yuan into fen: `48000`, `48,000`, `¥48000.5`, `4.8万`, `４.８万元`. Empty is
 * `fen: undefined`; anything else that is not a non-negative amount with at most 2 decimals of yuan is refused.
 */
export function parseYuan(text: string): ParsedYuan {
  const compact = text
    .normalize('NFKC')
    .replace(/[\s,¥￥]/g, '')
    .replace(/元$/, '');
  if (compact === '') return { ok: true, fen: undefined };
  const match = /^(\d+(?:\.\d+)?)(万)?$/.exec(compact);
  if (!match) return { ok: false };
  const [, digits = '', wan] = match;
  const yuan = Number(digits) * (wan ? YUAN_PER_WAN : 1);
  const fen = yuan * FEN_PER_YUAN;
  const rounded = Math.round(fen);
  if (!Number.isSafeInteger(rounded) || Math.abs(fen - rounded) > 1e-6) return { ok: false };
  return { ok: true, fen: rounded };
}

/** Fen back into the yuan a form field shows: `4800000` → `'48000'`, `12345` → `'123.45'`. */
export function fenToYuanText(fen: number | undefined): string {
  if (fen === undefined) return '';
  const yuan = fen / FEN_PER_YUAN;
  return Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
}
