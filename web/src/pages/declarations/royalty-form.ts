import type { Instalment, Royalty, RoyaltyBase, RoyaltyMethod } from '../../api/royalty.ts';
import { fenToYuanText, parseYuan } from '../../format/money.ts';

/** One instalment as typed: months after the period starts, and the amount in yuan. */
export interface InstalmentRow {
  months: string;
  amount: string;
}

/**
 * The royalty part of a form, every control a string: amounts in yuan (`200000` or `20万`), the rate in
 * per cent. Fields of the other methods are kept while switching, so switching back loses nothing.
 */
export interface RoyaltyForm {
  method: RoyaltyMethod;
  amount: string;
  entryFee: string;
  base: RoyaltyBase;
  rate: string;
  perUnit: string;
  instalments: InstalmentRow[];
}

export function emptyRoyaltyForm(): RoyaltyForm {
  return {
    method: 'lump_sum',
    amount: '',
    entryFee: '',
    base: 'net_sales',
    rate: '',
    perUnit: '',
    instalments: [
      { months: '0', amount: '' },
      { months: '12', amount: '' },
    ],
  };
}

const percentText = (value: number | undefined) => (value === undefined ? '' : String(value));

export function royaltyToForm(royalty: Royalty): RoyaltyForm {
  const form = { ...emptyRoyaltyForm(), method: royalty.method };
  switch (royalty.method) {
    case 'lump_sum':
      return { ...form, amount: fenToYuanText(royalty.amountFen) };
    case 'entry_fee_plus_royalty':
    case 'running_royalty':
      return {
        ...form,
        entryFee: royalty.method === 'entry_fee_plus_royalty' ? fenToYuanText(royalty.entryFeeFen) : '',
        base: royalty.base,
        rate: percentText(royalty.ratePercent),
        perUnit: fenToYuanText(royalty.perUnitFen),
      };
    case 'instalments':
      return {
        ...form,
        instalments: royalty.schedule.map((row) => ({
          months: String(row.dueAfterMonths),
          amount: fenToYuanText(row.amountFen),
        })),
      };
    case 'free':
      return form;
  }
}

export interface RoyaltyFormMessages {
  /** An amount left empty. */
  amountRequired: string;
  /** An amount that is not `200000`, `20万` or the like. */
  invalidAmount: string;
  invalidRate: string;
  invalidMonths: string;
}

export type RoyaltyFormResult =
  | { ok: true; royalty: Royalty }
  | { ok: false; errors: Record<string, string> };

/**
 * Reads a rate typed as `3`, `3%`, `２.５％`; `undefined` when it is not a plain decimal number. Whether it
 * is in range is the server's to say.
 */
export function parsePercent(text: string): number | undefined {
  const compact = text.normalize('NFKC').replace(/\s/g, '').replace(/%$/, '');
  return /^\d+(?:\.\d+)?$/.test(compact) ? Number(compact) : undefined;
}

/** Parses the amount in `text` into fen, or records why not under `path`. */
function amountAt(text: string, path: string, errors: Record<string, string>, messages: RoyaltyFormMessages) {
  const parsed = parseYuan(text);
  if (!parsed.ok) errors[path] = messages.invalidAmount;
  else if (parsed.fen === undefined) errors[path] = messages.amountRequired;
  else return parsed.fen;
  return 0;
}

/**
 * The form → the royalty the API takes, in fen. Instalments' total is their sum, so the two cannot
 * disagree. Only what the browser must understand to build the request is checked here; the rules (a fee
 * above 0, a rate up to 100 %) are the server's, shown beside the fields they name (`royalty.amountFen`).
 */
export function formToRoyalty(form: RoyaltyForm, messages: RoyaltyFormMessages): RoyaltyFormResult {
  const errors: Record<string, string> = {};
  let royalty: Royalty;
  switch (form.method) {
    case 'lump_sum':
      royalty = {
        method: 'lump_sum',
        amountFen: amountAt(form.amount, 'royalty.amountFen', errors, messages),
      };
      break;
    case 'running_royalty':
    case 'entry_fee_plus_royalty': {
      const running =
        form.base === 'per_unit'
          ? { base: form.base, perUnitFen: amountAt(form.perUnit, 'royalty.perUnitFen', errors, messages) }
          : { base: form.base, ratePercent: parsePercent(form.rate) ?? 0 };
      if (form.base !== 'per_unit' && parsePercent(form.rate) === undefined)
        errors['royalty.ratePercent'] = messages.invalidRate;
      royalty =
        form.method === 'running_royalty'
          ? { method: 'running_royalty', ...running }
          : {
              method: 'entry_fee_plus_royalty',
              entryFeeFen: amountAt(form.entryFee, 'royalty.entryFeeFen', errors, messages),
              ...running,
            };
      break;
    }
    case 'instalments': {
      const schedule: Instalment[] = form.instalments.map((row, i) => {
        const months = row.months.trim();
        if (!/^\d{1,3}$/.test(months))
          errors[`royalty.schedule.${i}.dueAfterMonths`] = messages.invalidMonths;
        return {
          dueAfterMonths: Number(months) || 0,
          amountFen: amountAt(row.amount, `royalty.schedule.${i}.amountFen`, errors, messages),
        };
      });
      royalty = {
        method: 'instalments',
        totalFen: schedule.reduce((total, row) => total + row.amountFen, 0),
        schedule,
      };
      break;
    }
    case 'free':
      royalty = { method: 'free' };
      break;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, royalty };
}

/** The instalments' total as typed so far (rows not yet readable count as 0), in fen. */
export function instalmentsTotalFen(rows: readonly InstalmentRow[]): number {
  return rows.reduce((total, row) => {
    const parsed = parseYuan(row.amount);
    return total + (parsed.ok ? (parsed.fen ?? 0) : 0);
  }, 0);
}
