import { useState } from 'preact/hooks';
import { CONVERSION_NEED_KINDS, type ConversionNeedKind } from '../../api/conversion-needs.ts';
import { useApp } from '../../app-context.ts';
import { EditorHead } from '../../components/editor-head.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { chinaToday } from '../../format/china-today.ts';
import { errorAt } from '../../format/field-error.ts';
import { parseYuan } from '../../format/money.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';

interface Form {
  kind: ConversionNeedKind;
  description: string;
  offer: string;
  regionCode: string;
  budgetMin: string;
  budgetMax: string;
  closingDate: string;
}

const inDays = (days: number) => chinaToday(new Date(Date.now() + days * 86_400_000));

/** The budget band in fen, or the field errors of its two boxes. */
function budgetOf(
  form: Form,
): { ok: true; budget?: { minFen: number; maxFen: number } } | { ok: false; errors: Record<string, string> } {
  const [min, max] = [parseYuan(form.budgetMin), parseYuan(form.budgetMax)];
  const errors: Record<string, string> = {};
  if (!min.ok) errors['budget.minFen'] = t('cneed.invalidAmount');
  if (!max.ok) errors['budget.maxFen'] = t('cneed.invalidAmount');
  if (!min.ok || !max.ok) return { ok: false, errors };
  if (min.fen === undefined && max.fen === undefined) return { ok: true };
  if (min.fen === undefined || max.fen === undefined)
    return {
      ok: false,
      errors: { [min.fen === undefined ? 'budget.minFen' : 'budget.maxFen']: t('cneed.budgetBoth') },
    };
  return { ok: true, budget: { minFen: min.fen, maxFen: max.fen } };
}

/**
 * A university posts a conversion need (成果转化需求) on its published listing (`?declarationId=`) or bundle
 * (`?bundleId=`, both with `&title=` to name it); the server decides whether it is the university's own.
 */
export function ConversionNeedForm({ query }: { query: URLSearchParams }) {
  const { api, me, notify, reportError, fieldErrorsOf } = useApp();
  const declarationId = query.get('declarationId') ?? undefined;
  const bundleId = query.get('bundleId') ?? undefined;
  const title = query.get('title') ?? '';
  const [form, setForm] = useState<Form>(() => ({
    kind: 'pilot_scale',
    description: '',
    offer: '',
    regionCode: me?.organisation?.regionCode ?? '',
    budgetMin: '',
    budgetMax: '',
    closingDate: inDays(60),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof Form>(field: K) =>
    (value: string) =>
      setForm((previous) => ({ ...previous, [field]: value as Form[K] }));
  const err = (field: string) => errorAt(errors, field);
  const backHref = declarationId
    ? screenHref('declarations', [declarationId])
    : bundleId
      ? screenHref('bundles', [bundleId])
      : screenHref('conversionNeeds');

  async function submit(event: Event) {
    event.preventDefault();
    const band = budgetOf(form);
    if (!band.ok) {
      setErrors(band.errors);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const need = await api.conversionNeeds.post({
        ...(declarationId ? { declarationId } : {}),
        ...(bundleId ? { bundleId } : {}),
        kind: form.kind,
        description: form.description,
        offer: form.offer,
        regionCode: form.regionCode,
        ...(band.budget ? { budget: band.budget } : {}),
        closingDate: form.closingDate,
      });
      notify(t('cneed.posted'));
      go(screenHref('conversionNeeds', [need.id]));
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page">
      <section class="card" aria-labelledby="cneed-form-title">
        <EditorHead titleId="cneed-form-title" title={t('cneed.form.title')} backHref={backHref} />
        {!declarationId && !bundleId ? (
          <p class="banner banner-info">{t('cneed.form.noTarget')}</p>
        ) : (
          <>
            {title && <p class="strong">{t('cneed.form.on', { title })}</p>}
            <form id="cneed-form" class="form-grid" onSubmit={submit} noValidate>
              <SelectField
                id="cneed-kind"
                label={t('cneed.field.kind')}
                value={form.kind}
                onValue={set('kind')}
                options={CONVERSION_NEED_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`cneed.kind.${kind}`),
                }))}
                error={err('kind')}
                required
              />
              <TextAreaField
                id="cneed-description"
                label={t('cneed.field.description')}
                hint={t('cneed.hint.description')}
                value={form.description}
                onValue={set('description')}
                error={err('description') ?? err('declarationId') ?? err('bundleId')}
                maxLength={2000}
                required
              />
              <TextAreaField
                id="cneed-offer"
                label={t('cneed.field.offer')}
                hint={t('cneed.hint.offer')}
                value={form.offer}
                onValue={set('offer')}
                error={err('offer')}
                maxLength={1000}
                required
              />
              <TextField
                id="cneed-region"
                label={t('cneed.field.regionCode')}
                value={form.regionCode}
                onValue={set('regionCode')}
                error={err('regionCode')}
                inputMode="numeric"
                maxLength={6}
                required
              />
              <TextField
                id="cneed-budget-min"
                label={t('cneed.field.budgetMin')}
                value={form.budgetMin}
                onValue={set('budgetMin')}
                error={err('budget.minFen')}
              />
              <TextField
                id="cneed-budget-max"
                label={t('cneed.field.budgetMax')}
                value={form.budgetMax}
                onValue={set('budgetMax')}
                error={err('budget.maxFen')}
              />
              <TextField
                id="cneed-closing"
                label={t('cneed.field.closingDate')}
                type="date"
                value={form.closingDate}
                onValue={set('closingDate')}
                error={err('closingDate')}
                required
              />
              <div class="form-actions">
                <button
                  type="submit"
                  class="button button-primary"
                  data-action="post-conversion-need"
                  disabled={busy}
                >
                  {t('cneed.submit')}
                </button>
              </div>
            </form>
          </>
        )}
      </section>
    </div>
  );
}
