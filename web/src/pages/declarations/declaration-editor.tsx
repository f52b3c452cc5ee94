import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { Declaration } from '../../api/declarations.ts';
import { newIdempotencyKey } from '../../api/idempotency-key.ts';
import type { Patent } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { BadgeList } from '../../components/badge-pill.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../components/field.tsx';
import { PendingNote } from '../../components/pending-note.tsx';
import { chinaToday } from '../../format/china-today.ts';
import { isPriceEditable } from '../../format/declaration-badges.ts';
import { errorAt } from '../../format/field-error.ts';
import { displayPatentNumber, patentBadges } from '../../format/patent-badges.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import {
  type DeclarationForm,
  declarationToForm,
  formToDeclarationInput,
  newDeclarationForm,
} from './declaration-form-model.ts';
import { byField } from './guard-issues.ts';
import { GuardPanel } from './guard-panel.tsx';
import { RoyaltyFields } from './royalty-fields.tsx';
import type { RoyaltyFormMessages } from './royalty-form.ts';
import { useDeclarationCheck } from './use-declaration-check.ts';

interface Loaded {
  patent: Patent | null;
  declaration: Declaration | null;
}

const royaltyMessages = (): RoyaltyFormMessages => ({
  amountRequired: t('royalty.amountRequired'),
  invalidAmount: t('royalty.invalidAmount'),
  invalidRate: t('royalty.invalidRate'),
  invalidMonths: t('royalty.invalidMonths'),
});

/**
 * 声明开放许可: a new declaration for a ledger patent (`id` null), or an edit of a draft or rejected one.
 * Every guard is re-checked by the server a moment after typing stops and shown beside the field it names.
 */
