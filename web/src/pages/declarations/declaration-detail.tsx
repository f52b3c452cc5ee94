import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DeclarationDetail as Detail } from '../../api/declarations.ts';
import { type ExpectedVolumes, volumesNeeded } from '../../api/royalty.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { PendingNote } from '../../components/pending-note.tsx';
import { RoyaltyCalculator } from '../../components/royalty-calculator.tsx';
import { StatutoryText, termsOfRecord } from '../../components/statutory-text.tsx';
import { annualFeeOutlook } from '../../format/annual-fee.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { declarationStatusBadge, isPriceEditable } from '../../format/declaration-badges.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { DeclarationActions } from './declaration-actions.tsx';
import { GuardItem } from './guard-panel.tsx';

/** Statuses in which the guards still decide something (submitting or publishing). */
const GUARDS_MATTER = new Set(['draft', 'rejected', 'submitted']);

/**
 * One declaration: its statutory text as it is (or will be) published, the guards now, the annual-fee
 * effect, the royalty calculator, and the steps the caller may take.
 */
export function DeclarationDetail({ id }: { id: string }) {
  const { api, me, locale, reportError } = useApp();
  const [detail, setDetail] = useState<Detail | null>(null);

  const load = useCallback(async () => {
    try {
      setDetail(await api.declarations.get(id));
    } catch (error) {
      reportError(error);
      go(screenHref('declarations'), { replace: true });
    }
  }, [api, id, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

  const compute = useCallback((volumes: ExpectedVolumes) => api.declarations.royalty(id, volumes), [api, id]);

  if (!detail) return <p class="muted center">{t('common.loading')}</p>;
  const { declaration, guards, annualFee, availableActions } = detail;
  const status = declaration.status;
  const pending = me?.organisation?.status !== 'approved';
  const submitBlocked = pending && status === 'draft' && !availableActions.includes('submit');
  const editable = isPriceEditable(status) && me?.organisation?.id === declaration.holderOrgId;
  const findings = GUARDS_MATTER.has(status) ? guards : { errors: [], warnings: guards.warnings };

  return (
    <div class="page">
      <section class="card" aria-labelledby="declaration-title" data-declaration-id={declaration.id}>
        <div class="card-head">
          <div class="title-line">
            <h1 id="declaration-title">
              {t('declaration.detailTitle', { number: displayPatentNumber(declaration.patentNumber) })}
            </h1>
            <BadgePill badge={declarationStatusBadge(status)} />
          </div>
          <span class="actions">
            {editable && (
              <a
                class="button button-small"
                data-action="edit"
                href={screenHref('declarations', [declaration.id, 'edit'])}
              >
                {t('common.edit')}
              </a>
            )}
            {status === 'published' &&
              me?.organisation?.type === 'university' &&
              me.organisation.id === declaration.holderOrgId && (
                <a
                  class="button button-small"
                  data-action="post-conversion-need"
                  href={screenHref('conversionNeeds', ['new'], {
                    declarationId: declaration.id,
                    title: declaration.listing.title,
                  })}
                >
                  {t('cneed.postButton')}
                </a>
              )}
            <a class="button button-small" href={screenHref('declarations')}>
              {t('common.back')}
            </a>
          </span>
        </div>
        {status === 'published' && (
          <p class="banner banner-info" data-price-locked>
            {t('declaration.priceLocked')}
          </p>
        )}
        {declaration.statusReason && status !== 'draft' && (
          <p class="banner banner-warning">
            {t(`declaration.reasonLabel.${status === 'rejected' ? 'rejected' : 'withdrawn'}`, {
              reason: declaration.statusReason,
            })}
          </p>
        )}
        {declaration.statusReason && status === 'draft' && (
          <p class="banner banner-warning">
            {t('declaration.rejectedBecause', { reason: declaration.statusReason })}
          </p>
        )}
        <h2>{status === 'published' ? t('declaration.textPublished') : t('declaration.textToPublish')}</h2>
        <StatutoryText terms={termsOfRecord(declaration)} locale={locale} />
        <p class="muted small">
          {t('declaration.dates', {
            created: formatDateTime(declaration.createdAt, locale),
            updated: formatDateTime(declaration.updatedAt, locale),
          })}
          {declaration.publishedAt &&
            ` · ${t('declaration.publishedAt', { at: formatDateTime(declaration.publishedAt, locale) })}`}
        </p>
      </section>
      {declaration.marketingText && (
        <section class="card marketing-box" aria-labelledby="marketing-title">
          <h2 id="marketing-title">{t('declarationForm.marketing')}</h2>
          <p class="prewrap">{declaration.marketingText}</p>
        </section>
      )}
      <div class="detail-columns">
        <section class="card" aria-labelledby="declaration-next-title">
          <h2 id="declaration-next-title">{t('declaration.next')}</h2>
          {(findings.errors.length > 0 || findings.warnings.length > 0) && (
            <ul class="guards" id="declaration-findings">
              {findings.errors.map((issue) => (
                <GuardItem
                  key={`${issue.code}-${issue.field}`}
                  issue={issue}
                  kind="error"
                  number={declaration.patentNumber}
                />
              ))}
              {findings.warnings.map((issue) => (
                <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="warning" />
              ))}
            </ul>
          )}
          {availableActions.length === 0 && !submitBlocked && (
            <p class="muted" data-waiting={status}>
              {status === 'submitted' ? t('declaration.waiting') : t('declaration.noActions')}
            </p>
          )}
          {submitBlocked && (
            <button type="button" class="button button-primary" data-action="submit" disabled>
              {t('declaration.action.submit')}
            </button>
          )}
          <DeclarationActions
            id={declaration.id}
            version={declaration.version}
            actions={availableActions}
            primary="submit"
            onDone={setDetail}
            onRefused={load}
          />
          {submitBlocked && <PendingNote />}
        </section>
        {annualFee && (
          <section class="card" aria-labelledby="annual-fee-title" id="annual-fee">
            <h2 id="annual-fee-title">{t('annualFee.title')}</h2>
            <AnnualFeeNote effect={annualFee} published={status === 'published'} />
          </section>
        )}
      </div>
      <RoyaltyCalculator volumes={volumesNeeded(declaration.royalty)} compute={compute} />
    </div>
  );
}

function AnnualFeeNote({
  effect,
  published,
}: {
  effect: NonNullable<Detail['annualFee']>;
  published: boolean;
}) {
  const { locale } = useApp();
  const outlook = annualFeeOutlook(effect, published);
  return (
    <>
      <p class="strong" data-annual-fee={effect.source}>
        {t(outlook.label, outlook.params)}
      </p>
      {!published && (
        <p class="muted small">{t('annualFee.now', { note: localiseServerMessage(effect.note, locale) })}</p>
      )}
      <p class="muted small">{t('annualFee.rule')}</p>
    </>
  );
}
