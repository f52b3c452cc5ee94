import { useCallback } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { chinaToday } from '../../format/china-today.ts';
import { eventStatusBadge } from '../../format/event-view.ts';
import { pickYear, yearOptions } from '../../format/quota-view.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { EventForm } from './event-form.tsx';

const isOrganiserType = (type: string | undefined) => type === 'agency' || type === 'park';

/** `#/events`: the year's events the viewer may see; an agency or park also gets the new-event form. */
export function EventList() {
  const { api, me } = useApp();
  const { query } = useHashLocation();
  const thisYear = Number(chinaToday().slice(0, 4));
  const year = pickYear(query.get('year'), thisYear);
  const load = useCallback((cursor?: string) => api.events.list(year, cursor), [api, year]);
  const { items, cursor, busy, more } = usePagedList(load);
  const organiser = isOrganiserType(me?.organisation?.type);

  return (
    <div class="page">
      <section class="card" aria-labelledby="events-title">
        <div class="card-head">
          <h1 id="events-title">{t('events.title')}</h1>
          <label class="nowrap">
            {t('quota.year')}{' '}
            <select
              id="events-year"
              class="select-inline"
              value={String(year)}
              onChange={(event) =>
                location.replace(screenHref('events', [], { year: event.currentTarget.value }))
              }
            >
              {yearOptions(thisYear).map((option) => (
                <option key={option} value={String(option)}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p class="muted">{t('events.intro')}</p>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('events.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table" id="event-table">
              <thead>
                <tr>
                  <th>{t('event.field.title')}</th>
                  <th>{t('event.field.kind')}</th>
                  <th>{t('event.field.date')}</th>
                  <th>{t('event.field.industryChain')}</th>
                  <th>{t('event.field.organiser')}</th>
                  <th>{t('event.field.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((event) => (
                  <tr
                    key={event.id}
                    data-event-id={event.id}
                    data-status={event.status}
                    data-kind={event.kind}
                  >
                    <td>
                      <a href={screenHref('events', [event.id])}>{event.title}</a>
                    </td>
                    <td class="nowrap">{t(`event.kind.${event.kind}`)}</td>
                    <td class="nowrap">{event.date}</td>
                    <td>{event.industryChain}</td>
                    <td>{event.organiserName}</td>
                    <td>
                      <BadgePill badge={eventStatusBadge(event.status)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
      {organiser && <EventForm />}
    </div>
  );
}
