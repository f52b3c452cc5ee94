import { attendeeTypes } from '@openlicense/domain/event/event';
import { useCallback } from 'preact/hooks';
import type { DirectoryOrgType } from '../../api/directory.ts';
import { type EventDetail, isBriefingKind } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { MissingRecord, useRecord } from '../../components/use-record.tsx';
import { chinaToday } from '../../format/china-today.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { dealStageBadge } from '../../format/deal-view.ts';
import { eventStatusBadge, heldMissing } from '../../format/event-view.ts';
import { listText } from '../../format/phrase.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { AttendanceForm } from './attendance-form.tsx';
import { EventChanges } from './event-changes.tsx';
import { InviteForm } from './invite-form.tsx';
import { MinutesForm } from './minutes-form.tsx';
import { RegisterForm } from './register-form.tsx';

/** `#/events/{id}`: one event with its invitations, registrations, attendance, minutes and deals. */
export function EventPage({ id }: { id: string }) {
  const { api, locale, me } = useApp();
  const load = useCallback((eventId: string) => api.events.get(eventId), [api]);
  const { record: detail, setRecord: setDetail, missing } = useRecord(id, load);

  if (missing) return <MissingRecord message={t('event.missing')} backHref={screenHref('events')} />;
  if (!detail) return <p class="muted center">{t('common.loading')}</p>;
  const { event, registrations, deals } = detail;
  const orgId = me?.organisation?.id;
  const organiser = orgId === event.organiserOrgId;
  const invited = orgId !== undefined && event.invitedOrgIds.includes(orgId);
  const today = chinaToday();
  const missingSteps = heldMissing(event, today);
  const briefing = isBriefingKind(event.kind);
  // Who a briefing is for: the kinds its audience names (every kind when none); matchmaking, enterprises.
  const audienceKinds = attendeeTypes(event) as readonly DirectoryOrgType[];
  // Merge what an action answers with what the page already holds (a bare event leaves the lists as they were).
  const update = (next: EventDetail) =>
    setDetail((current) => ({
      ...next,
      registrations: next.registrations.length > 0 ? next.registrations : (current?.registrations ?? []),
      deals: next.deals.length > 0 ? next.deals : (current?.deals ?? []),
    }));

  return (
    <div class="page">
      <section
        class="card"
        aria-labelledby="event-title"
        data-event-id={event.id}
        data-status={event.status}
        data-kind={event.kind}
      >
        <div class="card-head">
          <div class="title-line">
            <h1 id="event-title">{event.title}</h1>
            <BadgePill badge={eventStatusBadge(event.status)} />
          </div>
          <a class="button button-small" href={screenHref('events')}>
            {t('common.back')}
          </a>
        </div>
        <dl class="details details-compact">
          <dt>{t('event.field.kind')}</dt>
          <dd>{t(`event.kind.${event.kind}`)}</dd>
          <dt>{t('event.field.date')}</dt>
          <dd>{event.date}</dd>
          <dt>{t('event.field.industryChain')}</dt>
          <dd>{event.industryChain}</dd>
          <dt>{t('event.field.organiser')}</dt>
          <dd>{event.organiserName}</dd>
          {event.place && (
            <>
              <dt>{t('event.field.place')}</dt>
              <dd>{event.place}</dd>
            </>
          )}
          {event.onlineUrl && (
            <>
              <dt>{t('event.field.onlineUrl')}</dt>
              <dd>
                <a href={event.onlineUrl} rel="noreferrer noopener" target="_blank">
                  {event.onlineUrl}
                </a>
              </dd>
            </>
          )}
          {event.audience && (
            <>
              <dt>{t('event.field.audience')}</dt>
              <dd>{event.audience}</dd>
            </>
          )}
          {briefing && (
            <>
              <dt>{t('event.field.audienceTypes')}</dt>
              <dd data-audience-types={audienceKinds.join(' ')}>
                {listText(audienceKinds.map((kind) => t(`org.type.${kind}`)))}
              </dd>
            </>
          )}
          {event.materials && event.materials.length > 0 && (
            <>
              <dt>{t('event.field.materials')}</dt>
              <dd>
                <ul class="plain-list" id="event-materials">
                  {event.materials.map((material) => (
                    <li key={`${material.name}|${material.ref}`}>
                      {material.name}{' '}
                      {/^https?:\/\//.test(material.ref) ? (
                        <a href={material.ref} rel="noreferrer noopener" target="_blank">
                          {material.ref}
                        </a>
                      ) : (
                        <span class="muted small">{material.ref}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {event.heldAt && (
            <>
              <dt>{t('event.heldAt')}</dt>
              <dd>{formatDateTime(event.heldAt, locale)}</dd>
            </>
          )}
        </dl>
        {event.description && <p class="prewrap small">{event.description}</p>}
        {missingSteps.length > 0 && (
          <p class="banner banner-info" data-held-missing={missingSteps.join(' ')}>
            {t('event.heldMissing', {
              steps: listText(missingSteps.map((step) => t(`event.step.${step}`, { date: event.date }))),
            })}
          </p>
        )}
      </section>
      <div class="detail-columns">
        <section class="card" aria-labelledby="invited-title" id="event-invited">
          <h2 id="invited-title">{t('event.invited')}</h2>
          <h3>{t('event.invitedListings', { count: event.invitedListings.length })}</h3>
          <ul class="plain-list">
            {event.invitedListings.map((listing) => (
              <li key={listing.listingId} data-listing-id={listing.listingId}>
                {listing.listingId.startsWith('bundle:') ? (
                  listing.title
                ) : (
                  <a href={screenHref('catalogue', [listing.listingId])}>{listing.title}</a>
                )}{' '}
                <span class="muted small">{listing.holderName}</span>
                {invited &&
                  !listing.listingId.startsWith('bundle:') &&
                  me?.organisation?.type === 'enterprise' && (
                    <>
                      {' '}
                      <a
                        class="button button-small"
                        href={screenHref('licences', ['take', 'listing', listing.listingId], {
                          event: event.id,
                        })}
                      >
                        {t('listing.takeLicence')}
                      </a>
                    </>
                  )}
              </li>
            ))}
          </ul>
          <h3>
            {t(briefing ? 'event.invitedOrgs' : 'event.invitedEnterprises', {
              count: event.invitedEnterprises.length,
            })}
          </h3>
          <ul class="plain-list">
            {event.invitedEnterprises.map((invitee) => (
              <li key={invitee.orgId} data-org-id={invitee.orgId}>
                {invitee.name}
                {briefing && (
                  <span class="muted small"> {t(`org.type.${invitee.orgType ?? 'enterprise'}`)}</span>
                )}
              </li>
            ))}
          </ul>
          {organiser && event.status === 'planned' && (
            <InviteForm
              id={event.id}
              listings={!briefing}
              {...(briefing ? { kinds: audienceKinds } : {})}
              onDone={update}
            />
          )}
        </section>
        <section class="card" aria-labelledby="registrations-title" id="event-registrations">
          <h2 id="registrations-title">{t('event.registrations', { count: registrations.length })}</h2>
          {registrations.length === 0 ? (
            <p class="empty">{t(briefing ? 'event.noRegistrationsBriefing' : 'event.noRegistrations')}</p>
          ) : (
            <ul class="plain-list">
              {registrations.map((registration) => (
                <li key={registration.orgId} data-org-id={registration.orgId}>
                  <strong>{registration.orgName}</strong>{' '}
                  <span class="muted small">
                    {t('event.attendees', { count: registration.attendees })} · {registration.contact.name}{' '}
                    {registration.contact.phone}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {invited && event.status === 'planned' && <RegisterForm id={event.id} onDone={update} />}
        </section>
      </div>
      {organiser && event.status === 'planned' && <EventChanges event={event} onDone={update} />}
      {organiser && event.status === 'planned' && (
        <section class="card" aria-labelledby="held-title" id="event-record">
          <h2 id="held-title">{t('event.record')}</h2>
          <p class="muted small">{t(briefing ? 'event.recordIntroBriefing' : 'event.recordIntro')}</p>
          <AttendanceForm detail={detail} onDone={update} />
          <MinutesForm detail={detail} onDone={update} />
        </section>
      )}
      {(!organiser || event.status !== 'planned') && event.minutes && (
        <section class="card" aria-labelledby="minutes-title">
          <h2 id="minutes-title">{t('event.minutes')}</h2>
          {event.attendance && (
            <p class="muted small" data-attendance={event.attendance.orgIds.length}>
              {t('event.attended', {
                count: event.attendance.orgIds.length,
                headcount: event.attendance.headcount ?? '—',
              })}
            </p>
          )}
          <p class="prewrap" data-minutes>
            {event.minutes.text}
          </p>
        </section>
      )}
      <section class="card" aria-labelledby="event-deals-title" id="event-deals">
        <div class="card-head">
          <h2 id="event-deals-title">{t('event.deals')}</h2>
          {(organiser || invited) && (
            <a class="button button-small" href={screenHref('deals', [], { new: '1', event: event.id })}>
              {t('deals.new')}
            </a>
          )}
        </div>
        {deals.length === 0 ? (
          <p class="empty">{t('event.noDeals')}</p>
        ) : (
          <ul class="plain-list">
            {deals.map((deal) => (
              <li key={deal.id} data-deal-id={deal.id}>
                {t(`deal.kind.${deal.kind}`)} · {deal.suppliers.map((party) => party.name).join('、')} →{' '}
                {deal.acquirer.name} <BadgePill badge={dealStageBadge(deal.stage)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
