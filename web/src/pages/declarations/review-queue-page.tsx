import { useCallback } from 'preact/hooks';
import type { ReviewQueueItem } from '../../api/declarations.ts';
import { useApp } from '../../app-context.ts';
import { LoadMore } from '../../components/load-more.tsx';
import { StatutoryText, termsOfRecord } from '../../components/statutory-text.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { t } from '../../i18n/messages.ts';
import { DeclarationActions } from './declaration-actions.tsx';
import { GuardItem } from './guard-panel.tsx';

/**
 * 声明审核 (IP office): submitted declarations, oldest first, each with its statutory text, holder and the
 * guards as they stand now; publish, or reject with a reason.
 */
export function ReviewQueuePage() {
  const { api } = useApp();
  const load = useCallback((cursor?: string) => api.declarations.reviewQueue(cursor), [api]);
  const { items, setItems, cursor, busy, more, reload } = usePagedList(load);
  const remove = (id: string) =>
    setItems((current) => current?.filter((item) => item.declaration.id !== id) ?? null);

  return (
    <div class="page">
      <section class="card" aria-labelledby="declaration-review-title">
        <h1 id="declaration-review-title">{t('declarationReview.title')}</h1>
        <p class="muted">{t('declarationReview.intro')}</p>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('declarationReview.empty')}</p>
        ) : (
          <ul class="review-list" id="declaration-queue">
            {items.map((item) => (
              <QueueItem
                key={item.declaration.id}
                item={item}
                onDone={() => remove(item.declaration.id)}
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

function QueueItem({
  item,
  onDone,
  onRefused,
}: {
  item: ReviewQueueItem;
  onDone: () => void;
  onRefused: () => void;
}) {
  const { locale } = useApp();
  const { declaration, holderName, guards } = item;
  return (
    <li class="review-item" data-declaration-id={declaration.id} data-number={declaration.patentNumber}>
      <div class="review-head">
        <h3>
          <span class="mono">{displayPatentNumber(declaration.patentNumber)}</span>{' '}
          {declaration.listing.title}
        </h3>
        <span class="badge">{holderName}</span>
      </div>
      <p class="muted small">
        {t('declarationReview.submittedAt', { at: formatDateTime(declaration.submittedAt, locale) })}
      </p>
      <StatutoryText terms={termsOfRecord(declaration)} locale={locale} />
      {declaration.marketingText && (
        <div class="marketing-box marketing-inline">
          <p class="guard-group">{t('declarationForm.marketing')}</p>
          <p class="prewrap small">{declaration.marketingText}</p>
        </div>
      )}
      <div class="review-guards" data-guards>
        <p class="guard-group">{t('declarationReview.guards')}</p>
        {guards.errors.length === 0 && guards.warnings.length === 0 ? (
          <p class="guard-ok">{t('declarationReview.allClear')}</p>
        ) : (
          <ul class="guards">
            {guards.errors.map((issue) => (
              <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="error" />
            ))}
            {guards.warnings.map((issue) => (
              <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="warning" />
            ))}
          </ul>
        )}
      </div>
      <DeclarationActions
        id={declaration.id}
        version={declaration.version}
        actions={['publish', 'reject']}
        primary="publish"
        onDone={onDone}
        onRefused={onRefused}
      />
    </li>
  );
}
