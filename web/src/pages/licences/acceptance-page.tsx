import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Bundle } from '../../api/bundles.ts';
import { ApiError } from '../../api/client.ts';
import type { OfferKind } from '../../api/licences.ts';
import {
  type ExpectedVolume,
  type ExpectedVolumes,
  type LicencePeriod,
  type Royalty,
  volumesNeeded,
} from '../../api/royalty.ts';
import type { Contact } from '../../api/types.ts';
import { useApp } from '../../app-context.ts';
import { CheckboxField, TextField } from '../../components/field.tsx';
import { RoyaltyCalculator } from '../../components/royalty-calculator.tsx';
import { type StatutoryTerms, StatutoryText, termsOfPublished } from '../../components/statutory-text.tsx';
import { chinaToday } from '../../format/china-today.ts';
import { dueOnAcceptance, hasRunningRoyalty } from '../../format/licence-view.ts';
import { formatAmount } from '../../format/money.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go, useHashLocation } from '../../router/use-hash-location.ts';
import { BundleTerms } from '../bundles/bundle-terms.tsx';
import { type AcceptanceInputs, earliestStart, type FormErrors, readAcceptance } from './acceptance-form.ts';

/** What the acceptance needs of an offer, listing or bundle alike. */
interface Offer {
  kind: OfferKind;
  id: string;
  title: string;
  holderName: string;
  royalty: Royalty;
  period: LicencePeriod;
  contact: Contact;
  volumes: readonly ExpectedVolume[];
  offered: boolean;
  statutory?: StatutoryTerms;
  bundle?: Bundle;
}

/**
 * 获取开放许可 (enterprise): the exact published terms, what is due now and over the period (the royalty
 * calculator), the written notice (书面通知) and, when something is due, its payment with the proof. No
 * approval follows: with the notice and the payment the licence is effective (Patent Law Art 51).
 * `#/licences/take/{listing|bundle}/{id}?push=…&event=…`.
 */
