import { useCallback, useState } from 'preact/hooks';
import {
  type EventDetail,
  type EventInput,
  type MatchmakingEvent,
  MINUTES_MIN_LENGTH,
} from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { MissingRecord, useRecord } from '../../components/use-record.tsx';
import { chinaToday } from '../../format/china-today.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { dealStageBadge, splitList } from '../../format/deal-view.ts';
import { attendanceChoices, eventStatusBadge, heldMissing } from '../../format/event-view.ts';
import { pickYear, yearOptions } from '../../format/quota-view.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go, useHashLocation } from '../../router/use-hash-location.ts';
import { useClientEnterprises } from '../needs/use-client-enterprises.ts';

/**
 * 对接活动 (matchmaking events): `#/events` the year's events (an agency or park creates them; invited
 * enterprises and universities see theirs), `#/events/{id}` one event with invitations, registrations,
 * attendance, minutes and the deals that came out of it.
 */
export function EventsPage() {
  const { segments } = useHashLocation();
  const [first] = segments;
  if (first) return <EventPage key={first} id={first} />;
  return <EventList />;
}

const isOrganiserType = (type: string | undefined) => type === 'agency' || type === 'park';

function EventList() {
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
                  <th>{t('event.field.date')}</th>
                  <th>{t('event.field.industryChain')}</th>
                  <th>{t('event.field.organiser')}</th>
                  <th>{t('event.field.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((event) => (
                  <tr key={event.id} data-event-id={event.id} data-status={event.status}>
                    <td>
                      <a href={screenHref('events', [event.id])}>{event.title}</a>
                    </td>
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

/** A new event, or (with `existing`) an edit of a planned one under the version last read. */
function EventForm({
  existing,
  onSaved,
}: {
  existing?: MatchmakingEvent;
  onSaved?: (detail: EventDetail) => void;
} = {}) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const [inputs, setInputs] = useState({
    title: existing?.title ?? '',
    industryChain: existing?.industryChain ?? '',
    date: existing?.date ?? '',
    place: existing?.place ?? '',
    onlineUrl: existing?.onlineUrl ?? '',
    description: existing?.description ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof inputs>) => setInputs((current) => ({ ...current, ...patch }));

  async function submit(event: Event) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (inputs.title.trim().length < 2) problems.title = t('event.error.title');
    if (!inputs.industryChain.trim()) problems.industryChain = t('event.error.industryChain');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(inputs.date)) problems.date = t('event.error.date');
    if (!inputs.place.trim() && !inputs.onlineUrl.trim()) problems.place = t('event.error.place');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const body: EventInput = {
      title: inputs.title.trim(),
      industryChain: inputs.industryChain.trim(),
      date: inputs.date,
      ...(inputs.place.trim() ? { place: inputs.place.trim() } : {}),
      ...(inputs.onlineUrl.trim() ? { onlineUrl: inputs.onlineUrl.trim() } : {}),
      ...(inputs.description.trim() ? { description: inputs.description.trim() } : {}),
    };
    setBusy(true);
    try {
      if (existing) {
        const saved = await api.events.edit(existing.id, body, existing.version);
        notify(t('event.saved'));
        onSaved?.(saved);
        return;
      }
      const created = await api.events.create(body);
      notify(t('events.created'));
      go(screenHref('events', [created.event.id]));
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="event-form-title">
      <h2 id="event-form-title">{existing ? t('event.edit') : t('events.new')}</h2>
      <form id="event-form" onSubmit={submit} noValidate>
        <div class="form-grid">
          <TextField
            id="event-title"
            label={t('event.field.title')}
            value={inputs.title}
            onValue={(title) => set({ title })}
            error={errors.title}
            maxLength={100}
            required
          />
          <TextField
            id="event-chain"
            label={t('event.field.industryChain')}
            value={inputs.industryChain}
            onValue={(industryChain) => set({ industryChain })}
            error={errors.industryChain}
            maxLength={50}
            required
          />
          <TextField
            id="event-date"
            type="date"
            label={t('event.field.date')}
            value={inputs.date}
            onValue={(date) => set({ date })}
            error={errors.date}
            required
          />
          <TextField
            id="event-place"
            label={t('event.field.place')}
            hint={t('event.hint.place')}
            value={inputs.place}
            onValue={(place) => set({ place })}
            error={errors.place}
            maxLength={200}
          />
          <TextField
            id="event-url"
            label={t('event.field.onlineUrl')}
            value={inputs.onlineUrl}
            onValue={(onlineUrl) => set({ onlineUrl })}
            error={errors.onlineUrl}
            maxLength={500}
          />
        </div>
        <TextAreaField
          id="event-description"
          label={t('event.field.description')}
          value={inputs.description}
          onValue={(description) => set({ description })}
          rows={3}
          maxLength={2000}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" data-action="create-event" disabled={busy}>
            {existing ? t('common.save') : t('events.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

function EventPage({ id }: { id: string }) {
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
  // Merge what an action answers with what the page already holds (a bare event leaves the lists as they were).
  const update = (next: EventDetail) =>
    setDetail((current) => ({
      ...next,
      registrations: next.registrations.length > 0 ? next.registrations : (current?.registrations ?? []),
      deals: next.deals.length > 0 ? next.deals : (current?.deals ?? []),
    }));

  return (
    <div class="page">
      <section class="card" aria-labelledby="event-title" data-event-id={event.id} data-status={event.status}>
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
              steps: missingSteps.map((step) => t(`event.step.${step}`, { date: event.date })).join('、'),
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
          <h3>{t('event.invitedEnterprises', { count: event.invitedEnterprises.length })}</h3>
          <ul class="plain-list">
            {event.invitedEnterprises.map((enterprise) => (
              <li key={enterprise.orgId} data-org-id={enterprise.orgId}>
                {enterprise.name}
              </li>
            ))}
          </ul>
          {organiser && event.status === 'planned' && <InviteForm id={event.id} onDone={update} />}
        </section>
        <section class="card" aria-labelledby="registrations-title" id="event-registrations">
          <h2 id="registrations-title">{t('event.registrations', { count: registrations.length })}</h2>
          {registrations.length === 0 ? (
            <p class="empty">{t('event.noRegistrations')}</p>
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
          <p class="muted small">{t('event.recordIntro')}</p>
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

/** The organiser edits or reschedules a planned event, or cancels it with a reason. */
function EventChanges({ event, onDone }: { event: MatchmakingEvent; onDone: (detail: EventDetail) => void }) {
  const { api, notify, reportError } = useApp();
  const [mode, setMode] = useState<'idle' | 'edit' | 'cancel'>('idle');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function cancel(submitted: Event) {
    submitted.preventDefault();
    if (reason.trim().length < 2) {
      setError(t('event.error.cancelReason'));
      return;
    }
    setBusy(true);
    try {
      onDone(await api.events.cancel(event.id, reason.trim()));
      notify(t('event.cancelled'));
      setMode('idle');
    } catch (failure) {
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (mode === 'edit')
    return (
      <>
        <EventForm
          key={event.version}
          existing={event}
          onSaved={(detail) => {
            onDone(detail);
            setMode('idle');
          }}
        />
        <p class="actions">
          <button type="button" class="button button-small" onClick={() => setMode('idle')}>
            {t('common.cancel')}
          </button>
        </p>
      </>
    );
  return (
    <section class="card" aria-label={t('event.edit')} id="event-changes">
      {mode === 'cancel' ? (
        <form id="cancel-event-form" onSubmit={cancel} noValidate>
          <TextField
            id="cancel-reason"
            label={t('event.cancelReason')}
            value={reason}
            onValue={setReason}
            error={error}
            maxLength={500}
            required
          />
          <div class="form-actions">
            <button type="submit" class="button button-danger" data-action="confirm-cancel" disabled={busy}>
              {t('event.cancel')}
            </button>
            <button type="button" class="button" onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button button-small"
            data-action="edit-event"
            onClick={() => setMode('edit')}
          >
            {t('event.edit')}
          </button>
          <button
            type="button"
            class="button button-small button-danger-outline"
            data-action="cancel-event"
            onClick={() => setMode('cancel')}
          >
            {t('event.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

function InviteForm({ id, onDone }: { id: string; onDone: (detail: EventDetail) => void }) {
  const { api, notify, reportError } = useApp();
  const clients = useClientEnterprises(true);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [listings, setListings] = useState('');
  const [enterprises, setEnterprises] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const listingIds = splitList(listings);
    const enterpriseOrgIds = [...new Set([...chosen, ...splitList(enterprises)])];
    if (listingIds.length + enterpriseOrgIds.length === 0) return;
    setBusy(true);
    try {
      onDone(await api.events.invite(id, { listingIds, enterpriseOrgIds }));
      notify(t('event.invitedToast'));
      setChosen(new Set());
      setListings('');
      setEnterprises('');
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="invite-form" onSubmit={submit} noValidate>
      <h3>{t('event.invite')}</h3>
      {clients && clients.length > 0 && (
        <fieldset class="checks" id="invite-clients">
          <legend>{t('event.inviteClients')}</legend>
          <OrgChecks
            options={clients.map(({ id, name }) => ({ orgId: id, name }))}
            chosen={chosen}
            onChange={setChosen}
          />
        </fieldset>
      )}
      <TextField
        id="invite-enterprises"
        label={t('event.inviteEnterprises')}
        hint={t('deal.hint.list')}
        value={enterprises}
        onValue={setEnterprises}
      />
      <TextField
        id="invite-listings"
        label={t('event.inviteListings')}
        hint={t('deal.hint.list')}
        value={listings}
        onValue={setListings}
      />
      <div class="form-actions">
        <button type="submit" class="button button-small button-primary" data-action="invite" disabled={busy}>
          {t('event.invite')}
        </button>
      </div>
    </form>
  );
}

function RegisterForm({ id, onDone }: { id: string; onDone: (detail: EventDetail) => void }) {
  const { api, me, notify, reportError, fieldErrorsOf } = useApp();
  const [name, setName] = useState(me?.user.name ?? '');
  const [phone, setPhone] = useState(me?.organisation?.contact.phone ?? '');
  const [email, setEmail] = useState(me?.user.email ?? '');
  const [attendees, setAttendees] = useState('1');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const count = Number(attendees);
    if (!Number.isInteger(count) || count < 1 || count > 50) {
      setErrors({ attendees: t('event.error.attendees') });
      return;
    }
    setBusy(true);
    try {
      await api.events.register(id, {
        contact: { name: name.trim(), phone: phone.trim(), email: email.trim() },
        attendees: count,
      });
      onDone(await api.events.get(id));
      notify(t('event.registered'));
      setErrors({});
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="register-form" onSubmit={submit} noValidate>
      <h3>{t('event.register')}</h3>
      <div class="form-grid">
        <TextField
          id="register-name"
          label={t('org.field.contactName')}
          value={name}
          onValue={setName}
          error={errors['contact.name']}
          required
        />
        <TextField
          id="register-phone"
          type="tel"
          label={t('org.field.contactPhone')}
          value={phone}
          onValue={setPhone}
          error={errors['contact.phone']}
          required
        />
        <TextField
          id="register-email"
          type="email"
          label={t('org.field.contactEmail')}
          value={email}
          onValue={setEmail}
          error={errors['contact.email']}
          required
        />
        <TextField
          id="register-attendees"
          label={t('event.attendeesLabel')}
          value={attendees}
          onValue={setAttendees}
          error={errors.attendees}
          inputMode="numeric"
          required
        />
      </div>
      <div class="form-actions">
        <button
          type="submit"
          class="button button-small button-primary"
          data-action="register"
          disabled={busy}
        >
          {t('event.register')}
        </button>
      </div>
    </form>
  );
}

function AttendanceForm({ detail, onDone }: { detail: EventDetail; onDone: (detail: EventDetail) => void }) {
  const { api, notify, reportError } = useApp();
  const { event, registrations } = detail;
  const choices = attendanceChoices(event, registrations);
  // Only registrants can be present: an attendance recorded before the rule may name others, left unticked.
  const [present, setPresent] = useState<Set<string>>(
    () =>
      new Set((event.attendance?.orgIds ?? []).filter((id) => choices.some((choice) => choice.orgId === id))),
  );
  const [headcount, setHeadcount] = useState(
    event.attendance?.headcount ? String(event.attendance.headcount) : '',
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(submitted: Event) {
    submitted.preventDefault();
    if (present.size === 0) {
      setError(t('event.error.attendance'));
      return;
    }
    const count = headcount.trim() === '' ? undefined : Number(headcount);
    if (count !== undefined && (!Number.isInteger(count) || count < 1)) {
      setError(t('event.error.headcount'));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      onDone(
        await api.events.attendance(event.id, {
          orgIds: [...present],
          ...(count ? { headcount: count } : {}),
        }),
      );
      notify(t('event.attendanceRecorded'));
    } catch (failure) {
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="attendance-form" onSubmit={submit} noValidate>
      <h3>{t('event.attendance')}</h3>
      <p class="banner banner-info small" data-held-rule>
        {t('event.heldRule')}
      </p>
      {choices.length === 0 ? (
        <p class="empty">{t('event.noneRegistered')}</p>
      ) : (
        <div class="checks">
          <OrgChecks options={choices} chosen={present} onChange={setPresent} />
        </div>
      )}
      <TextField
        id="attendance-headcount"
        label={t('event.headcount')}
        value={headcount}
        onValue={setHeadcount}
        inputMode="numeric"
      />
      {error && <p class="field-error">{error}</p>}
      <div class="form-actions">
        <button
          type="submit"
          class="button button-small button-primary"
          data-action="record-attendance"
          disabled={busy}
        >
          {t('event.recordAttendance')}
        </button>
      </div>
    </form>
  );
}

function MinutesForm({ detail, onDone }: { detail: EventDetail; onDone: (detail: EventDetail) => void }) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const [text, setText] = useState(detail.event.minutes?.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (text.trim().length < MINUTES_MIN_LENGTH) {
      setError(t('event.error.minutes', { min: MINUTES_MIN_LENGTH }));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const next = await api.events.minutes(detail.event.id, text.trim());
      onDone(next);
      notify(next.event.status === 'held' ? t('event.heldToast') : t('event.minutesRecorded'));
    } catch (failure) {
      setError(fieldErrorsOf(failure).text);
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="minutes-form" onSubmit={submit} noValidate>
      <TextAreaField
        id="minutes-text"
        label={t('event.minutes')}
        hint={t('event.minutesHint', { min: MINUTES_MIN_LENGTH })}
        value={text}
        onValue={setText}
        error={error}
        rows={5}
        maxLength={10_000}
        required
      />
      <div class="form-actions">
        <button
          type="submit"
          class="button button-small button-primary"
          data-action="record-minutes"
          disabled={busy}
        >
          {t('event.saveMinutes')}
        </button>
      </div>
    </form>
  );
}

/** A checkbox per organisation (data-org-id for tests); answers the new set on every tick. */
function OrgChecks({
  options,
  chosen,
  onChange,
}: {
  options: readonly { orgId: string; name: string }[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  return (
    <>
      {options.map((option) => (
        <label key={option.orgId} class="check" data-org-id={option.orgId}>
          <input
            type="checkbox"
            checked={chosen.has(option.orgId)}
            onChange={(change) => {
              const next = new Set(chosen);
              if (change.currentTarget.checked) next.add(option.orgId);
              else next.delete(option.orgId);
              onChange(next);
            }}
          />
          {option.name}
        </label>
      ))}
    </>
  );
}
