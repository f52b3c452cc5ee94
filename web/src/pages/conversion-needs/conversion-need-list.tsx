import { useCallback } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { ConversionNeedItem } from './conversion-need-item.tsx';

/** The open conversion needs, newest first; a university also has the tab of its own (every status). */
export function ConversionNeedList({ mine }: { mine: boolean }) {
  const { api, me } = useApp();
  const university = me?.organisation?.type === 'university';
  const load = useCallback((cursor?: string) => api.conversionNeeds.list({ mine, cursor }), [api, mine]);
  const { items, cursor, busy, more } = usePagedList(load);
  return (
    <div class="page">
      <section class="card" aria-labelledby="cneed-title">
        <h1 id="cneed-title">{t('cneed.title')}</h1>
        <p class="muted">{t('cneed.intro')}</p>
      </section>
      <section class="card" aria-label={t('cneed.title')}>
        {university && (
          <div class="tabs" role="tablist" aria-label={t('cneed.title')}>
            <a role="tab" href={screenHref('conversionNeeds')} aria-selected={!mine} data-tab="open">
              {t('cneed.tab.open')}
            </a>
            <a
              role="tab"
              href={screenHref('conversionNeeds', [], { mine: 'true' })}
              aria-selected={mine}
              data-tab="mine"
            >
              {t('cneed.tab.mine')}
            </a>
          </div>
        )}
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t(mine ? 'cneed.empty.mine' : 'cneed.empty.open')}</p>
        ) : (
          <ol class="review-list" id="conversion-need-list">
            {items.map((need) => (
              <ConversionNeedItem key={need.id} need={need} />
            ))}
          </ol>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}
