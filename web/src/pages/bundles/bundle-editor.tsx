import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Bundle } from '../../api/bundles.ts';
import type { Patent } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { EditorHead } from '../../components/editor-head.tsx';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { StaleBanner } from '../../components/stale-banner.tsx';
import { useVersionedEditor } from '../../components/use-versioned-editor.ts';
import { isBundleEditable } from '../../format/bundle-badges.ts';
import { chinaToday } from '../../format/china-today.ts';
import { errorAt } from '../../format/field-error.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { PeriodSection, RoyaltySection, TermsSection } from '../declarations/licence-terms-sections.tsx';
import type { RoyaltyFormMessages } from '../declarations/royalty-form.ts';
import {
  type BundleForm,
  bundleToForm,
  formToBundleInput,
  memberNumbers,
  newBundleForm,
} from './bundle-form-model.ts';

const royaltyMessages = (): RoyaltyFormMessages => ({
  amountRequired: t('royalty.amountRequired'),
  invalidAmount: t('royalty.invalidAmount'),
  invalidRate: t('royalty.invalidRate'),
  invalidMonths: t('royalty.invalidMonths'),
});

/** A member as the builder can show it before the server has looked it up. */
interface KnownMember {
  title: string;
  holderName: string;
}

/**
 * 组建专利包: a new bundle (`id` null) or an edit of a draft or rejected one. Members are named by patent
 * number; the holder of each comes from the patent ledger when the draft is saved, and every holder is then
 * asked to consent.
 */
