import type { WaitingItem } from '@openlicense/contract/waiting';
import { t } from '../../i18n/messages.ts';
import {
  ANSWERED_AT_HOME,
  AWAITING_LIST_ID,
  openItems,
  WAITING_HREFS,
  waitingDateKey,
} from './waiting-links.ts';

/** Confirmations are answered in the list further down the home page: bring it into view. */
function showAwaitingList(event: MouseEvent) {
  event.preventDefault();
  document.getElementById(AWAITING_LIST_ID)?.scrollIntoView({ block: 'start' });
}

/**
 * 待我处理: each kind of task waiting for the user with how many, linking to the screen where it is done;
 * a calm line when nothing waits. Dates are ISO days (`2026-12-31`), read alike in both languages.
 */
export function WaitingCard({ items }: { items: readonly WaitingItem[] | null }) {
  const open = items === null ? null : openItems(items);
  return (
    <section class="card" aria-labelledby="waiting-title" id="waiting">
      <h2 id="waiting-title">{t('home.waiting.title')}</h2>
      {open === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : open.length === 0 ? (
        <p class="empty" data-waiting-empty>
          {t('home.waiting.empty')}
        </p>
      ) : (
        <>
          <p class="muted small">{t('home.waiting.intro')}</p>
          <ul class="waiting-list">
            {open.map((item) => (
              <li key={item.code} data-waiting={item.code} data-count={item.count}>
                <a
                  href={WAITING_HREFS[item.code]}
                  {...(ANSWERED_AT_HOME.includes(item.code) ? { onClick: showAwaitingList } : {})}
                >
                  <span class="waiting-count">{item.count}</span>
                  <span>{t(`home.waiting.code.${item.code}`)}</span>
                </a>
                {item.date && (
                  <span class="muted small">{t(waitingDateKey(item.code), { date: item.date })}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
