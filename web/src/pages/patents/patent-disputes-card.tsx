import { useEffect, useState } from 'preact/hooks';
import type { PatentDispute } from '../../api/patent-disputes.ts';
import { useApp } from '../../app-context.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { t } from '../../i18n/messages.ts';

/** What a dispute stands at: awaiting the office, or its decision. */
export const disputeState = (dispute: PatentDispute) =>
  dispute.status === 'open'
    ? t('disputes.status.open')
    : t(`disputes.outcome.${dispute.outcome ?? 'holder'}`);

/**
 * The disputes (权属异议) the organisation filed or that concern its patents, with the IP office's
 * decision and reason once made. Shown on the ledger only when there are any.
 */
export function PatentDisputesCard() {
  const { api, me, locale, reportError } = useApp();
  const [items, setItems] = useState<PatentDispute[]>([]);
  const orgId = me?.organisation?.id;

  useEffect(() => {
    let live = true;
    api.patentDisputes.list().then(
      (page) => live && setItems(page.items),
      (error) => live && reportError(error),
    );
    return () => {
      live = false;
    };
  }, [api, reportError]);

  if (items.length === 0) return null;
  return (
    <section class="card" aria-labelledby="patent-disputes-title" id="patent-disputes">
      <h2 id="patent-disputes-title">{t('disputes.title')}</h2>
      <p class="muted">{t('disputes.intro')}</p>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('disputes.field.patent')}</th>
              <th scope="col">{t('disputes.field.claimant')}</th>
              <th scope="col">{t('disputes.field.holder')}</th>
              <th scope="col">{t('disputes.field.createdAt')}</th>
              <th scope="col">{t('disputes.field.outcome')}</th>
              <th scope="col">{t('disputes.field.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((dispute) => (
              <tr key={dispute.id} data-dispute-id={dispute.id} data-status={dispute.status}>
                <td>
                  <span class="mono">{displayPatentNumber(dispute.patentNumber)}</span>
                  <div class="muted small">{dispute.patentTitle}</div>
                </td>
                <td>
                  {dispute.claimantName}
                  {dispute.claimantOrgId === orgId && (
                    <span class="badge">{t('disputes.role.claimant')}</span>
                  )}
                </td>
                <td>
                  {dispute.holderName}
                  {dispute.holderOrgId === orgId && <span class="badge">{t('disputes.role.holder')}</span>}
                </td>
                <td>{formatDateTime(dispute.createdAt, locale)}</td>
                <td data-outcome>{disputeState(dispute)}</td>
                <td>{dispute.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
