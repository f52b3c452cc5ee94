import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { ListingDetail as Detail } from '../../api/listings.ts';
import type { ExpectedVolumes } from '../../api/royalty.ts';
import type { Me } from '../../api/types.ts';
import { useApp } from '../../app-context.ts';
import { RoyaltyCalculator } from '../../components/royalty-calculator.tsx';
import { StatutoryText, termsOfPublished } from '../../components/statutory-text.tsx';
import { formatDateTime } from '../../format/date-time.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { MatchesPanel } from '../matching/matches-panel.tsx';

/**
 * One published open licence, for anyone: the declaration exactly as published, the holder, the patent's
 * facts, the royalty calculator, and how a licence is taken (a written notice and payment; no approval).
 */
export function ListingDetail({ id }: { id: string }) {
  const { api, locale, me, reportError } = useApp();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    api.listings.get(id).then(
      (answer) => {
        if (live) setDetail(answer);
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 404) setMissing(true);
        else reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, id, reportError]);

  const compute = useCallback((volumes: ExpectedVolumes) => api.listings.royalty(id, volumes), [api, id]);

  if (missing)
    return (
      <div class="page">
        <section class="card">
          <p class="empty" data-missing>
            {t('catalogue.missing')}
          </p>
          <a class="button" href={screenHref('catalogue')}>
            {t('catalogue.backToSearch')}
          </a>
        </section>
      </div>
    );
  if (!detail) return <p class="muted center">{t('common.loading')}</p>;
  const { declaration, holder } = detail;
  const list = (items: readonly string[]) => (items.length > 0 ? items.join('；') : '—');

  return (
    <div class="page">
      <section class="card" aria-labelledby="listing-title" data-listing-id={declaration.id}>
        <div class="card-head">
          <div class="title-line">
            <h1 id="listing-title">{declaration.title}</h1>
            <span class="pill pill-ok">{t('declaration.status.published')}</span>
          </div>
          <a class="button button-small" href={screenHref('catalogue')}>
            {t('catalogue.backToSearch')}
          </a>
        </div>
        <p class="muted small">
          {t('catalogue.publishedOn', {
            at: formatDateTime(declaration.publishedAt, locale),
            number: displayPatentNumber(declaration.patentNumber),
          })}
        </p>
        <h2>{t('declaration.textPublished')}</h2>
        <StatutoryText terms={termsOfPublished(declaration)} locale={locale} />
      </section>
      <RoyaltyCalculator volumes={detail.calculatorInputs} compute={compute} />
      <div class="detail-columns">
        <section class="card" aria-labelledby="listing-holder-title">
          <h2 id="listing-holder-title">{t('catalogue.holder')}</h2>
          <dl class="details details-compact">
            <dt>{t('org.field.name')}</dt>
            <dd data-holder>{holder.name}</dd>
            <dt>{t('org.field.type')}</dt>
            <dd>{t(`org.type.${holder.type}`)}</dd>
            <dt>{t('org.field.regionCode')}</dt>
            <dd class="mono">{holder.regionCode}</dd>
          </dl>
          <h2>{t('catalogue.howTo')}</h2>
          <p class="small">{t('catalogue.howToText')}</p>
          {mayTakeLicence(me) && (
            <p>
              <a
                class="button button-primary"
                data-action="take-licence"
                href={screenHref('licences', ['take', 'listing', declaration.id])}
              >
                {t('listing.takeLicence')}
              </a>
            </p>
          )}
        </section>
        <section class="card" aria-labelledby="listing-patent-title">
          <h2 id="listing-patent-title">{t('catalogue.patentFacts')}</h2>
          <dl class="details details-compact">
            <dt>{t('patent.field.number')}</dt>
            <dd class="mono">{displayPatentNumber(declaration.patentNumber)}</dd>
            <dt>{t('patent.field.type')}</dt>
            <dd>{t(`patent.type.${declaration.patentType}`)}</dd>
            <dt>{t('patent.field.ipc')}</dt>
            <dd class="mono">{list(declaration.ipc)}</dd>
            <dt>{t('patent.field.industryChains')}</dt>
            <dd>{list(declaration.industryChains)}</dd>
            <dt>{t('patent.field.keywords')}</dt>
            <dd>{list(declaration.keywords)}</dd>
            <dt>{t('patent.field.expiryDate')}</dt>
            <dd>{declaration.patentExpiryDate}</dd>
            <dt>{t('catalogue.lapseDate')}</dt>
            <dd>{declaration.lapseDate}</dd>
          </dl>
          {declaration.abstract && (
            <>
              <h3>{t('patent.field.abstract')}</h3>
              <p class="small prewrap">{declaration.abstract}</p>
            </>
          )}
        </section>
      </div>
      {detail.marketingText && (
        <section class="card marketing-box" aria-labelledby="listing-marketing-title">
          <h2 id="listing-marketing-title">{t('declarationForm.marketing')}</h2>
          <p class="prewrap">{detail.marketingText}</p>
        </section>
      )}
      {mayViewMatches(me, holder.orgId) && <MatchesPanel side="listing" id={declaration.id} />}
    </div>
  );
}

/** Who may take an open licence: an approved enterprise (the API refuses anyone else). */
function mayTakeLicence(me: Me | null): boolean {
  const org = me?.organisation;
  return org?.status === 'approved' && org.type === 'enterprise';
}

/** Who sees a listing's matched needs: its holder, agencies and parks, and the IP office (the API decides the rest). */
function mayViewMatches(me: Me | null, holderOrgId: string): boolean {
  const org = me?.organisation;
  if (org?.status !== 'approved') return false;
  return org.id === holderOrgId || org.type === 'agency' || org.type === 'park' || org.type === 'ip_office';
}