export function DeclarationEditor({ id, patentNumber }: { id: string | null; patentNumber: string | null }) {
  const { api, me, reportError } = useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<DeclarationForm | null>(null);

  const load = useCallback(async () => {
    try {
      if (id === null) {
        const patent = await api.patents.get(patentNumber ?? '');
        const org = me?.organisation;
        setLoaded({ patent, declaration: null });
        setForm(
          newDeclarationForm(
            patent,
            { name: org?.name ?? '', contact: org?.contact ?? { name: '', phone: '', email: '' } },
            chinaToday(),
          ),
        );
        return;
      }
      const { declaration } = await api.declarations.get(id);
      const patent = await api.patents.get(declaration.patentNumber).catch(() => null);
      setLoaded({ patent, declaration });
      setForm(declarationToForm(declaration, patent, declaration.listing.holderName));
    } catch (error) {
      reportError(error);
      go(screenHref('declarations'), { replace: true });
    }
  }, [api, id, patentNumber, me, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!loaded || !form) return <p class="muted center">{t('common.loading')}</p>;
  if (loaded.declaration && !isPriceEditable(loaded.declaration.status))
    return <NotEditable declaration={loaded.declaration} />;
  return <EditorForm loaded={loaded} form={form} setForm={setForm} onReload={load} />;
}

/** A submitted or published declaration keeps its terms: the way to a new price is withdrawing and declaring again. */
function NotEditable({ declaration }: { declaration: Declaration }) {
  return (
    <div class="page">
      <section class="card">
        <div class="banner banner-warning" role="alert" data-not-editable>
          <span>{t('declaration.notEditable')}</span>
        </div>
        <a class="button" href={screenHref('declarations', [declaration.id])}>
          {t('declaration.backToDetail')}
        </a>
      </section>
    </div>
  );
}

interface EditorFormProps {
  loaded: Loaded;
  form: DeclarationForm;
  setForm: (update: (previous: DeclarationForm | null) => DeclarationForm | null) => void;
  onReload: () => void;
}

function EditorForm({ loaded, form, setForm, onReload }: EditorFormProps) {
  const { api, me, locale, notify, reportError, fieldErrorsOf } = useApp();
  const { patent, declaration } = loaded;
  const pending = me?.organisation?.status !== 'approved';
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<'stale' | 'not_editable' | null>(null);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());

  const built = formToDeclarationInput(form, royaltyMessages());
  const check = useDeclarationCheck(built.ok ? built.input : null);
  const local = built.ok ? {} : built.errors;
  const guardErrors = byField(check.guards?.errors ?? [], locale);
  const guardWarnings = byField(check.guards?.warnings ?? [], locale);
  // Incomplete fields are listed in the panel at once, and beside the fields once a save was tried.
  const shownErrors = {
    ...guardErrors,
    ...(attempted ? { ...check.incomplete, ...local } : {}),
    ...saveErrors,
  };
  const err = (field: string) => errorAt(shownErrors, field);
  const set =
    <K extends keyof DeclarationForm>(field: K) =>
    (value: DeclarationForm[K]) =>
      setForm((previous) => (previous ? { ...previous, [field]: value } : previous));
  const number = form.patentNumber;
  const type = patent?.type ?? declaration?.patentType ?? 'invention';
  const needsReport = type === 'utility_model' || type === 'design';

  async function save(submit: boolean) {
    setAttempted(true);
    if (!built.ok) return;
    setBusy(submit ? 'submit' : 'draft');
    let saved: Declaration | null = null;
    try {
      saved = declaration
        ? await api.declarations.update(declaration.id, built.input, declaration.version)
        : await api.declarations.create(built.input, idempotencyKey.current);
      idempotencyKey.current = newIdempotencyKey();
      if (submit) {
        const moved = await api.declarations.transition(saved.id, {
          action: 'submit',
          version: saved.version,
        });
        notify(t('declaration.submitted', { number: displayPatentNumber(number) }));
        saved = moved.declaration;
      } else {
        notify(t('declarationForm.saved', { number: displayPatentNumber(number) }));
      }
      go(screenHref('declarations', [saved.id]));
    } catch (error) {
      if (saved) {
        // Saved, but submitting was refused: the detail page shows the draft and every guard.
        reportError(error);
        go(screenHref('declarations', [saved.id]));
        return;
      }
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      if (error instanceof ApiError && error.code === 'stale_version') setProblem('stale');
      else if (error instanceof ApiError && error.code === 'declaration_not_editable')
        setProblem('not_editable');
      else {
        setSaveErrors(fieldErrorsOf(error));
        reportError(error);
      }
    } finally {
      setBusy(null);
    }
  }

  const changed =
    <K extends keyof DeclarationForm>(field: K) =>
    (value: DeclarationForm[K]) => {
      setSaveErrors({});
      set(field)(value);
    };

  return (
    <div class="page">
      <section class="card" aria-labelledby="declaration-form-title">
        <div class="card-head">
          <h1 id="declaration-form-title">
            {declaration ? t('declarationForm.editTitle') : t('declarationForm.newTitle')}
          </h1>
          <a
            class="button button-small"
            href={declaration ? screenHref('declarations', [declaration.id]) : screenHref('declarations')}
          >
            {t('common.back')}
          </a>
        </div>
        {problem === 'stale' && (
          <div class="banner banner-warning" role="alert" data-stale>
            <span>{t('declarationForm.stale')}</span>
            <button type="button" class="button button-small" onClick={onReload}>
              {t('common.refresh')}
            </button>
          </div>
        )}
        {problem === 'not_editable' && (
          <div class="banner banner-warning" role="alert" data-not-editable>
            <span>{t('declaration.notEditable')}</span>
          </div>
        )}
        {declaration?.status === 'rejected' && declaration.statusReason && (
          <div class="banner banner-danger" role="status">
            <span>{t('declaration.rejectedBecause', { reason: declaration.statusReason })}</span>
          </div>
        )}
        <PatentSummary patent={patent} declaration={declaration} number={number} />
        <div class="editor-layout">
          <form
            id="declaration-form"
            class="form-sections"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save(false);
            }}
          >
            <fieldset class="form-section" id="declaration-royalty">
              <legend>{t('declarationForm.royalty')}</legend>
              <RoyaltyFields
                idPrefix="declaration"
                value={form.royalty}
                onValue={changed('royalty')}
                errors={shownErrors}
                warnings={guardWarnings}
              />
              <TextAreaField
                id="declaration-estimation-note"
                label={t('declaration.field.royaltyEstimationNote')}
                hint={t('declaration.hint.royaltyEstimationNote')}
                value={form.royaltyEstimationNote}
                onValue={changed('royaltyEstimationNote')}
                error={err('royaltyEstimationNote')}
                rows={3}
                maxLength={2000}
                required
              />
            </fieldset>
            <fieldset class="form-section">
              <legend>{t('declarationForm.period')}</legend>
              <div class="form-grid">
                <TextField
                  id="declaration-period-start"
                  label={t('declaration.field.periodStart')}
                  type="date"
                  value={form.periodStart}
                  onValue={changed('periodStart')}
                  error={err('period.start')}
                  required
                />
                <TextField
                  id="declaration-period-end"
                  label={t('declaration.field.periodEnd')}
                  hint={
                    patent
                      ? t('declaration.hint.periodEnd', { expiry: patent.expiryDate })
                      : t('declaration.hint.periodEndNoPatent')
                  }
                  type="date"
                  value={form.periodEnd}
                  onValue={changed('periodEnd')}
                  error={err('period.end')}
                  required
                />
              </div>
            </fieldset>
            <fieldset class="form-section">
              <legend>{t('declarationForm.terms')}</legend>
              <TextAreaField
                id="declaration-scope"
                label={t('declaration.field.scope')}
                hint={t('declaration.hint.scope')}
                value={form.scope}
                onValue={changed('scope')}
                error={err('scope')}
                rows={3}
                required
              />
              <div class="form-grid">
                <TextField
                  id="declaration-territory"
                  label={t('declaration.field.territory')}
                  value={form.territory}
                  onValue={changed('territory')}
                  error={err('territory')}
                  required
                />
                <TextField
                  id="declaration-contact-name"
                  label={t('org.field.contactName')}
                  value={form.contactName}
                  onValue={changed('contactName')}
                  error={err('contact.name')}
                  required
                />
                <TextField
                  id="declaration-contact-phone"
                  label={t('org.field.contactPhone')}
                  type="tel"
                  value={form.contactPhone}
                  onValue={changed('contactPhone')}
                  error={err('contact.phone')}
                  required
                />
                <TextField
                  id="declaration-contact-email"
                  label={t('org.field.contactEmail')}
                  type="email"
                  value={form.contactEmail}
                  onValue={changed('contactEmail')}
                  error={err('contact.email')}
                  required
                />
              </div>
            </fieldset>
            <fieldset class="form-section" id="declaration-consents">
              <legend>{t('declarationForm.consents')}</legend>
              <CoOwnerChecks form={form} onValue={changed('coOwners')} error={err('coOwnerConsents')} />
              {form.pledged && (
                <CheckboxField
                  id="declaration-pledgee-consent"
                  label={t('declaration.field.pledgeeConsentOf', {
                    pledgee: patent?.legal.pledge?.pledgee ?? t('declaration.pledgee'),
                  })}
                  checked={form.pledgeeConsent}
                  onChecked={changed('pledgeeConsent')}
                  error={err('pledgeeConsent')}
                />
              )}
              {needsReport && (
                <TextField
                  id="declaration-evaluation-report"
                  label={t('declaration.field.evaluationReport')}
                  hint={
                    patent?.evaluationReport
                      ? t('declaration.hint.evaluationRecorded', {
                          reference: patent.evaluationReport.reference,
                          conclusion: t(`patent.conclusion.${patent.evaluationReport.conclusion}`),
                        })
                      : t('declaration.hint.evaluationMissing')
                  }
                  value={form.evaluationReportReference}
                  onValue={changed('evaluationReportReference')}
                  error={err('evaluationReportReference')}
                  required
                />
              )}
            </fieldset>
            <fieldset class="form-section form-section-marketing" id="declaration-marketing">
              <legend>{t('declarationForm.marketing')}</legend>
              <p class="muted small">{t('declaration.hint.marketingText')}</p>
              <TextAreaField
                id="declaration-marketing-text"
                label={t('declaration.field.marketingText')}
                value={form.marketingText}
                onValue={changed('marketingText')}
                error={err('marketingText')}
                rows={4}
                maxLength={5000}
              />
            </fieldset>
            <div class="form-actions">
              <div class="actions">
                <button
                  type="button"
                  class="button button-primary"
                  data-action="save-submit"
                  disabled={busy !== null || pending}
                  onClick={() => save(true)}
                >
                  {busy === 'submit' ? t('common.submitting') : t('declarationForm.saveAndSubmit')}
                </button>
                <button type="submit" class="button" data-action="save-draft" disabled={busy !== null}>
                  {busy === 'draft' ? t('common.submitting') : t('declarationForm.saveDraft')}
                </button>
              </div>
              {pending && <PendingNote />}
            </div>
          </form>
          <GuardPanel check={check} local={local} patentNumber={number} />
        </div>
      </section>
    </div>
  );
}

