import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { newIdempotencyKey } from '../../api/idempotency-key.ts';
import { ANNUAL_FEE_STATUSES, type Patent, type PatentInput } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { errorAt } from '../../format/field-error.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { DisputeClaimPanel } from './dispute-claim-panel.tsx';
import {
  emptyPatentForm,
  formToPatentInput,
  type PatentForm,
  patentToForm,
  typeOfNumber,
} from './patent-form-model.ts';

/** Conflicts the number field explains: the patent is already in this or another organisation's ledger. */
const NUMBER_CONFLICTS = new Set(['patent_claimed', 'patent_exists']);

/** Adds a patent (`number` null) or edits one with optimistic locking. */
export function PatentEditor({ number }: { number: string | null }) {
  const { api, me, locale, notify, reportError, fieldErrorsOf } = useApp();
  const [original, setOriginal] = useState<Patent | null>(null);
  const [form, setForm] = useState<PatentForm | null>(() =>
    number === null ? emptyPatentForm(me?.organisation?.name ?? '') : null,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The entry refused because another organisation holds the number: the patentee may dispute it. */
  const [claimed, setClaimed] = useState<PatentInput | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());

  const loadPatent = useCallback(
    async (which: string) => {
      try {
        const patent = await api.patents.get(which);
        setOriginal(patent);
        setForm(patentToForm(patent));
        setErrors({});
        setStale(false);
      } catch (error) {
        reportError(error);
        go(screenHref('patents'), { replace: true });
      }
    },
    [api, reportError],
  );

  useEffect(() => {
    if (number !== null) void loadPatent(number);
  }, [number, loadPatent]);

  if (form === null) return <p class="muted center">{t('common.loading')}</p>;
  const current = form;
  const set =
    <K extends keyof PatentForm>(field: K) =>
    (value: PatentForm[K]) =>
      setForm((previous) => (previous ? { ...previous, [field]: value } : previous));
  const type = original?.type ?? typeOfNumber(current.number);
  const needsReport = type === 'utility_model' || type === 'design';
  const err = (field: string) => errorAt(errors, field);

  async function submit(event: Event) {
    event.preventDefault();
    const result = formToPatentInput(current, original, { invalidPercent: t('patentForm.invalidPercent') });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setBusy(true);
    setClaimed(null);
    try {
      const saved = original
        ? await api.patents.update(original.number, result.input, original.version)
        : await api.patents.create(result.input, idempotencyKey.current);
      idempotencyKey.current = newIdempotencyKey();
      const shown = displayPatentNumber(saved.number);
      notify(t(original ? 'patentForm.saved' : 'patentForm.added', { number: shown }));
      go(screenHref('patents'));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      if (error instanceof ApiError && error.code === 'stale_version') {
        setStale(true);
      } else if (error instanceof ApiError && NUMBER_CONFLICTS.has(error.code)) {
        setErrors({ number: localiseServerMessage(error.message, locale) });
        if (error.code === 'patent_claimed') setClaimed(result.input);
        reportError(error);
      } else {
        setErrors(fieldErrorsOf(error));
        reportError(error);
      }
    } finally {
      setBusy(false);
    }
  }

  const title = original
    ? t('patentForm.editTitle', { number: displayPatentNumber(original.number) })
    : t('patentForm.addTitle');
  return (
    <div class="page">
      <section class="card" aria-labelledby="patent-form-title">
        <div class="card-head">
          <h1 id="patent-form-title">{title}</h1>
          <a class="button button-small" href={screenHref('patents')}>
            {t('common.back')}
          </a>
        </div>
        {stale && original && (
          <div class="banner banner-warning" role="alert" data-stale>
            <span>{t('patentForm.stale')}</span>
            <button type="button" class="button button-small" onClick={() => loadPatent(original.number)}>
              {t('common.refresh')}
            </button>
          </div>
        )}
        <form id="patent-form" class="form-sections" onSubmit={submit} noValidate>
          <fieldset class="form-section">
            <legend>{t('patentForm.basics')}</legend>
            <div class="form-grid">
              <TextField
                id="patent-number"
                label={t('patent.field.number')}
                hint={t('patent.hint.number')}
                value={current.number}
                onValue={set('number')}
                error={err('number')}
                disabled={original !== null}
                required
              />
              <TextField
                id="patent-title"
                label={t('patent.field.title')}
                value={current.title}
                onValue={set('title')}
                error={err('title')}
                required
              />
              <TextField
                id="patent-patentees"
                label={t('patent.field.patentees')}
                hint={t('patent.hint.patentees')}
                value={current.patentees}
                onValue={set('patentees')}
                error={err('patentees')}
                required
              />
              <TextField
                id="patent-inventors"
                label={t('patent.field.inventors')}
                hint={t('patent.hint.list')}
                value={current.inventors}
                onValue={set('inventors')}
                error={err('inventors')}
              />
              <TextField
                id="patent-filing-date"
                label={t('patent.field.filingDate')}
                type="date"
                value={current.filingDate}
                onValue={set('filingDate')}
                error={err('filingDate')}
                required
              />
              <TextField
                id="patent-grant-date"
                label={t('patent.field.grantDate')}
                type="date"
                value={current.grantDate}
                onValue={set('grantDate')}
                error={err('grantDate')}
              />
            </div>
            <TextAreaField
              id="patent-abstract"
              label={t('patent.field.abstract')}
              value={current.abstract}
              onValue={set('abstract')}
              error={err('abstract')}
              rows={3}
            />
          </fieldset>
          <fieldset class="form-section">
            <legend>{t('patentForm.tags')}</legend>
            <div class="form-grid">
              <TextField
                id="patent-ipc"
                label={t('patent.field.ipc')}
                hint={t('patent.hint.list')}
                value={current.ipc}
                onValue={set('ipc')}
                error={err('ipc')}
              />
              <TextField
                id="patent-keywords"
                label={t('patent.field.keywords')}
                hint={t('patent.hint.list')}
                value={current.keywords}
                onValue={set('keywords')}
                error={err('keywords')}
              />
              <TextField
                id="patent-industry-chains"
                label={t('patent.field.industryChains')}
                hint={t('patent.hint.list')}
                value={current.industryChains}
                onValue={set('industryChains')}
                error={err('industryChains')}
              />
            </div>
          </fieldset>
          <LegalStatusFields form={current} set={set} err={err} />
          {needsReport && (
            <fieldset class="form-section">
              <legend>{t('patentForm.evaluation')}</legend>
              <p class="muted small">{t('patent.hint.evaluation')}</p>
              <div class="form-grid">
                <TextField
                  id="patent-evaluation-reference"
                  label={t('patent.field.evaluationReference')}
                  value={current.evaluationReference}
                  onValue={set('evaluationReference')}
                  error={err('evaluationReport.reference') ?? err('evaluationReport')}
                />
                <SelectField
                  id="patent-evaluation-conclusion"
                  label={t('patent.field.evaluationConclusion')}
                  value={current.evaluationConclusion}
                  onValue={(value) =>
                    set('evaluationConclusion')(value as PatentForm['evaluationConclusion'])
                  }
                  error={err('evaluationReport.conclusion')}
                  options={(['', 'favourable', 'unfavourable'] as const).map((value) => ({
                    value,
                    label: t(`patent.conclusion.${value || 'none'}`),
                  }))}
                />
              </div>
            </fieldset>
          )}
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t('common.submitting') : t('common.save')}
            </button>
          </div>
        </form>
      </section>
      {claimed && <DisputeClaimPanel patent={claimed} />}
    </div>
  );
}

