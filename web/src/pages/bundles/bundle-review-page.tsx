import { useCallback } from 'preact/hooks';
import type { BundleAction, BundleReviewItem } from '../../api/bundles.ts';
import { ApiError } from '../../api/client.ts';
import { useApp } from '../../app-context.ts';
import { LifecycleActions } from '../../components/lifecycle-actions.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { GuardItem } from '../declarations/guard-panel.tsx';
import { BundleMembers, BundleTerms } from './bundle-terms.tsx';

/** 专利包审核 (IP office): submitted bundles, oldest first, with every member's check; publish or reject. */
export function BundleReviewPage() {
  const { api } = useApp();
  const load = useCallback((cursor?: string) => api.bundles.reviewQueue(cursor), [api]);
  const { items, setItems, cursor, busy, more, reload } = usePagedList(load);
  const remove = (id: string) =>
    setItems((current) => current?.filter((item) => item.bundle.id !== id) ?? null);

  return (
    <div class="page">
      <section class="card" aria-labelledby="bundle-review-title">
        <h1 id="bundle-review-title">{t('bundleReview.title')}</h1>
        <p class="muted">{t('bundleReview.intro')}</p>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('bundleReview.empty')}</p>
        ) : (
          <ul class="review-list" id="bundle-queue">
            {items.map((item) => (
              <QueueItem
                key={item.bundle.id}
                item={item}
                onDone={() => remove(item.bundle.id)}
                onRefused={reload}
              />
            ))}
          </ul>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}

const withReason = (action: BundleAction): action is 'reject' | 'withdraw' =>
  action === 'reject' || action === 'withdraw';

function QueueItem({
  item,
  onDone,
  onRefused,
}: {
  item: BundleReviewItem;
  onDone: () => void;
  onRefused: () => void;
}) {
  const { api, locale, notify, reportError } = useApp();
  const { bundle, offer, terms } = item;

  async function run(action: BundleAction, reason?: string): Promise<boolean> {
    try {
      const next = await api.bundles.transition(bundle.id, {
        action,
        version: bundle.version,
        ...(reason ? { reason } : {}),
      });
      notify(t('bundle.moved', { status: t(`bundle.status.${next.bundle.status}`) }));
      onDone();
      return true;
    } catch (error) {
      reportError(error);
      if (error instanceof ApiError && (error.status === 409 || error.status === 422)) onRefused();
      return false;
    }
  }

  return (
    <li class="review-item" data-bundle-id={bundle.id}>
      <div class="review-head">
        <h3>
          <a href={screenHref('bundles', [bundle.id])}>{bundle.name}</a>
        </h3>
        <span class="badge">{bundle.organiserName}</span>
        <span
          class={offer.blockers.length === 0 ? 'pill pill-ok' : 'pill pill-danger'}
          data-blockers={offer.blockers.length}
        >
          {offer.blockers.length === 0
            ? t('bundle.noBlockers')
            : t('bundle.blockers', { count: offer.blockers.length })}
        </span>
      </div>
      <p class="muted small">
        {t('declarationReview.submittedAt', { at: formatDateTime(bundle.submittedAt, locale) })}
      </p>
      <BundleTerms bundle={bundle} />
      <BundleMembers bundle={bundle} blockers={offer.blockers} />
      {(terms.errors.length > 0 || terms.warnings.length > 0) && (
        <ul class="guards">
          {terms.errors.map((issue) => (
            <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="error" />
          ))}
          {terms.warnings.map((issue) => (
            <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="warning" />
          ))}
        </ul>
      )}
      <LifecycleActions
        idPrefix={`bundle-${bundle.id}`}
        actions={['publish', 'reject'] as const}
        primary="publish"
        needsReason={withReason}
        label={(action) => t(`bundle.action.${action}`)}
        reasonLabel={(action) => (withReason(action) ? t(`bundle.reason.${action}`) : '')}
        confirmLabel={(action) => (withReason(action) ? t(`bundle.confirm.${action}`) : '')}
        run={run}
      />
    </li>
  );
}
