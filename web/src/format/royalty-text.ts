import type { RoyaltySummary } from '../api/listings.ts';
import type { Royalty } from '../api/royalty.ts';
import { type Locale, t } from '../i18n/messages.ts';
import { formatAmount } from './money.ts';

/** The fixed part and running terms of a royalty, as a catalogue row carries them. */
export function summaryOf(royalty: Royalty): RoyaltySummary {
  switch (royalty.method) {
    case 'lump_sum':
      return { method: royalty.method, fixedFen: royalty.amountFen };
    case 'instalments':
      return { method: royalty.method, fixedFen: royalty.totalFen, instalments: royalty.schedule.length };
    case 'free':
      return { method: royalty.method, fixedFen: 0 };
    case 'running_royalty':
    case 'entry_fee_plus_royalty': {
      const { base, ratePercent, perUnitFen } = royalty;
      return {
        method: royalty.method,
        fixedFen: royalty.method === 'entry_fee_plus_royalty' ? royalty.entryFeeFen : 0,
        base,
        ...(ratePercent === undefined ? {} : { ratePercent }),
        ...(perUnitFen === undefined ? {} : { perUnitFen }),
      };
    }
  }
}

/** `按净销售额的 3%`, `按利润的 12.5%`, `每件 5元`. */
function runningText(summary: RoyaltySummary, locale: Locale): string {
  if (summary.base === 'per_unit')
    return t('royalty.running.per_unit', { amount: formatAmount(summary.perUnitFen ?? 0, locale) });
  return t(`royalty.running.${summary.base ?? 'net_sales'}`, { rate: summary.ratePercent ?? 0 });
}

/**
 * The payment method and standard (许可使用费支付方式、标准) in one line, as the declaration states it.
 *
 * @example royaltyLine({ method: 'entry_fee_plus_royalty', fixedFen: 20_000_000, base: 'net_sales', ratePercent: 2 }, 'zh-CN')
 * // '入门费+提成：入门费 20万元，另按净销售额的 2% 提成'
 */
export function royaltyLine(summary: RoyaltySummary, locale: Locale): string {
  const amount = formatAmount(summary.fixedFen, locale);
  switch (summary.method) {
    case 'lump_sum':
      return t('royalty.line.lump_sum', { amount });
    case 'running_royalty':
      return t('royalty.line.running_royalty', { running: runningText(summary, locale) });
    case 'entry_fee_plus_royalty':
      return t('royalty.line.entry_fee_plus_royalty', { amount, running: runningText(summary, locale) });
    case 'instalments':
      return t('royalty.line.instalments', { amount, count: summary.instalments ?? 0 });
    case 'free':
      return t('royalty.line.free');
  }
}

/** Each instalment as a line: when it falls due and how much. */
export function instalmentLines(royalty: Royalty, locale: Locale): string[] {
  if (royalty.method !== 'instalments') return [];
  return royalty.schedule.map((row, i) =>
    t(row.dueAfterMonths === 0 ? 'royalty.instalment.atStart' : 'royalty.instalment.after', {
      n: i + 1,
      months: row.dueAfterMonths,
      amount: formatAmount(row.amountFen, locale),
    }),
  );
}
