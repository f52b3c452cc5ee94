import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Bundle } from '../../api/bundles.ts';
import { ApiError } from '../../api/client.ts';
import { newIdempotencyKey } from '../../api/idempotency-key.ts';
import type { Patent } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { isBundleEditable } from '../../format/bundle-badges.ts';
import { chinaToday } from '../../format/china-today.ts';
import { errorAt } from '../../format/field-error.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { RoyaltyFields } from '../declarations/royalty-fields.tsx';
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
  const { api, me, notify, reportError, fieldErrorsOf } = useApp();
  const org = me?.organisation;
  const [original, setOriginal] = useState<Bundle | null>(null);
  const [form, setForm] = useState<BundleForm | null>(() =>
    id === null
      ? newBundleForm({ contact: org?.contact ?? { name: '', phone: '', email: '' } }, chinaToday())
      : null,
  );
  const [ledger, setLedger] = useState<readonly Patent[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());

  const load = useCallback(async () => {
    if (id === null) return;
    try {
      const { bundle } = await api.bundles.get(id);
      setOriginal(bundle);
      setForm(bundleToForm(bundle));
      setErrors({});
      setStale(false);
    } catch (error) {
      reportError(error);
      go(screenHref('bundles'), { replace: true });
    }
  }, [api, id, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

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

  async function save(event: Event) {
    event.preventDefault();
    if (!form) return;
    const built = formToBundleInput(form, royaltyMessages());
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = original
        ? await api.bundles.update(original.id, built.input, original.version)
        : await api.bundles.create(built.input, idempotencyKey.current);
      idempotencyKey.current = newIdempotencyKey();
      notify(t('bundleForm.saved', { name: saved.bundle.name }));
      go(screenHref('bundles', [saved.bundle.id]));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      if (error instanceof ApiError && error.code === 'stale_version') setStale(true);
      else {
        setErrors(fieldErrorsOf(error));
        reportError(error);
      }
    } finally {
      setBusy(false);
    }
  }

  const unused = ledger.filter((patent) => !numbers.includes(patent.number));
  return (
    <div class="page">
      <section class="card" aria-labelledby="bundle-form-title">
        <div class="card-head">
          <h1 id="bundle-form-title">{original ? t('bundleForm.editTitle') : t('bundleForm.newTitle')}</h1>
          <a
            class="button button-small"
            href={original ? screenHref('bundles', [original.id]) : screenHref('bundles')}
          >
            {t('common.back')}
          </a>
        </div>
        <p class="muted">{t('bundleForm.intro')}</p>
        {stale && original && (
          <div class="banner banner-warning" role="alert" data-stale>
            <span>{t('bundleForm.stale')}</span>
            <button type="button" class="button button-small" onClick={load}>
              {t('common.refresh')}
            </button>
          </div>
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
          <fieldset class="form-section">
            <legend>{t('declarationForm.royalty')}</legend>
            <RoyaltyFields
              idPrefix="bundle"
              value={form.royalty}
              onValue={set('royalty')}
              errors={errors}
              warnings={{}}
            />
            <TextAreaField
              id="bundle-estimation-note"
              label={t('declaration.field.royaltyEstimationNote')}
              hint={t('declaration.hint.royaltyEstimationNote')}
              value={form.royaltyEstimationNote}
              onValue={set('royaltyEstimationNote')}
              error={err('royaltyEstimationNote')}
              rows={3}
              required
            />
          </fieldset>
          <fieldset class="form-section">
            <legend>{t('declarationForm.period')}</legend>
            <div class="form-grid">
              <TextField
                id="bundle-period-start"
                label={t('declaration.field.periodStart')}
                type="date"
                value={form.periodStart}
                onValue={set('periodStart')}
                error={err('period.start')}
                required
              />
              <TextField
                id="bundle-period-end"
                label={t('declaration.field.periodEnd')}
                hint={t('bundle.hint.periodEnd')}
                type="date"
                value={form.periodEnd}
                onValue={set('periodEnd')}
                error={err('period.end') ?? err('period')}
                required
              />
            </div>
          </fieldset>
          <fieldset class="form-section">
            <legend>{t('declarationForm.terms')}</legend>
            <TextAreaField
              id="bundle-scope"
              label={t('declaration.field.scope')}
              value={form.scope}
              onValue={set('scope')}
              error={err('scope')}
              rows={3}
              required
            />
            <div class="form-grid">
              <TextField
                id="bundle-territory"
                label={t('declaration.field.territory')}
                value={form.territory}
                onValue={set('territory')}
                error={err('territory')}
                required
              />
              <TextField
                id="bundle-contact-name"
                label={t('org.field.contactName')}
                value={form.contactName}
                onValue={set('contactName')}
                error={err('contact.name')}
                required
              />
              <TextField
                id="bundle-contact-phone"
                label={t('org.field.contactPhone')}
                type="tel"
                value={form.contactPhone}
                onValue={set('contactPhone')}
                error={err('contact.phone')}
                required
              />
              <TextField
                id="bundle-contact-email"
                label={t('org.field.contactEmail')}
                type="email"
                value={form.contactEmail}
                onValue={set('contactEmail')}
                error={err('contact.email')}
                required
              />
            </div>
          </fieldset>
          <div class="form-actions">
            <button type="submit" class="button button-primary" data-action="save" disabled={busy}>
              {busy ? t('common.submitting') : t('bundleForm.save')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
