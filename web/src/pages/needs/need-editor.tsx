import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { newIdempotencyKey } from '../../api/idempotency-key.ts';
import { NEED_VISIBILITIES, type NeedView } from '../../api/needs.ts';
import { useApp } from '../../app-context.ts';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { PendingNote } from '../../components/pending-note.tsx';
import { errorAt } from '../../format/field-error.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { DealTypeChecks } from './deal-type-checks.tsx';
import { emptyNeedForm, formToDraft, formToNeedInput, type NeedForm, needToForm } from './need-form-model.ts';
import { QualityPanel } from './quality-panel.tsx';
import { useClientEnterprises } from './use-client-enterprises.ts';
import { useQualityHints } from './use-quality-hints.ts';

const READINESS_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Creates a need (`id` null; agencies and parks pick the enterprise) or edits one with optimistic locking. */
export function NeedEditor({ id, enterpriseOrgId }: { id: string | null; enterpriseOrgId: string | null }) {
  const { api, me, notify, reportError, fieldErrorsOf } = useApp();
  const org = me?.organisation;
  const isAgent = org?.type === 'agency' || org?.type === 'park';
  const pending = org?.status !== 'approved';
  const clients = useClientEnterprises(isAgent && id === null);
  const [original, setOriginal] = useState<NeedView | null>(null);
  const [form, setForm] = useState<NeedForm>(() =>
    emptyNeedForm({
      enterpriseOrgId: enterpriseOrgId ?? '',
      regionCode: org?.regionCode ?? '',
      ...(isAgent || !org ? {} : { contact: org.contact }),
    }),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState<'draft' | 'publish' | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  const { quality, checking } = useQualityHints(formToDraft(form));

  const loadNeed = useCallback(
    async (which: string) => {
      try {
        const need = await api.needs.get(which);
        setOriginal(need);
        setForm(needToForm(need));
        setErrors({});
        setStale(false);
      } catch (error) {
        reportError(error);
        go(screenHref('needs'), { replace: true });
      }
    },
    [api, reportError],
  );
  useEffect(() => {
    if (id !== null) void loadNeed(id);
  }, [id, loadNeed]);

  // Wait for the need, or for an agent's enterprises, so the form starts from what it will show.
  if ((id !== null && original === null) || (isAgent && id === null && clients === null))
    return <p class="muted center">{t('common.loading')}</p>;
  const set =
    <K extends keyof NeedForm>(field: K) =>
    (value: NeedForm[K]) =>
      setForm((previous) => ({ ...previous, [field]: value }));
  const err = (field: string) => errorAt(errors, field);
  const liveClients = clients?.filter((client) => client.live) ?? [];
  const noClient = isAgent && id === null && clients !== null && liveClients.length === 0;

  async function save(publish: boolean) {
    const result = formToNeedInput(form, {
      invalidAmount: t('needForm.invalidAmount'),
      maxMissing: t('needForm.budgetMaxMissing'),
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    if (isAgent && !original && !form.enterpriseOrgId) {
      setErrors({ enterpriseOrgId: t('needForm.chooseEnterprise') });
      return;
    }
    setBusy(publish ? 'publish' : 'draft');
    let saved: NeedView | null = null;
    try {
      if (original) {
        saved = await api.needs.update(original.id, result.input, original.version);
        notify(t('needForm.saved', { title: saved.title }));
      } else {
        const body = isAgent ? { ...result.input, enterpriseOrgId: form.enterpriseOrgId } : result.input;
        saved = await api.needs.create(body, idempotencyKey.current);
        idempotencyKey.current = newIdempotencyKey();
        if (publish) {
          saved = await api.needs.transition(saved.id, { action: 'open', version: saved.version });
          notify(t('needForm.published', { title: saved.title }));
        } else {
          notify(t('needForm.created', { title: saved.title }));
        }
      }
      go(screenHref('needs', [saved.id]));
    } catch (error) {
      if (saved) {
        // Saved, but publishing was refused: the detail page shows the draft and why.
        reportError(error);
        go(screenHref('needs', [saved.id]));
        return;
      }
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      if (error instanceof ApiError && error.code === 'stale_version') setStale(true);
      else {
        setErrors(fieldErrorsOf(error));
        reportError(error);
      }
    } finally {
      setBusy(null);
    }
  }

  const submit = (event: Event) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <div class="page">
      <section class="card" aria-labelledby="need-form-title">
        <div class="card-head">
          <h1 id="need-form-title">{original ? t('needForm.editTitle') : t('needForm.addTitle')}</h1>
          <a
            class="button button-small"
            href={original ? screenHref('needs', [original.id]) : screenHref('needs')}
          >
            {t('common.back')}
          </a>
        </div>
        {stale && original && (
          <div class="banner banner-warning" role="alert" data-stale>
            <span>{t('needForm.stale')}</span>
            <button type="button" class="button button-small" onClick={() => loadNeed(original.id)}>
              {t('common.refresh')}
            </button>
          </div>
        )}
        {noClient && <p class="banner banner-info">{t('need.hint.noEnterprise')}</p>}
        <div class="editor-layout">
          <form id="need-form" class="form-sections" onSubmit={submit} noValidate>
            {isAgent && (
              <fieldset class="form-section">
                <legend>{t('need.field.enterprise')}</legend>
                {original ? (
                  <p class="strong">{original.ownerName}</p>
                ) : (
                  <SelectField
                    id="need-enterprise"
                    label={t('need.field.enterprise')}
                    hint={t('need.hint.enterprise')}
                    value={form.enterpriseOrgId}
                    onValue={set('enterpriseOrgId')}
                    error={err('enterpriseOrgId')}
                    required
                    options={[
                      { value: '', label: t('needForm.chooseEnterprise') },
                      ...liveClients.map((client) => ({ value: client.id, label: client.name })),
                    ]}
                  />
                )}
              </fieldset>
            )}
            <fieldset class="form-section">
              <legend>{t('needForm.problem')}</legend>
              <TextField
                id="need-title"
                label={t('need.field.title')}
                hint={t('need.hint.title')}
                value={form.title}
                onValue={set('title')}
                error={err('title')}
                maxLength={100}
                required
              />
              <TextAreaField
                id="need-description"
                label={t('need.field.description')}
                hint={t('need.hint.description')}
                value={form.description}
                onValue={set('description')}
                error={err('description')}
                rows={5}
                required
              />
              <TextAreaField
                id="need-targets"
                label={t('need.field.targets')}
                hint={t('need.hint.targets')}
                value={form.targets}
                onValue={set('targets')}
                error={err('targets')}
                rows={3}
              />
              <div class="form-grid">
                <TextField
                  id="need-industry-chains"
                  label={t('need.field.industryChains')}
                  hint={t('need.hint.list')}
                  value={form.industryChains}
                  onValue={set('industryChains')}
                  error={err('industryChains')}
                />
                <TextField
                  id="need-ipc"
                  label={t('need.field.ipc')}
                  hint={t('need.hint.list')}
                  value={form.ipc}
                  onValue={set('ipc')}
                  error={err('ipc')}
                />
              </div>
            </fieldset>
            <fieldset class="form-section">
              <legend>{t('needForm.terms')}</legend>
              <div class="form-grid">
                <TextField
                  id="need-budget-min"
                  label={t('need.field.budgetMin')}
                  hint={t('need.hint.budget')}
                  value={form.budgetMin}
                  onValue={set('budgetMin')}
                  error={err('budget.minFen')}
                  inputMode="decimal"
                />
                <TextField
                  id="need-budget-max"
                  label={t('need.field.budgetMax')}
                  hint={t('need.hint.budget')}
                  value={form.budgetMax}
                  onValue={set('budgetMax')}
                  error={err('budget.maxFen') ?? err('budget')}
                  inputMode="decimal"
                />
                <SelectField
                  id="need-readiness"
                  label={t('need.field.readiness')}
                  hint={t('need.hint.readiness')}
                  value={form.readiness}
                  onValue={set('readiness')}
                  error={err('readiness')}
                  options={[
                    { value: '', label: t('need.readiness.any') },
                    ...READINESS_LEVELS.map((level) => ({
                      value: level,
                      label: t('need.readiness.level', { level }),
                    })),
                  ]}
                />
                <TextField
                  id="need-deadline"
                  label={t('need.field.deadline')}
                  type="date"
                  value={form.deadline}
                  onValue={set('deadline')}
                  error={err('deadline')}
                />
              </div>
              <DealTypeChecks value={form.dealTypes} onValue={set('dealTypes')} error={err('dealTypes')} />
            </fieldset>
            <fieldset class="form-section">
              <legend>{t('needForm.contact')}</legend>
              <div class="form-grid">
                <TextField
                  id="need-contact-name"
                  label={t('org.field.contactName')}
                  value={form.contactName}
                  onValue={set('contactName')}
                  error={err('contact.name')}
                  required
                />
                <TextField
                  id="need-contact-phone"
                  label={t('org.field.contactPhone')}
                  type="tel"
                  value={form.contactPhone}
                  onValue={set('contactPhone')}
                  error={err('contact.phone')}
                  required
                />
                <TextField
                  id="need-contact-email"
                  label={t('org.field.contactEmail')}
                  type="email"
                  value={form.contactEmail}
                  onValue={set('contactEmail')}
                  error={err('contact.email')}
                  required
                />
                <TextField
                  id="need-region"
                  label={t('need.field.regionCode')}
                  hint={t('org.field.regionHint')}
                  value={form.regionCode}
                  onValue={set('regionCode')}
                  error={err('regionCode')}
                  inputMode="numeric"
                  maxLength={6}
                  required
                />
                <SelectField
                  id="need-visibility"
                  label={t('need.field.visibility')}
                  value={form.visibility}
                  onValue={(value) => set('visibility')(value as NeedForm['visibility'])}
                  error={err('visibility')}
                  options={NEED_VISIBILITIES.map((value) => ({
                    value,
                    label: t(`need.visibility.${value}`),
                  }))}
                  required
                />
                <TextField
                  id="need-client-ref"
                  label={t('need.field.clientRef')}
                  hint={t('need.hint.clientRef')}
                  value={form.clientRef}
                  onValue={set('clientRef')}
                  error={err('clientRef')}
                  disabled={original?.clientRef !== undefined}
                  maxLength={64}
                />
              </div>
            </fieldset>
            <div class="form-actions">
              {original ? (
                <button
                  type="submit"
                  class="button button-primary"
                  data-action="save"
                  disabled={busy !== null}
                >
                  {busy ? t('common.submitting') : t('needForm.save')}
                </button>
              ) : (
                <div class="actions">
                  <button
                    type="button"
                    class="button button-primary"
                    data-action="save-publish"
                    disabled={busy !== null || pending || noClient}
                    onClick={() => save(true)}
                  >
                    {busy === 'publish' ? t('common.submitting') : t('needForm.saveAndPublish')}
                  </button>
                  <button
                    type="submit"
                    class="button"
                    data-action="save-draft"
                    disabled={busy !== null || noClient}
                  >
                    {busy === 'draft' ? t('common.submitting') : t('needForm.saveDraft')}
                  </button>
                </div>
              )}
              {pending && !original && <PendingNote />}
            </div>
          </form>
          <QualityPanel quality={quality} live checking={checking} />
        </div>
      </section>
    </div>
  );
}
