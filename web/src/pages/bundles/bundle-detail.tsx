import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BundleAction, BundleDetail as Detail } from '../../api/bundles.ts';
import { ApiError } from '../../api/client.ts';
import { type ExpectedVolumes, volumesNeeded } from '../../api/royalty.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { CheckboxField } from '../../components/field.tsx';
import { LifecycleActions } from '../../components/lifecycle-actions.tsx';
import { RoyaltyCalculator } from '../../components/royalty-calculator.tsx';
import {
  bundleStatusBadge,
  holderDecisionBadge,
  isBundleEditable,
  offerBadge,
} from '../../format/bundle-badges.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { GuardItem } from '../declarations/guard-panel.tsx';
import { BundleMembers, BundleTerms } from './bundle-terms.tsx';

const withReason = (action: BundleAction): action is 'reject' | 'withdraw' =>
  action === 'reject' || action === 'withdraw';

/**
 * One bundle: whether it is on offer and, member by member, what holds it back; each holder's consent; its
 * one price and period; the steps the caller may take (organiser: submit, withdraw; IP office: publish,
 * reject; a holder's admin: consent or decline), and the royalty calculator.
 */
export function BundleDetail({ id }: { id: string }) {
  const { api, me, locale, reportError } = useApp();
  const [detail, setDetail] = useState<Detail | null>(null);

  const load = useCallback(async () => {
    try {
      setDetail(await api.bundles.get(id));
    } catch (error) {
      reportError(error);
      go(screenHref('bundles'), { replace: true });
    }
  }, [api, id, reportError]);
  useEffect(() => {
    void load();
  }, [load]);
  const compute = useCallback((volumes: ExpectedVolumes) => api.bundles.royalty(id, volumes), [api, id]);

  if (!detail) return <p class="muted center">{t('common.loading')}</p>;
  const { bundle, offer, terms, availableActions, myConsent } = detail;
  const editable = isBundleEditable(bundle.status) && me?.organisation?.id === bundle.organiserOrgId;

  return (
    <div class="page">
      <section class="card" aria-labelledby="bundle-title" data-bundle-id={bundle.id}>
        <div class="card-head">
          <div class="title-line">
            <h1 id="bundle-title">{bundle.name}</h1>
            <BadgePill badge={bundleStatusBadge(bundle.status)} />
            <span data-offered={offer.offered ? 'true' : 'false'}>
              <BadgePill badge={offerBadge(offer.offered)} />
            </span>
          </div>
          <span class="actions">
            {editable && (
              <a
                class="button button-small"
                data-action="edit"
                href={screenHref('bundles', [bundle.id, 'edit'])}
              >
                {t('common.edit')}
              </a>
            )}
            <a class="button button-small" href={screenHref('bundles')}>
              {t('common.back')}
            </a>
          </span>
        </div>
        {bundle.statusReason && (
          <p class="banner banner-warning">{t('bundle.statusReason', { reason: bundle.statusReason })}</p>
        )}
        <p class="muted small">{t('bundle.offerRule')}</p>
        <BundleTerms bundle={bundle} />
        {(terms.errors.length > 0 || terms.warnings.length > 0) && (
          <ul class="guards" id="bundle-term-findings">
            {terms.errors.map((issue) => (
              <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="error" />
            ))}
            {terms.warnings.map((issue) => (
              <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="warning" />
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="bundle-members-title">
        <div class="card-head">
          <h2 id="bundle-members-title">{t('bundle.membersTitle', { count: bundle.members.length })}</h2>
          <span class="muted small" data-blockers={offer.blockers.length}>
            {offer.blockers.length === 0
              ? t('bundle.noBlockers')
              : t('bundle.blockers', { count: offer.blockers.length })}
          </span>
        </div>
        <BundleMembers bundle={bundle} blockers={offer.blockers} />
        <h3>{t('bundle.holdersTitle')}</h3>
        <ul class="plain-list holder-list" id="bundle-holders">
          {bundle.holders.map((holder) => (
            <li key={holder.orgId} data-holder-id={holder.orgId}>
              <strong>{holder.name}</strong> <BadgePill badge={holderDecisionBadge(holder.decision)} />
              {holder.decidedAt && (
                <span class="muted small"> {formatDateTime(holder.decidedAt, locale)}</span>
              )}
              {holder.note && <span class="muted small"> · {holder.note}</span>}
            </li>
          ))}
        </ul>
      </section>
      <div class="detail-columns">
        {(availableActions.length > 0 || !myConsent) && (
          <section class="card" aria-labelledby="bundle-next-title">
            <h2 id="bundle-next-title">{t('declaration.next')}</h2>
            {availableActions.length === 0 && <p class="muted">{t('declaration.noActions')}</p>}
            {availableActions.includes('submit') && offer.blockers.length > 0 && (
              <p class="muted small" data-submit-note>
                {t('bundle.submitNote')}
              </p>
            )}
            <BundleActions detail={detail} onDone={setDetail} onRefused={load} />
          </section>
        )}
        {myConsent && <ConsentCard detail={detail} onDone={setDetail} onRefused={load} />}
      </div>
      <RoyaltyCalculator volumes={volumesNeeded(bundle.royalty)} compute={compute} />
      {offer.offered && me?.organisation?.type === 'enterprise' && me.organisation.status === 'approved' && (
        <section class="card" aria-labelledby="bundle-take-title">
          <h2 id="bundle-take-title">{t('listing.takeLicence')}</h2>
          <p class="small">{t('listing.takeLicenceNote')}</p>
          <a
            class="button button-primary"
            data-action="take-licence"
            href={screenHref('licences', ['take', 'bundle', bundle.id])}
          >
            {t('listing.takeLicence')}
          </a>
        </section>
      )}
    </div>
  );
}

function BundleActions({
  detail,
  onDone,
  onRefused,
}: {
  detail: Detail;
  onDone: (detail: Detail) => void;
  onRefused: () => void;
}) {
  const { api, notify, reportError } = useApp();
  const { bundle } = detail;

  async function run(action: BundleAction, reason?: string): Promise<boolean> {
    try {
      const next = await api.bundles.transition(bundle.id, {
        action,
        version: bundle.version,
        ...(reason ? { reason } : {}),
      });
      notify(t('bundle.moved', { status: t(`bundle.status.${next.bundle.status}`) }));
      onDone(next);
      return true;
    } catch (error) {
      reportError(error);
      if (error instanceof ApiError && (error.status === 409 || error.status === 422)) onRefused();
      return false;
    }
  }

  return (
    <LifecycleActions
      idPrefix={`bundle-${bundle.id}`}
      actions={detail.availableActions}
      primary={detail.availableActions.includes('publish') ? 'publish' : 'submit'}
      needsReason={withReason}
      label={(action) => t(`bundle.action.${action}`)}
      reasonLabel={(action) => (withReason(action) ? t(`bundle.reason.${action}`) : '')}
      confirmLabel={(action) => (withReason(action) ? t(`bundle.confirm.${action}`) : '')}
      note={(action) => (action === 'withdraw' ? t('bundle.withdrawNote') : undefined)}
      run={run}
    />
  );
}

/** A holder's answer for all its member patents: consent (every co-owner agreeing) or decline. */
function ConsentCard({
  detail,
  onDone,
  onRefused,
}: {
  detail: Detail;
  onDone: (detail: Detail) => void;
  onRefused: () => void;
}) {
  const { api, notify, reportError } = useApp();
  const { bundle, myConsent } = detail;
  const [coOwners, setCoOwners] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [coOwnerError, setCoOwnerError] = useState<string | undefined>();
  if (!myConsent) return null;

  async function decide(consent: boolean) {
    setBusy(true);
    setCoOwnerError(undefined);
    try {
      const next = await api.bundles.consent(bundle.id, {
        consent,
        version: bundle.version,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(consent ? { coOwnersConsented: coOwners } : {}),
      });
      notify(t(consent ? 'bundle.consented' : 'bundle.declined', { name: bundle.name }));
      onDone(next);
    } catch (error) {
      reportError(error);
      if (error instanceof ApiError && error.code === 'co_owner_not_consented')
        setCoOwnerError(t('bundle.coOwnersNeeded'));
      else if (error instanceof ApiError && error.status === 409) onRefused();
    } finally {
      setBusy(false);
    }
  }

  const mine = bundle.members.filter((member) => member.holderOrgId === myConsent.holderOrgId);
  return (
    <section class="card" aria-labelledby="bundle-consent-title" id="bundle-consent">
      <div class="card-head">
        <h2 id="bundle-consent-title">{t('bundle.consentTitle')}</h2>
        <BadgePill badge={holderDecisionBadge(myConsent.decision)} />
      </div>
      <p class="small">{t('bundle.consentIntro', { count: mine.length, organiser: bundle.organiserName })}</p>
      {myConsent.canDecide ? (
        <div class="consent-form">
          <CheckboxField
            id="bundle-co-owners"
            label={t('bundle.field.coOwnersConsented')}
            checked={coOwners}
            onChecked={setCoOwners}
            error={coOwnerError}
          />
          <label for="bundle-consent-note" class="small">
            {t('bundle.field.note')}
          </label>
          <textarea
            id="bundle-consent-note"
            rows={2}
            maxLength={500}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <div class="actions">
            {myConsent.decision !== 'consented' && (
              <button
                type="button"
                class="button button-primary"
                data-action="consent"
                disabled={busy}
                onClick={() => decide(true)}
              >
                {t('bundle.consent')}
              </button>
            )}
            {myConsent.decision !== 'declined' && (
              <button
                type="button"
                class="button button-danger-outline"
                data-action="decline"
                disabled={busy}
                onClick={() => decide(false)}
              >
                {t('bundle.decline')}
              </button>
            )}
          </div>
          <p class="muted small">{t('bundle.declineNote')}</p>
        </div>
      ) : (
        <p class="muted small">{t('bundle.adminDecides')}</p>
      )}
    </section>
  );
}
