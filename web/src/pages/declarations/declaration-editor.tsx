import { useCallback, useState } from 'preact/hooks';
import type { Declaration } from '../../api/declarations.ts';
import type { Patent } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { BadgeList } from '../../components/badge-pill.tsx';
import { EditorHead } from '../../components/editor-head.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../components/field.tsx';
import { PendingNote } from '../../components/pending-note.tsx';
import { StaleBanner } from '../../components/stale-banner.tsx';
import { useVersionedEditor, type VersionedEditor } from '../../components/use-versioned-editor.ts';
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
import { PeriodSection, RoyaltySection, TermsSection } from './licence-terms-sections.tsx';
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
  const { api, me } = useApp();
  const load = useCallback(async (): Promise<Loaded> => {
    if (id === null) return { patent: await api.patents.get(patentNumber ?? ''), declaration: null };
    const { declaration } = await api.declarations.get(id);
    const patent = await api.patents.get(declaration.patentNumber).catch(() => null);
    return { patent, declaration };
  }, [api, id, patentNumber]);
  const editor = useVersionedEditor<Loaded, DeclarationForm | null, 'draft' | 'submit'>({
    load,
    toForm: (loaded) => {
      if (loaded?.declaration)
        return declarationToForm(loaded.declaration, loaded.patent, loaded.declaration.listing.holderName);
      const org = me?.organisation;
      return loaded?.patent
        ? newDeclarationForm(
            loaded.patent,
            { name: org?.name ?? '', contact: org?.contact ?? { name: '', phone: '', email: '' } },
            chinaToday(),
          )
        : null;
    },
    listHref: screenHref('declarations'),
    refusals: ['declaration_not_editable', 'declaration_active'],
  });

  const { loaded, form } = editor;
  if (!loaded || !form) return <p class="muted center">{t('common.loading')}</p>;
  if (loaded.declaration && !isPriceEditable(loaded.declaration.status))
    return <NotEditable declaration={loaded.declaration} />;
  return <EditorForm loaded={loaded} form={form} editor={editor} />;
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
  editor: VersionedEditor<Loaded, DeclarationForm | null, 'draft' | 'submit'>;
}

function EditorForm({ loaded, form, editor }: EditorFormProps) {
  const { api, me, locale, notify } = useApp();
  const { patent, declaration } = loaded;
  const pending = me?.organisation?.status !== 'approved';
  const { setForm, fieldErrors: saveErrors, setFieldErrors: setSaveErrors, problem, busy } = editor;
  const [attempted, setAttempted] = useState(false);

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

  function save(submit: boolean) {
    setAttempted(true);
    if (!built.ok) return;
    const input = built.input;
    void editor.save(submit ? 'submit' : 'draft', {
      // A new declaration is drafted and submitted in one step: a refusal leaves no stray draft behind.
      write: (idempotencyKey) =>
        declaration
          ? api.declarations.update(declaration.id, input, declaration.version)
          : api.declarations.create(input, idempotencyKey, { submit }),
      after: async (saved) => {
        let shown = saved;
        if (submit && saved.status === 'submitted') {
          notify(t('declaration.submitted', { number: displayPatentNumber(number) }));
        } else if (submit) {
          const moved = await api.declarations.transition(saved.id, {
            action: 'submit',
            version: saved.version,
          });
          notify(t('declaration.submitted', { number: displayPatentNumber(number) }));
          shown = moved.declaration;
        } else {
          notify(t('declarationForm.saved', { number: displayPatentNumber(number) }));
        }
        go(screenHref('declarations', [shown.id]));
      },
      // Saved, but submitting was refused: the detail page shows the draft and every guard.
      show: (saved) => go(screenHref('declarations', [saved.id])),
    });
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
        <EditorHead
          titleId="declaration-form-title"
          title={declaration ? t('declarationForm.editTitle') : t('declarationForm.newTitle')}
          backHref={declaration ? screenHref('declarations', [declaration.id]) : screenHref('declarations')}
        />
        {problem === 'stale_version' && (
          <StaleBanner message={t('declarationForm.stale')} onRefresh={editor.reload} />
        )}
        {(problem === 'declaration_active' ||
          check.guards?.errors.some((issue) => issue.code === 'declaration_active')) && (
          <div class="banner banner-warning" role="alert" data-declaration-active>
            <span>{t('patentDeclaration.activeElsewhere', { number: displayPatentNumber(number) })}</span>
            <a class="button button-small" href={screenHref('patents')}>
              {t('patentDeclaration.openActive')}
            </a>
          </div>
        )}
        {problem === 'declaration_not_editable' && (
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
            <RoyaltySection
              idPrefix="declaration"
              id="declaration-royalty"
              royalty={form.royalty}
              note={form.royaltyEstimationNote}
              onRoyalty={changed('royalty')}
              onNote={changed('royaltyEstimationNote')}
              errors={shownErrors}
              warnings={guardWarnings}
              err={err}
              noteMaxLength={2000}
            />
            <PeriodSection
              idPrefix="declaration"
              form={form}
              onValue={changed}
              err={err}
              endHint={
                patent
                  ? t('declaration.hint.periodEnd', { expiry: patent.expiryDate })
                  : t('declaration.hint.periodEndNoPatent')
              }
            />
            <TermsSection
              idPrefix="declaration"
              form={form}
              onValue={changed}
              err={err}
              scopeHint={t('declaration.hint.scope')}
            />
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