interface LegalProps {
  form: PatentForm;
  set: <K extends keyof PatentForm>(field: K) => (value: PatentForm[K]) => void;
  err: (field: string) => string | undefined;
}

function LegalStatusFields({ form, set, err }: LegalProps) {
  return (
    <fieldset class="form-section">
      <legend>{t('patentForm.legal')}</legend>
      <div class="form-grid">
        <SelectField
          id="patent-annual-fee"
          label={t('patent.field.annualFee')}
          value={form.annualFee}
          onValue={(value) => set('annualFee')(value as PatentForm['annualFee'])}
          error={err('legal.annualFee')}
          options={ANNUAL_FEE_STATUSES.map((value) => ({ value, label: t(`patent.fee.${value}`) }))}
          required
        />
        <TextField
          id="patent-fee-reduction"
          label={t('patent.field.feeReduction')}
          hint={t('patent.hint.feeReduction')}
          value={form.feeReductionPercent}
          onValue={set('feeReductionPercent')}
          error={err('feeReductionPercent')}
          inputMode="decimal"
        />
        <TextField
          id="patent-pledgee"
          label={t('patent.field.pledgee')}
          hint={t('patent.hint.pledgee')}
          value={form.pledgee}
          onValue={set('pledgee')}
          error={err('legal.pledge')}
        />
        <SelectField
          id="patent-exclusive-kind"
          label={t('patent.field.exclusiveKind')}
          value={form.exclusiveKind}
          onValue={(value) => set('exclusiveKind')(value as PatentForm['exclusiveKind'])}
          error={err('legal.exclusiveLicence.kind')}
          options={(['', 'exclusive', 'sole'] as const).map((value) => ({
            value,
            label: t(`patent.exclusive.${value || 'none'}`),
          }))}
        />
        {form.exclusiveKind && (
          <TextField
            id="patent-exclusive-until"
            label={t('patent.field.exclusiveUntil')}
            type="date"
            value={form.exclusiveUntil}
            onValue={set('exclusiveUntil')}
            error={err('legal.exclusiveLicence.until') ?? err('legal.exclusiveLicence')}
            required
          />
        )}
      </div>
      <div class="checks">
        {form.pledgee.trim() !== '' && (
          <CheckboxField
            id="patent-pledgee-consented"
            label={t('patent.field.pledgeeConsented')}
            checked={form.pledgeeConsented}
            onChecked={set('pledgeeConsented')}
          />
        )}
        <CheckboxField
          id="patent-suspended"
          label={t('patent.field.proceedingsSuspended')}
          checked={form.proceedingsSuspended}
          onChecked={set('proceedingsSuspended')}
          error={err('legal.proceedingsSuspended')}
        />
        <CheckboxField
          id="patent-invalidated"
          label={t('patent.field.invalidated')}
          checked={form.invalidated}
          onChecked={set('invalidated')}
        />
      </div>
    </fieldset>
  );
}
