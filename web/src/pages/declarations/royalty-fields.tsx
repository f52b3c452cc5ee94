import { ROYALTY_BASES, ROYALTY_METHODS } from '../../api/royalty.ts';
import { useApp } from '../../app-context.ts';
import { describedBy, TextField } from '../../components/field.tsx';
import { errorAt } from '../../format/field-error.ts';
import { formatAmount } from '../../format/money.ts';
import { t } from '../../i18n/messages.ts';
import { type InstalmentRow, instalmentsTotalFen, type RoyaltyForm } from './royalty-form.ts';

interface RoyaltyFieldsProps {
  /** Prefix of the controls' ids, e.g. `declaration` → `#declaration-royalty-amount`. */
  idPrefix: string;
  value: RoyaltyForm;
  onValue: (value: RoyaltyForm) => void;
  /** Messages by API path (`royalty.amountFen`), errors and warnings apart. */
  errors: Readonly<Record<string, string>>;
  warnings: Readonly<Record<string, string>>;
}

/**
 * 许可使用费支付方式、标准: the method as a switch, then only the amounts that method needs. Amounts are
 * typed in yuan (`200000` or `20万`), the rate in per cent; the API gets fen.
 */
export function RoyaltyFields({ idPrefix, value, onValue, errors, warnings }: RoyaltyFieldsProps) {
  const { locale } = useApp();
  const id = (name: string) => `${idPrefix}-royalty-${name}`;
  const set =
    <K extends keyof RoyaltyForm>(field: K) =>
    (next: RoyaltyForm[K]) =>
      onValue({ ...value, [field]: next });
  const err = (path: string) => errorAt(errors, path);
  const running = value.method === 'running_royalty' || value.method === 'entry_fee_plus_royalty';
  const methodError = err('royalty.method');

  return (
    <>
      <fieldset
        id={id('method')}
        class={methodError ? 'field field-group field-invalid' : 'field field-group'}
        aria-describedby={describedBy(id('method'), { error: methodError })}
      >
        <legend>
          {t('royalty.field.method')}
          <span class="required" title={t('common.required')}>
            {' '}
            *
          </span>
        </legend>
        <div class="segmented" role="radiogroup">
          {ROYALTY_METHODS.map((method) => (
            <label key={method} class={value.method === method ? 'segment segment-on' : 'segment'}>
              <input
                type="radio"
                name={id('method')}
                value={method}
                checked={value.method === method}
                onChange={() => set('method')(method)}
              />
              {t(`royalty.method.${method}`)}
            </label>
          ))}
        </div>
        <p class="field-hint">{t(`royalty.methodHint.${value.method}`)}</p>
      </fieldset>
      <div class="form-grid">
        {value.method === 'lump_sum' && (
          <TextField
            id={id('amount')}
            label={t('royalty.field.amount')}
            hint={t('royalty.hint.amount')}
            value={value.amount}
            onValue={set('amount')}
            error={err('royalty.amountFen')}
            warning={warnings['royalty.amountFen']}
            inputMode="decimal"
            required
          />
        )}
        {value.method === 'entry_fee_plus_royalty' && (
          <TextField
            id={id('entry-fee')}
            label={t('royalty.field.entryFee')}
            hint={t('royalty.hint.amount')}
            value={value.entryFee}
            onValue={set('entryFee')}
            error={err('royalty.entryFeeFen')}
            warning={warnings['royalty.entryFeeFen']}
            inputMode="decimal"
            required
          />
        )}
        {running && (
          <>
            <div class="field">
              <label for={id('base')}>
                {t('royalty.field.base')}
                <span class="required" title={t('common.required')}>
                  {' '}
                  *
                </span>
              </label>
              <select
                id={id('base')}
                name={id('base')}
                value={value.base}
                onChange={(event) => set('base')(event.currentTarget.value as RoyaltyForm['base'])}
              >
                {ROYALTY_BASES.map((base) => (
                  <option key={base} value={base}>
                    {t(`royalty.base.${base}`)}
                  </option>
                ))}
              </select>
            </div>
            {value.base === 'per_unit' ? (
              <TextField
                id={id('per-unit')}
                label={t('royalty.field.perUnit')}
                hint={t('royalty.hint.perUnit')}
                value={value.perUnit}
                onValue={set('perUnit')}
                error={err('royalty.perUnitFen')}
                inputMode="decimal"
                required
              />
            ) : (
              <TextField
                id={id('rate')}
                label={t('royalty.field.rate')}
                hint={t(value.base === 'profit' ? 'royalty.hint.rateProfit' : 'royalty.hint.rateSales')}
                value={value.rate}
                onValue={set('rate')}
                error={err('royalty.ratePercent')}
                warning={warnings['royalty.ratePercent']}
                inputMode="decimal"
                required
              />
            )}
          </>
        )}
      </div>
      {value.method === 'instalments' && (
        <InstalmentRows
          idPrefix={id('instalment')}
          rows={value.instalments}
          onRows={set('instalments')}
          errors={errors}
          total={formatAmount(instalmentsTotalFen(value.instalments), locale)}
          totalError={err('royalty.totalFen') ?? errors['royalty.schedule']}
          totalWarning={warnings['royalty.totalFen']}
        />
      )}
    </>
  );
}