export function AcceptancePage({ kind, offerId }: { kind: OfferKind; offerId: string }) {
  const { api, me, reportError, fieldErrorsOf, notify, locale } = useApp();
  const { query } = useHashLocation();
  const pushId = query.get('push') ?? undefined;
  const eventId = query.get('event') ?? undefined;
  const [offer, setOffer] = useState<Offer | null>(null);
  const [missing, setMissing] = useState(false);
  const today = chinaToday();
  const org = me?.organisation;
  const [inputs, setInputs] = useState<AcceptanceInputs>(() => ({
    startDate: '',
    contactName: me?.user.name ?? org?.contact.name ?? '',
    contactPhone: org?.contact.phone ?? '',
    contactEmail: me?.user.email ?? org?.contact.email ?? '',
    payNow: true,
    paidOn: today,
    proofReference: '',
    acceptsTerms: false,
  }));
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The licensee's own estimates from the calculator, stored with the licence for its cost estimate. */
  const [expected, setExpected] = useState<ExpectedVolumes | null>(null);

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Offer> => {
      if (kind === 'bundle') {
        const detail = await api.bundles.get(offerId);
        const { bundle } = detail;
        return {
          kind,
          id: bundle.id,
          title: bundle.name,
          holderName: bundle.holders.map((holder) => holder.name).join('、'),
          royalty: bundle.royalty,
          period: bundle.period,
          contact: bundle.contact,
          volumes: volumesNeeded(bundle.royalty),
          offered: detail.offer.offered,
          bundle,
        };
      }
      const detail = await api.listings.get(offerId);
      const { declaration } = detail;
      return {
        kind,
        id: declaration.id,
        title: declaration.title,
        holderName: detail.holder.name,
        royalty: declaration.royalty,
        period: declaration.period,
        contact: declaration.contact,
        volumes: detail.calculatorInputs,
        offered: true,
        statutory: termsOfPublished(declaration),
      };
    };
    load().then(
      (answer) => {
        if (!live) return;
        setOffer(answer);
        setInputs((current) => ({
          ...current,
          startDate: current.startDate || earliestStart(answer.period, today),
        }));
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 403)) setMissing(true);
        else reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, kind, offerId, reportError, today]);

  const compute = useCallback(
    (volumes: ExpectedVolumes) =>
      kind === 'bundle' ? api.bundles.royalty(offerId, volumes) : api.listings.royalty(offerId, volumes),
    [api, kind, offerId],
  );

  if (missing)
    return (
      <div class="page">
        <section class="card">
          <p class="empty" data-missing>
            {t('acceptance.missing')}
          </p>
          <a class="button" href={screenHref('catalogue')}>
            {t('catalogue.backToSearch')}
          </a>
        </section>
      </div>
    );
  if (!offer) return <p class="muted center">{t('common.loading')}</p>;
  const due = dueOnAcceptance(offer.royalty);
  const set = (patch: Partial<AcceptanceInputs>) => setInputs((current) => ({ ...current, ...patch }));
  const errorText = (field: string) => {
    const error = errors[field];
    return error ? t(error.key, error.params) : serverErrors[field];
  };
  const mayTake = org?.type === 'enterprise' && org.status === 'approved';

  async function submit(event: Event) {
    event.preventDefault();
    if (!offer) return;
    const read = readAcceptance(inputs, { period: offer.period, dueFen: due }, today, { pushId, eventId });
    setErrors(read.ok ? {} : read.errors);
    setServerErrors({});
    setRefusal(null);
    if (!read.ok) return;
    setBusy(true);
    try {
      const body = expected && Object.keys(expected).length > 0 ? { ...read.body, expected } : read.body;
      const licence = await api.licences.take(offer.kind, offer.id, body);
      notify(licence.status === 'effective' ? t('acceptance.effective') : t('acceptance.noticeSent'));
      go(screenHref('licences', [licence.id]));
    } catch (error) {
      setServerErrors(fieldErrorsOf(error));
      if (error instanceof ApiError && error.status === 409)
        setRefusal(localiseServerMessage(error.message, locale));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page">
      <section
        class="card"
        aria-labelledby="acceptance-title"
        data-offer-kind={offer.kind}
        data-offer-id={offer.id}
      >
        <div class="card-head">
          <h1 id="acceptance-title">{t('acceptance.title', { title: offer.title })}</h1>
          <a
            class="button button-small"
            href={
              offer.kind === 'bundle'
                ? screenHref('bundles', [offer.id])
                : screenHref('catalogue', [offer.id])
            }
          >
            {t('acceptance.backToOffer')}
          </a>
        </div>
        <p class="muted">{t('acceptance.intro')}</p>
        {pushId && (
          <p class="banner banner-info" data-source="push">
            {t('acceptance.fromPush')}
          </p>
        )}
        {!offer.offered && <p class="banner banner-warning">{t('acceptance.notOffered')}</p>}
        <h2>{t('acceptance.terms')}</h2>
        {offer.statutory ? (
          <StatutoryText terms={offer.statutory} locale={locale} />
        ) : offer.bundle ? (
          <BundleTerms bundle={offer.bundle} />
        ) : null}
      </section>
      <section class="card" aria-labelledby="acceptance-due-title" id="acceptance-due">
        <h2 id="acceptance-due-title">{t('acceptance.dueTitle')}</h2>
        <dl class="details details-compact">
          <dt>{t('acceptance.dueNow')}</dt>
          <dd class="strong" id="due-now" data-due-fen={due}>
            {due > 0 ? formatAmount(due, locale) : t('acceptance.nothingDue')}
          </dd>
          {hasRunningRoyalty(offer.royalty) && (
            <>
              <dt>{t('acceptance.dueLater')}</dt>
              <dd>{t('acceptance.dueLaterText')}</dd>
            </>
          )}
        </dl>
        <p class="muted small">{t('acceptance.sameForAll')}</p>
      </section>
      <RoyaltyCalculator
        volumes={offer.volumes}
        compute={compute}
        onEstimate={(volumes) => setExpected(volumes)}
      />
      <section class="card" aria-labelledby="notice-form-title">
        <h2 id="notice-form-title">{t('acceptance.noticeTitle')}</h2>
        <p class="muted small">{t('acceptance.noticeIntro', { holder: offer.holderName })}</p>
        {!mayTake && <p class="banner banner-warning">{t('acceptance.enterpriseOnly')}</p>}
        {refusal && (
          <p class="banner banner-danger" data-refusal>
            {refusal}
          </p>
        )}
        <form id="acceptance-form" onSubmit={submit} noValidate>
          <div class="form-grid">
            <TextField
              id="acceptance-start"
              type="date"
              label={t('acceptance.startDate')}
              hint={t('acceptance.startHint', { start: offer.period.start, end: offer.period.end })}
              value={inputs.startDate}
              onValue={(startDate) => set({ startDate })}
              error={errorText('startDate')}
              required
            />
            <TextField
              id="acceptance-contact-name"
              label={t('org.field.contactName')}
              value={inputs.contactName}
              onValue={(contactName) => set({ contactName })}
              error={errorText('contact.name')}
              required
            />
            <TextField
              id="acceptance-contact-phone"
              type="tel"
              label={t('org.field.contactPhone')}
              value={inputs.contactPhone}
              onValue={(contactPhone) => set({ contactPhone })}
              error={errorText('contact.phone')}
              required
            />
            <TextField
              id="acceptance-contact-email"
              type="email"
              label={t('org.field.contactEmail')}
              value={inputs.contactEmail}
              onValue={(contactEmail) => set({ contactEmail })}
              error={errorText('contact.email')}
              required
            />
          </div>
          {due > 0 && (
            <fieldset class="form-section" id="acceptance-payment">
              <legend>{t('acceptance.paymentTitle', { amount: formatAmount(due, locale) })}</legend>
              <CheckboxField
                id="acceptance-pay-now"
                label={t('acceptance.payNow')}
                checked={inputs.payNow}
                onChecked={(payNow) => set({ payNow })}
              />
              {inputs.payNow ? (
                <div class="form-grid">
                  <TextField
                    id="acceptance-paid-on"
                    type="date"
                    label={t('payment.paidOn')}
                    value={inputs.paidOn}
                    onValue={(paidOn) => set({ paidOn })}
                    error={errorText('payment.paidOn')}
                    required
                  />
                  <TextField
                    id="acceptance-proof"
                    label={t('payment.proofReference')}
                    hint={t('payment.proofHint')}
                    value={inputs.proofReference}
                    onValue={(proofReference) => set({ proofReference })}
                    error={errorText('payment.proofReference') ?? errorText('payment.amountFen')}
                    maxLength={100}
                    required
                  />
                </div>
              ) : (
                <p class="muted small">{t('acceptance.payLaterNote')}</p>
              )}
            </fieldset>
          )}
          <CheckboxField
            id="acceptance-accepts"
            label={t('acceptance.acceptsTerms')}
            checked={inputs.acceptsTerms}
            onChecked={(acceptsTerms) => set({ acceptsTerms })}
            error={errorText('acceptsTerms')}
          />
          <div class="form-actions">
            <button
              type="submit"
              class="button button-primary"
              data-action="send-notice"
              disabled={busy || !mayTake}
            >
              {busy ? t('common.submitting') : t('acceptance.submit')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
