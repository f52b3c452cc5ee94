import { useEffect, useState } from 'preact/hooks';
import type { AwaitingItem } from '../api/confirmations.ts';
import { useApp } from '../app-context.ts';
import { Phrased } from '../components/phrase.tsx';
import { formatDateTime } from '../format/date-time.ts';
import { formatAmount } from '../format/money.ts';
import { awaitingRole, awaitingSubject } from '../format/quota-wording.ts';
import { t } from '../i18n/messages.ts';
import { screenHref } from '../router/hash-location.ts';
import { AWAITING_LIST_ID } from './home/waiting-links.ts';

/** Where an item is answered: its deal on the pipeline, or its licence's page. */
export const awaitingHref = (item: AwaitingItem) =>
  item.kind === 'deal' ? screenHref('deals', [], { deal: item.id }) : screenHref('licences', [item.id]);

/**
 * 待我确认: the signed deals naming the organisation and the payments recorded to it as licensor that count
 * for it only once it confirms them, each linking to where it is confirmed or declined.
 */
export function AwaitingList() {
  const { api, locale, reportError } = useApp();
  const [items, setItems] = useState<AwaitingItem[] | null>(null);
  useEffect(() => {
    let live = true;
    api.confirmations
      .list()
      .then((answer) => live && setItems(answer.items))
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [api, reportError]);

  return (
    <section class="card" aria-labelledby="awaiting-title" id={AWAITING_LIST_ID}>
      <h2 id="awaiting-title">{t('confirm.awaitingTitle', { count: items?.length ?? 0 })}</h2>
      <p class="muted small">{t('confirm.awaitingIntro')}</p>
      {items === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty">{t('confirm.awaitingEmpty')}</p>
      ) : (
        <ul class="plain-list">
          {items.map((item) => (
            <li
              key={`${item.id}/${item.receiptId ?? ''}`}
              data-awaiting-id={item.id}
              data-kind={item.kind}
              data-status={item.status}
            >
              <a href={awaitingHref(item)}>
                <Phrased phrase={awaitingSubject(item, locale)} />
              </a>{' '}
              <span class="muted small">
                <Phrased phrase={awaitingRole(item, locale)} /> · {item.counterpart} ·{' '}
                {formatAmount(item.amountFen, locale)} · {formatDateTime(item.since, locale)}
              </span>{' '}
              <strong class="small">{t(`confirm.awaiting.${item.status}`)}</strong>
              {item.reason ? (
                <span class="small"> · {t('confirm.reasonWas', { reason: item.reason })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
