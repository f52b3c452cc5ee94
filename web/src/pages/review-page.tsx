import { useEffect, useState } from 'preact/hooks';
import { ORG_STATUSES, type Org, type OrgStatus } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import { ContactLine } from '../components/org-details.tsx';
import { formatDateTime } from '../format/date-time.ts';
import { t } from '../i18n/messages.ts';
import { PatentDisputeQueue } from './patent-dispute-queue.tsx';

export function ReviewPage() {
  const { api, reportError } = useApp();
  const [status, setStatus] = useState<OrgStatus>('pending');
  const [items, setItems] = useState<Org[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | undefined>();
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let live = true;
    setItems(null);
    setNextCursor(undefined);
    api.listOrgs(status).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
      },
      (error) => {
        if (!live) return;
        setItems([]);
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, status, reportError]);

  async function loadMore() {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await api.listOrgs(status, nextCursor);
      setItems((current) => [...(current ?? []), ...page.items]);
      setNextCursor(page.nextCursor);
    } catch (error) {
      reportError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  const remove = (id: string) => setItems((current) => current?.filter((org) => org.id !== id) ?? null);

  return (
    <div class="page">
      <section class="card" aria-labelledby="review-title">
        <h1 id="review-title">{t('review.title')}</h1>
        <p class="muted">{t('review.intro')}</p>
        <div class="tabs" role="tablist" aria-label={t('review.filter')}>
          {ORG_STATUSES.map((option) => (
            <button
              key={option}
              type="button"
              role="tab"
              data-status={option}
              aria-selected={option === status}
              onClick={() => setStatus(option)}
            >
              {t(`org.status.${option}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel">
          {items === null ? (
            <p class="muted">{t('common.loading')}</p>
          ) : items.length === 0 ? (
            <p class="empty">{t('review.empty', { status: t(`org.status.${status}`) })}</p>
          ) : (
            <ul class="review-list">
              {items.map((org) => (
                <ReviewItem key={org.id} org={org} onDone={() => remove(org.id)} />
              ))}
            </ul>
          )}
          {nextCursor && (
            <button type="button" class="button" disabled={loadingMore} onClick={loadMore}>
              {loadingMore ? t('common.loading') : t('review.loadMore')}
            </button>
          )}
        </div>
      </section>
      <PatentDisputeQueue />
    </div>
  );
}

function ReviewItem({ org, onDone }: { org: Org; onDone: () => void }) {
  const { api, locale, notify, reportError } = useApp();
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  async function run(action: () => Promise<Org>, success: string) {
    setBusy(true);
    try {
      await action();
      notify(success);
      onDone();
    } catch (error) {
      reportError(error);
      setBusy(false);
    }
  }

  function confirmReject(event: Event) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonError(t('review.rejectReasonRequired'));
      return;
    }
    void run(() => api.rejectOrg(org.id, trimmed), t('review.rejectedToast', { name: org.name }));
  }

  const reasonId = `reject-reason-${org.id}`;
  return (
    <li class="review-item" data-org-id={org.id}>
      <div class="review-head">
        <h3>{org.name}</h3>
        <span class="badge">{t(`org.type.${org.type}`)}</span>
      </div>
      <dl class="details details-compact">
        <dt>{t('org.field.uscc')}</dt>
        <dd class="mono">{org.uscc}</dd>
        <dt>{t('org.field.regionCode')}</dt>
        <dd class="mono">{org.regionCode}</dd>
        <dt>{t('org.field.contact')}</dt>
        <dd>
          <ContactLine contact={org.contact} />
        </dd>
        <dt>{t('org.field.createdAt')}</dt>
        <dd>{formatDateTime(org.createdAt, locale)}</dd>
        {org.reviewedAt && (
          <>
            <dt>{t('org.field.reviewedAt')}</dt>
            <dd>{formatDateTime(org.reviewedAt, locale)}</dd>
          </>
        )}
        {org.rejectionReason && (
          <>
            <dt>{t('org.field.rejectionReason')}</dt>
            <dd>{org.rejectionReason}</dd>
          </>
        )}
      </dl>
      {org.status === 'pending' &&
        (rejecting ? (
          <form class="reject-form" onSubmit={confirmReject}>
            <label for={reasonId}>{t('review.rejectReason')}</label>
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
              <button type="submit" class="button button-danger" disabled={busy}>
                {t('review.confirmReject')}
              </button>
              <button type="button" class="button" disabled={busy} onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div class="actions">
            <button
              type="button"
              class="button button-primary"
              data-action="approve"
              disabled={busy}
              onClick={() => run(() => api.approveOrg(org.id), t('review.approvedToast', { name: org.name }))}
            >
              {t('review.approve')}
            </button>
            <button
              type="button"
              class="button button-danger-outline"
              data-action="reject"
              disabled={busy}
              onClick={() => setRejecting(true)}
            >
              {t('review.reject')}
            </button>
          </div>
        ))}
    </li>
  );
}