interface InstalmentRowsProps {
  idPrefix: string;
  rows: readonly InstalmentRow[];
  onRows: (rows: InstalmentRow[]) => void;
  errors: Readonly<Record<string, string>>;
  total: string;
  totalError: string | undefined;
  totalWarning: string | undefined;
}

/** The instalment schedule: when each falls due (months after the period starts) and how much. */
function InstalmentRows({
  idPrefix,
  rows,
  onRows,
  errors,
  total,
  totalError,
  totalWarning,
}: InstalmentRowsProps) {
  const change = (i: number, field: keyof InstalmentRow) => (text: string) =>
    onRows(rows.map((row, at) => (at === i ? { ...row, [field]: text } : row)));
  const nextMonths = () => {
    const last = Number(rows[rows.length - 1]?.months ?? '-12');
    return String(Number.isFinite(last) ? last + 12 : 0);
  };
  return (
    <div class="instalments" id={idPrefix}>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('royalty.instalment.n')}</th>
              <th scope="col">{t('royalty.field.dueAfterMonths')}</th>
              <th scope="col">{t('royalty.field.instalmentAmount')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const monthsError = errors[`royalty.schedule.${i}.dueAfterMonths`];
              const amountError = errors[`royalty.schedule.${i}.amountFen`];
              return (
                <tr key={i} data-instalment={i}>
                  <td class="num">{i + 1}</td>
                  <td>
                    <input
                      id={`${idPrefix}-${i}-months`}
                      aria-label={t('royalty.field.dueAfterMonths')}
                      value={row.months}
                      inputMode="numeric"
                      aria-invalid={monthsError ? 'true' : undefined}
                      onInput={(event) => change(i, 'months')(event.currentTarget.value)}
                    />
                    {monthsError && <p class="field-error">{monthsError}</p>}
                  </td>
                  <td>
                    <input
                      id={`${idPrefix}-${i}-amount`}
                      aria-label={t('royalty.field.instalmentAmount')}
                      value={row.amount}
                      inputMode="decimal"
                      aria-invalid={amountError ? 'true' : undefined}
                      onInput={(event) => change(i, 'amount')(event.currentTarget.value)}
                    />
                    {amountError && <p class="field-error">{amountError}</p>}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="button button-small"
                      disabled={rows.length <= 1}
                      onClick={() => onRows(rows.filter((_, at) => at !== i))}
                    >
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="instalments-foot">
        <button
          type="button"
          class="button button-small"
          onClick={() => onRows([...rows, { months: nextMonths(), amount: '' }])}
        >
          {t('royalty.instalment.add')}
        </button>
        <span>
          {t('royalty.field.total')}：<strong>{total}</strong>
        </span>
      </div>
      {totalError && <p class="field-error">{totalError}</p>}
      {totalWarning && <p class="field-warning">{totalWarning}</p>}
    </div>
  );
}