export function BundleEditor({ id }: { id: string | null }) {
  const { api, me, notify } = useApp();
  const org = me?.organisation;
  const load = useMemo(
    () => (id === null ? null : async () => (await api.bundles.get(id)).bundle),
    [api, id],
  );
  const editor = useVersionedEditor<Bundle, BundleForm>({
    load,
    toForm: (bundle) =>
      bundle
        ? bundleToForm(bundle)
        : newBundleForm({ contact: org?.contact ?? { name: '', phone: '', email: '' } }, chinaToday()),
    listHref: screenHref('bundles'),
  });
  const { loaded: original, form, setForm, fieldErrors: errors, setFieldErrors: setErrors } = editor;
  const [ledger, setLedger] = useState<readonly Patent[]>([]);

  // The organiser's own patents, to add by choosing; an agency keeps no ledger, so it types numbers only.
  useEffect(() => {
    if (org?.type !== 'university' && org?.type !== 'park') return;
    let live = true;
    api.patents.list(undefined, 200).then(
      (page) => {
        if (live) setLedger(page.items);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, org?.type]);

  if (!form) return <p class="muted center">{t('common.loading')}</p>;
  if (original && !isBundleEditable(original.status))
    return (
      <div class="page">
        <section class="card">
          <p class="banner banner-warning">{t('bundle.notEditable')}</p>
          <a class="button" href={screenHref('bundles', [original.id])}>
            {t('bundle.backToDetail')}
          </a>
        </section>
      </div>
    );

  const known = new Map<string, KnownMember>();
  for (const patent of ledger) known.set(patent.number, { title: patent.title, holderName: org?.name ?? '' });
  for (const member of original?.members ?? [])
    known.set(member.patentNumber, { title: member.title, holderName: member.holderName });
  const numbers = memberNumbers(form.members);
  const err = (field: string) => errorAt(errors, field);
  const set =
    <K extends keyof BundleForm>(field: K) =>
    (value: BundleForm[K]) => {
      setErrors({});
      setForm((previous) => (previous ? { ...previous, [field]: value } : previous));
    };
  const memberErrors = numbers.flatMap((number, i) => {
    const message = errors[`members.${i}.patentNumber`];
    return message ? [{ number, message }] : [];
  });

  function save(event: Event) {
    event.preventDefault();
    if (!form) return;
    const built = formToBundleInput(form, royaltyMessages());
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    void editor.save('save', {
      write: (idempotencyKey) =>
        original
          ? api.bundles.update(original.id, built.input, original.version)
          : api.bundles.create(built.input, idempotencyKey),
      after: (saved) => {
        notify(t('bundleForm.saved', { name: saved.bundle.name }));
        go(screenHref('bundles', [saved.bundle.id]));
      },
    });
  }

  const unused = ledger.filter((patent) => !numbers.includes(patent.number));
  return (
    <div class="page">
      <section class="card" aria-labelledby="bundle-form-title">
        <EditorHead
          titleId="bundle-form-title"
          title={original ? t('bundleForm.editTitle') : t('bundleForm.newTitle')}
          backHref={original ? screenHref('bundles', [original.id]) : screenHref('bundles')}
        />
        <p class="muted">{t('bundleForm.intro')}</p>
        {editor.problem === 'stale_version' && original && (
          <StaleBanner message={t('bundleForm.stale')} onRefresh={editor.reload} />
        )}
        {original?.status === 'rejected' && original.statusReason && (
          <p class="banner banner-danger">
            {t('declaration.rejectedBecause', { reason: original.statusReason })}
          </p>
        )}
        <form id="bundle-form" class="form-sections" onSubmit={save} noValidate>
          <fieldset class="form-section">
            <legend>{t('bundleForm.basics')}</legend>
            <TextField
              id="bundle-name"
              label={t('bundle.field.name')}
              hint={t('bundle.hint.name')}
              value={form.name}
              onValue={set('name')}
              error={err('name')}
              maxLength={100}
              required
            />
            <TextAreaField
              id="bundle-description"
              label={t('bundle.field.description')}
              value={form.description}
              onValue={set('description')}
              error={err('description')}
              rows={2}
              maxLength={2000}
            />
          </fieldset>
          <fieldset class="form-section" id="bundle-members-section">
            <legend>{t('bundleForm.members')}</legend>
            <TextAreaField
              id="bundle-members-input"
              label={t('bundle.field.memberNumbers')}
              hint={t('bundle.hint.memberNumbers')}
              value={form.members}
              onValue={set('members')}
              error={err('members')}
              rows={4}
              required
            />
            {unused.length > 0 && (
              <div class="field">
                <label for="bundle-add-own">{t('bundleForm.addOwn')}</label>
                <select
                  id="bundle-add-own"
                  value=""
                  onChange={(event) => {
                    const number = event.currentTarget.value;
                    if (number)
                      set('members')(form.members.trim() ? `${form.members.trim()}\n${number}` : number);
                  }}
                >
                  <option value="">{t('bundleForm.chooseOwn')}</option>
                  {unused.map((patent) => (
                    <option key={patent.number} value={patent.number}>
                      {displayPatentNumber(patent.number)} {patent.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {numbers.length > 0 && (
              <div class="table-wrap">
                <table class="table" id="bundle-member-preview">
                  <thead>
                    <tr>
                      <th scope="col">{t('patent.field.number')}</th>
                      <th scope="col">{t('patent.field.title')}</th>
                      <th scope="col">{t('bundle.field.holder')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {numbers.map((number) => {
                      const member = known.get(number);
                      return (
                        <tr key={number} data-number={number}>
                          <td class="mono nowrap">{displayPatentNumber(number)}</td>
                          <td>{member?.title ?? '—'}</td>
                          <td data-holder>
                            {member?.holderName ?? (
                              <span class="muted small">{t('bundleForm.holderOnSave')}</span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {memberErrors.map(({ number, message }) => (
              <p key={number} class="field-error" data-member-error={number}>
                {displayPatentNumber(number)}：{message}
              </p>
            ))}
            <p class="muted small">{t('bundleForm.consentNote')}</p>
          </fieldset>
          <RoyaltySection
            idPrefix="bundle"
            royalty={form.royalty}
            note={form.royaltyEstimationNote}
            onRoyalty={set('royalty')}
            onNote={set('royaltyEstimationNote')}
            errors={errors}
            warnings={{}}
            err={err}
          />
          <PeriodSection
            idPrefix="bundle"
            form={form}
            onValue={set}
            err={err}
            endHint={t('bundle.hint.periodEnd')}
            endError={err('period.end') ?? err('period')}
          />
          <TermsSection idPrefix="bundle" form={form} onValue={set} err={err} />
          <div class="form-actions">
            <button
              type="submit"
              class="button button-primary"
              data-action="save"
              disabled={editor.busy !== null}
            >
              {editor.busy ? t('common.submitting') : t('bundleForm.save')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
