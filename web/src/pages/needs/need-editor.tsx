import { useMemo } from 'preact/hooks';
import { NEED_VISIBILITIES, type NeedView } from '../../api/needs.ts';
import { useApp } from '../../app-context.ts';
import { ContactFields } from '../../components/contact-fields.tsx';
import { EditorHead } from '../../components/editor-head.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { PendingNote } from '../../components/pending-note.tsx';
import { StaleBanner } from '../../components/stale-banner.tsx';
import { useVersionedEditor } from '../../components/use-versioned-editor.ts';
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
  const { api, me, notify } = useApp();
  const org = me?.organisation;
  const isAgent = org?.type === 'agency' || org?.type === 'park';
  const pending = org?.status !== 'approved';
  const clients = useClientEnterprises(isAgent && id === null);
  const load = useMemo(() => (id === null ? null : () => api.needs.get(id)), [api, id]);
  const editor = useVersionedEditor<NeedView, NeedForm, 'draft' | 'publish'>({
    load,
    toForm: (need) =>
      need
        ? needToForm(need)
        : emptyNeedForm({
            enterpriseOrgId: enterpriseOrgId ?? '',
            regionCode: org?.regionCode ?? '',
            ...(isAgent || !org ? {} : { contact: org.contact }),
          }),
    listHref: screenHref('needs'),
  });
  const { loaded: original, setForm, fieldErrors: errors, setFieldErrors: setErrors, busy } = editor;
  const form = editor.form ?? emptyNeedForm();
  const { quality, checking } = useQualityHints(formToDraft(form));

  // Wait for the need, or for an agent's enterprises, so the form starts from what it will show.
  if (editor.form === null || (isAgent && id === null && clients === null))
    return <p class="muted center">{t('common.loading')}</p>;
  const set =
    <K extends keyof NeedForm>(field: K) =>
    (value: NeedForm[K]) =>
      setForm((previous) => (previous ? { ...previous, [field]: value } : previous));
  const err = (field: string) => errorAt(errors, field);
  const liveClients = clients?.filter((client) => client.live) ?? [];
  const noClient = isAgent && id === null && clients !== null && liveClients.length === 0;

  function save(publish: boolean) {
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
    const input = result.input;
    void editor.save(publish ? 'publish' : 'draft', {
      write: (idempotencyKey) =>
        original
          ? api.needs.update(original.id, input, original.version)
          : api.needs.create(
              isAgent ? { ...input, enterpriseOrgId: form.enterpriseOrgId } : input,
              idempotencyKey,
            ),
      after: async (saved) => {
        if (original) notify(t('needForm.saved', { title: saved.title }));
        else if (publish) {
          const opened = await api.needs.transition(saved.id, { action: 'open', version: saved.version });
          notify(t('needForm.published', { title: opened.title }));
        } else notify(t('needForm.created', { title: saved.title }));
        go(screenHref('needs', [saved.id]));
      },
      // Saved, but publishing was refused: the detail page shows the draft and why.
      show: (saved) => go(screenHref('needs', [saved.id])),
    });
  }

  const submit = (event: Event) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <div class="page">
      <section class="card" aria-labelledby="need-form-title">
        <EditorHead
          titleId="need-form-title"
          title={original ? t('needForm.editTitle') : t('needForm.addTitle')}
          backHref={original ? screenHref('needs', [original.id]) : screenHref('needs')}
        />
        {editor.problem === 'stale_version' && original && (
          <StaleBanner message={t('needForm.stale')} onRefresh={editor.reload} />
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
                <ContactFields idPrefix="need" form={form} onValue={set} err={err} />
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
