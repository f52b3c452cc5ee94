import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BundleAction, BundleDetail as Detail } from '../../api/bundles.ts';
import { ApiError } from '../../api/client.ts';
import { type ExpectedVolumes, volumesNeeded } from '../../api/royalty.ts';
import type { Me } from '../../api/types.ts';
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
 * reject; a holder's admin: consent or decline), and the royalty calculator. Once published it is public:
 * a signed-out visitor reads it and is asked to sign in to take the licence; an approved enterprise takes it.
 */
export function BundleDetail({ id }: { id: string }) {
  const { api, me, locale, reportError } = useApp();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [missing, setMissing] = useState(false);

  const load = useCallback(async () => {
    try {
      setDetail(await api.bundles.get(id));
    } catch (error) {
      if (!me || (error instanceof ApiError && error.status === 404)) {
        if (!(error instanceof ApiError && error.status === 404)) reportError(error);
        setMissing(true);
        return;
      }
      reportError(error);
      go(screenHref('bundles'), { replace: true });
    }
  }, [api, id, me, reportError]);
  useEffect(() => {
    void load();
  }, [load]);
  const compute = useCallback((volumes: ExpectedVolumes) => api.bundles.royalty(id, volumes), [api, id]);

  if (missing)
    return (
      <div class="page">
        <section class="card">
          <p class="empty" data-missing>
            {t('bundlePublic.missing')}
          </p>
          <a class="button" href={screenHref('catalogue', [], { kind: 'bundle' })}>
            {t('bundlePublic.back')}
          </a>
        </section>
      </div>
    );
  if (!detail) return <p class="muted center">{t('common.loading')}</p>;
  const { bundle, offer, terms, availableActions, myConsent } = detail;
  const organiser = me?.organisation?.id === bundle.organiserOrgId;
  const editable = isBundleEditable(bundle.status) && organiser;
  // Outsiders (visitors, enterprises) read the published offer; the findings and next steps are the participants'.
  const participant = organiser || myConsent !== undefined || availableActions.length > 0;
  const back = me ? screenHref('bundles') : screenHref('catalogue', [], { kind: 'bundle' });

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
            {bundle.status === 'published' &&
              me?.organisation?.type === 'university' &&
              (organiser || bundle.holders.some((h) => h.orgId === me.organisation?.id)) && (
                <a
                  class="button button-small"
                  data-action="post-conversion-need"
                  href={screenHref('conversionNeeds', ['new'], { bundleId: bundle.id, title: bundle.name })}
                >
                  {t('cneed.postButton')}
                </a>
              )}
            <a class="button button-small" href={back} data-action="back">
              {me ? t('common.back') : t('bundlePublic.back')}
            </a>
          </span>
        </div>
        {bundle.statusReason && (
          <p class="banner banner-warning">{t('bundle.statusReason', { reason: bundle.statusReason })}</p>
        )}
        <p class="muted small">{t('bundle.offerRule')}</p>
        <BundleTerms bundle={bundle} />
        {participant && (terms.errors.length > 0 || terms.warnings.length > 0) && (
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
        <BundleMembers bundle={bundle} blockers={offer.blockers} grades={detail.memberGrades} />
        {detail.memberGrades && (
          <p class="muted small" data-grade-note>
            {t('bundleGrade.note')}
          </p>
        )}
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
        {(availableActions.length > 0 || (organiser && !myConsent)) && (
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
      {!participant && <TakeLicenceCard detail={detail} />}
    </div>
  );
}

/** Who may take a bundle's open licence: an approved enterprise (the API refuses anyone else). */
function mayTakeLicence(me: Me | null): boolean {
  const org = me?.organisation;
  return org?.status === 'approved' && org.type === 'enterprise';
}

/**
 * How an outsider takes the bundle's licence: the button where the viewer may take it, a sign-in prompt
 * for a visitor, and why not otherwise; never a "no actions" note beside an action that exists.
 */
function TakeLicenceCard({ detail }: { detail: Detail }) {
  const { me } = useApp();
  const { bundle, offer } = detail;
  return (
    <section class="card" aria-labelledby="bundle-take-title" id="bundle-take">
      <h2 id="bundle-take-title">{t('listing.takeLicence')}</h2>
      <p class="small">{t('bundlePublic.howTo')}</p>
      {!offer.offered ? (
        <p class="muted" data-not-offered>
          {t('bundlePublic.notOffered')}
        </p>
      ) : mayTakeLicence(me) ? (
        <a
          class="button button-primary"
          data-action="take-licence"
          href={screenHref('licences', ['take', 'bundle', bundle.id])}
        >
          {t('listing.takeLicence')}
        </a>
      ) : !me ? (
        <>
          <p class="small" data-sign-in-note>
            {t('bundlePublic.signInToTake')}
          </p>
          <a class="button button-primary" data-action="sign-in" href={screenHref('login')}>
            {t('bundlePublic.signIn')}
          </a>
        </>
      ) : (
        <p class="muted small">{t('bundlePublic.enterprisesOnly')}</p>
      )}
    </section>
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
