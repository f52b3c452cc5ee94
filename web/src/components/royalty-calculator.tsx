import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExpectedVolume, ExpectedVolumes, RoyaltyEstimate } from '../api/royalty.ts';
import { useApp } from '../app-context.ts';
import { formatAmount } from '../format/money.ts';
import { listText } from '../format/phrase.ts';
import { t } from '../i18n/messages.ts';
import { TextField } from './field.tsx';
import { EMPTY_VOLUME_INPUTS, readVolumes, type VolumeInputs } from './read-volumes.ts';

interface RoyaltyCalculatorProps {
  /** The estimates the terms need from a licensee; none for a fixed or free price. */
  volumes: readonly ExpectedVolume[];
  /** The server's calculator for these terms (`…/royalty?yearlySalesFen=…`). */
  compute: (volumes: ExpectedVolumes) => Promise<RoyaltyEstimate>;
  /** Told of each estimate with the volumes it was computed from (e.g. to keep them with a licence). */
  onEstimate?: (volumes: ExpectedVolumes, estimate: RoyaltyEstimate) => void;
}

/**
 * 许可使用费测算: a licensee's expected yearly sales, profit or units → what the published terms make it pay
 * in each licence year and over the period. A fixed or free price needs no input and is shown at once.
 */
export function RoyaltyCalculator({ volumes, compute, onEstimate }: RoyaltyCalculatorProps) {
  const { locale, reportError } = useApp();
  const [inputs, setInputs] = useState<VolumeInputs>(EMPTY_VOLUME_INPUTS);
  const [errors, setErrors] = useState<Partial<Record<ExpectedVolume, string>>>({});
  const [estimate, setEstimate] = useState<RoyaltyEstimate | null>(null);
  const [busy, setBusy] = useState(false);
  const fixed = volumes.length === 0;
  // The caller may pass a new function each render; the latest one is used.
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const onEstimateRef = useRef(onEstimate);
  onEstimateRef.current = onEstimate;

  async function run(read: ExpectedVolumes) {
    setBusy(true);
    try {
      const answer = await computeRef.current(read);
      setEstimate(answer);
      onEstimateRef.current?.(read, answer);
    } catch (error) {
      // A refused calculation leaves no earlier figures beside its error.
      setEstimate(null);
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  // A fixed price needs nothing from the licensee: show what falls due in each year straight away.
  useEffect(() => {
    if (!fixed) return;
    let live = true;
    computeRef.current({}).then((answer) => {
      if (live) setEstimate(answer);
    }, reportError);
    return () => {
      live = false;
    };
  }, [fixed, reportError]);

  function submit(event: Event) {
    event.preventDefault();
    const read = readVolumes(volumes, inputs, {
      required: t('calculator.required'),
      invalidAmount: t('calculator.invalidAmount'),
      invalidUnits: t('calculator.invalidUnits'),
    });
    setErrors(read.ok ? {} : read.errors);
    if (read.ok) void run(read.volumes);
    // The figures on screen were for the previous input: an unreadable one clears them.
    else setEstimate(null);
  }

  return (
    <section class="card calculator" aria-labelledby="calculator-title" id="royalty-calculator">
      <h2 id="calculator-title">{t('calculator.title')}</h2>
      <p class="muted small">{fixed ? t('calculator.fixedIntro') : t('calculator.intro')}</p>
      {!fixed && (
        <form id="calculator-form" class="calculator-form" onSubmit={submit} noValidate>
          {volumes.map((volume) => (
            <TextField
              key={volume}
              id={`calculator-${volume}`}
              label={t(`calculator.volume.${volume}`)}
              hint={t(volume === 'yearlyUnits' ? 'calculator.hint.units' : 'calculator.hint.money')}
              value={inputs[volume]}
              onValue={(value) => setInputs((current) => ({ ...current, [volume]: value }))}
              error={errors[volume]}
              inputMode={volume === 'yearlyUnits' ? 'numeric' : 'decimal'}
              required
            />
          ))}
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t('calculator.computing') : t('calculator.compute')}
            </button>
          </div>
        </form>
      )}
      {estimate && (
        <div class="calculator-result" data-calculator-result aria-live="polite">
          <div class="table-wrap">
            <table class="table" id="royalty-years">
              <thead>
                <tr>
                  <th scope="col">{t('calculator.year')}</th>
                  <th scope="col" class="num">
                    {t('calculator.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {estimate.years.map((row) => (
                  <tr key={row.year} data-year={row.year}>
                    <td>{t('calculator.yearN', { year: row.year })}</td>
                    <td class="num">{formatAmount(row.amountFen, locale)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-total>
                  <th scope="row">{t('calculator.total')}</th>
                  <td class="num strong" id="royalty-total">
                    {formatAmount(estimate.totalFen, locale)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          {estimate.missingInputs.length > 0 && (
            <p class="muted small">
              {t('calculator.missing', {
                inputs: listText(estimate.missingInputs.map((v) => t(`calculator.volume.${v}`))),
              })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
