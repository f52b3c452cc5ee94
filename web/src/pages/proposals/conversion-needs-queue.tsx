import { useCallback } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { t } from '../../i18n/messages.ts';
import { ConversionNeedItem } from '../conversion-needs/conversion-need-item.tsx';

/** In the broker's queue: universities' open conversion needs, each linking to its page. */
export function ConversionNeedsQueue() {
  const { api } = useApp();
  const load = useCallback((cursor?: string) => api.conversionNeeds.list({ cursor }), [api]);
  const { items, cursor, busy, more } = usePagedList(load);
  if (items === null || items.length === 0) return null;
  return (
    <section class="card" id="conversion-needs-queue" aria-labelledby="cneed-queue-title">
      <h2 id="cneed-queue-title">{t('cneed.queue.title', { count: items.length })}</h2>
      <p class="muted small">{t('cneed.queue.intro')}</p>
      <ol class="review-list">
        {items.map((need) => (
          <ConversionNeedItem key={need.id} need={need} />
        ))}
      </ol>
      <LoadMore cursor={cursor} busy={busy} onMore={more} />
    </section>
  );
}