/** The patent being declared, with its legal-status badges: a blocker is visible before any field is filled. */
function PatentSummary({
  patent,
  declaration,
  number,
}: {
  patent: Patent | null;
  declaration: Declaration | null;
  number: string;
}) {
  const title = patent?.title ?? declaration?.listing.title ?? '';
  return (
    <div class="patent-summary" data-patent={number}>
      <div class="cell-title">
        <span class="row-title">
          <span class="mono">{displayPatentNumber(number)}</span> {title}
        </span>
        {patent && (
          <span class="muted small">
            {t(`patent.type.${patent.type}`)} · {t('patent.field.patentees')}：
            {patent.patentees.map((p) => p.name).join('、')} · {t('patent.field.expiryDate')}{' '}
            {patent.expiryDate}
          </span>
        )}
      </div>
      {patent && <BadgeList badges={patentBadges(patent, chinaToday())} />}
    </div>
  );
}

/** One box per co-owner patentee other than the holder: every co-owner must agree (Regs Art 85). */
function CoOwnerChecks({
  form,
  onValue,
  error,
}: {
  form: DeclarationForm;
  onValue: (rows: DeclarationForm['coOwners']) => void;
  error: string | undefined;
}) {
  const { locale } = useApp();
  if (form.coOwners.length === 0) return <p class="muted small">{t('declaration.noCoOwners')}</p>;
  return (
    <fieldset
      id="declaration-co-owners"
      class={error ? 'field field-group field-invalid' : 'field field-group'}
      aria-describedby={error ? 'declaration-co-owners-error' : undefined}
    >
      <legend>{t('declaration.field.coOwners')}</legend>
      <div class="checks">
        {form.coOwners.map((row, i) => (
          <label key={row.name} class="check" data-co-owner={row.name}>
            <input
              type="checkbox"
              name="coOwnerConsents"
              value={row.name}
              checked={row.consented}
              onChange={(event) => {
                const consented = event.currentTarget.checked;
                onValue(form.coOwners.map((r, at) => (at === i ? { ...r, consented } : r)));
              }}
            />
            {t('declaration.coOwnerConsents', { name: row.name })}
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id="declaration-co-owners-error">
          {localiseServerMessage(error, locale)}
        </p>
      )}
    </fieldset>
  );
}
