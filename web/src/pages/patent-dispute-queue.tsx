import { useEffect, useState } from 'preact/hooks';
import type { PatentDispute, PatentDisputeOutcome } from '../api/patent-disputes.ts';
import { useApp } from '../app-context.ts';
import { formatDateTime } from '../format/date-time.ts';
import { displayPatentNumber } from '../format/patent-badges.ts';
import { t } from '../i18n/messages.ts';

/**
 * The IP office's queue of patent disputes (权属异议) of holders in its region, oldest first: each with
 * the claimant's statement and evidence, a reason field, and the two decisions.
 */
export function PatentDisputeQueue() {
  const { api, reportError } = useApp();
  const [items, setItems] = useState<PatentDispute[] | null>(null);

  useEffect(() => {
    let live = true;
    api.patentDisputes.list({ status: 'open' }).then(
      (page) => live && setItems(page.items),
      (error) => {
        if (!live) return;
        setItems([]);
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, reportError]);

  const remove = (id: string) => setItems((current) => current?.filter((d) => d.id !== id) ?? null);
  return (
    <section class="card" aria-labelledby="dispute-queue-title" id="dispute-queue">
      <h2 id="dispute-queue-title">{t('disputes.queueTitle')}</h2>
      <p class="muted">{t('disputes.queueIntro')}</p>
      {items === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty">{t('disputes.queueEmpty')}</p>
      ) : (
        <ul class="review-list">
          {items.map((dispute) => (
            <DisputeItem key={dispute.id} dispute={dispute} onDone={() => remove(dispute.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DisputeItem({ dispute, onDone }: { dispute: PatentDispute; onDone: () => void }) {
  const { api, locale, notify, reportError } = useApp();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const reasonId = `dispute-reason-${dispute.id}`;
  const number = displayPatentNumber(dispute.patentNumber);

  async function decide(outcome: PatentDisputeOutcome) {
    const trimmed = reason.trim();
    if (trimmed.length < 2) {
      setReasonError(t('disputes.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      await api.patentDisputes.resolve(dispute.id, { outcome, reason: trimmed, version: dispute.version });
      notify(t('disputes.resolvedToast', { number: dispute.patentNumber }));
      onDone();
    } catch (error) {
      reportError(error);
      setBusy(false);
    }
  }

  return (
    <li class="review-item" data-dispute-id={dispute.id}>
      <div class="review-head">
        <h3>
          <span class="mono">{number}</span> {dispute.patentTitle}
        </h3>
        <span class="badge">{t('disputes.status.open')}</span>
      </div>
      <dl class="details details-compact">
        <dt>{t('disputes.field.claimant')}</dt>
        <dd>{dispute.claimantName}</dd>
        <dt>{t('disputes.field.holder')}</dt>
        <dd>
          {dispute.holderName} <span class="mono muted">{dispute.holderRegionCode}</span>
        </dd>
        <dt>{t('disputes.field.statement')}</dt>
        <dd>{dispute.statement}</dd>
        <dt>{t('disputes.field.evidenceRef')}</dt>
        <dd>{dispute.evidenceRef}</dd>
        <dt>{t('disputes.field.createdAt')}</dt>
        <dd>{formatDateTime(dispute.createdAt, locale)}</dd>
      </dl>
      <form class="reject-form" onSubmit={(event) => event.preventDefault()}>
        <label for={reasonId}>{t('disputes.field.reason')}</label>
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          aria-invalid={reasonError ? 'true' : undefined}
          aria-describedby={reasonError ? `${reasonId}-error` : undefined}
          onInput={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(undefined);
          }}
        />
        {reasonError && (
          <p class="field-error" id={`${reasonId}-error`}>
            {reasonError}
          </p>
        )}
        <div class="actions">
          <button
            type="button"
            class="button button-primary"
            data-action="award-claimant"
            disabled={busy}
            onClick={() => decide('claimant')}
          >
            {t('disputes.awardClaimant')}
          </button>
          <button
            type="button"
            class="button"
            data-action="keep-holder"
            disabled={busy}
            onClick={() => decide('holder')}
          >
            {t('disputes.keepHolder')}
          </button>
        </div>
      </form>
    </li>
  );
}
