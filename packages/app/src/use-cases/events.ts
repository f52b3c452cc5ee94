import {
  type AttendanceFacts,
  type AttendanceInput,
  addDays,
  assertEventPlanned,
  assertEventTookPlace,
  attendanceRefusals,
  chinaYear,
  type Deal,
  DomainError,
  EVENT_MAX_ENTERPRISES,
  EVENT_MAX_LISTINGS,
  type EventEditInput,
  type EventInput,
  type EventRegistration,
  type EventRegistrationInput,
  type EvidenceInput,
  heldMissing,
  heldRefusals,
  type InvitationInput,
  type InvitedEnterprise,
  type InvitedListing,
  type MatchmakingEvent,
  type MinutesInput,
  newEvent,
  type OrgType,
  type Principal,
} from '@openlicense/domain';
import type { AuditEntry, EventRole } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';

const orgOf = (principal: Principal) => principal.membership?.orgId ?? '';
const isOffice = (principal: Principal) =>
  principal.membership?.orgType === 'ip_office' && principal.membership.orgStatus === 'approved';

/** An event may be recorded after the fact, but not long after: its evidence should be fresh. */
const BACKDATE_DAYS = 90;

const invalid = (issues: { path: string; message: string }[]) =>
  new DomainError('invalid_input', issues.map((i) => i.message).join('；'), 422, issues);

/** The organisations an event involves: its organiser, invited enterprises and invited listings' holders. */
export const eventParties = (event: MatchmakingEvent): string[] => [
  ...new Set([
    event.organiserOrgId,
    ...event.invitedOrgIds,
    ...event.invitedListings.flatMap((l) => l.holderOrgIds),
  ]),
];

export async function loadEvent(deps: AppDeps, id: string): Promise<MatchmakingEvent> {
  const event = await deps.store.events.get(id);
  if (!event) throw new DomainError('not_found', '未找到该对接活动 / event not found', 404);
  return event;
}

const audit = (
  deps: AppDeps,
  principal: Principal,
  at: string,
  action: string,
  summary: string,
): AuditEntry => ({
  id: deps.newId(),
  orgId: orgOf(principal),
  at,
  actorId: principal.userId,
  action,
  summary,
});

/** Refuses a date more than 90 days back: an event may be recorded late, but its evidence should be fresh. */
function assertRecentDate(date: string, now: Date): void {
  const earliest = addDays(chinaToday(now), -BACKDATE_DAYS);
  if (date < earliest)
    throw invalid([
      {
        path: 'date',
        message: `活动日期不能早于 ${earliest}（最多补录 ${BACKDATE_DAYS} 天前的活动）/ date must be on or after ${earliest}`,
      },
    ]);
}

/** A new planned event of the caller's agency or park; its date may lie up to 90 days back (recorded late). */
export async function createEvent(
  deps: AppDeps,
  principal: Principal,
  input: EventInput,
): Promise<MatchmakingEvent> {
  const now = deps.now();
  assertRecentDate(input.date, now);
  const org = await deps.store.orgs.get(orgOf(principal));
  if (!org) throw new DomainError('not_found', '未找到本机构 / organisation not found', 404);
  const at = now.toISOString();
  const event = newEvent(
    input,
    { orgId: org.id, name: org.name, type: org.type },
    { id: deps.newId(), userId: principal.userId, at },
  );
  await deps.store.events.create(
    event,
    audit(deps, principal, at, 'event.created', `创建对接活动「${event.title}」（${event.date}）`),
  );
  return event;
}

export interface EventSummary extends MatchmakingEvent {
  /** Why the caller sees it: organiser, invited (enterprise) or listing (a holder of an invited listing). */
  roles: EventRole[];
}

/** The caller's events of `year` (organised or invited to), latest first; the IP office sees every event. */
export async function listEvents(
  deps: AppDeps,
  principal: Principal,
  year: number | undefined,
): Promise<{ items: EventSummary[] }> {
  const y = String(year ?? chinaYear(deps.now()));
  if (isOffice(principal))
    return { items: (await deps.store.events.listByYear(y)).map((event) => ({ ...event, roles: [] })) };
  const links = await deps.store.events.listForOrg(orgOf(principal), y);
  return { items: links.map(({ event, roles }) => ({ ...event, roles })) };
}

export interface EventView extends MatchmakingEvent {
  registrations: EventRegistration[];
  /** Deals that came out of the event (those the caller may see). */
  deals: Deal[];
  /** What is still missing before it counts as held. */
  missing: string[];
}

/**
 * One event: the organiser and the IP office see every registration and every deal that came out of it;
 * an invited enterprise sees its own registration, and each organisation the deals it is party to.
 */
export async function eventView(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
): Promise<EventView> {
  const all = isOffice(principal) || orgOf(principal) === event.organiserOrgId;
  const [registrations, deals] = await Promise.all([
    deps.store.events.registrations(event.id),
    deps.store.deals.listByEvent(event.id),
  ]);
  return {
    ...event,
    registrations: all ? registrations : registrations.filter((r) => r.orgId === orgOf(principal)),
    deals: all ? deals : deals.filter((d) => d.partyOrgIds.includes(orgOf(principal))),
    missing: heldMissing(event, chinaToday(deps.now())),
  };
}

/** What an invited listing id names: a published declaration, or `bundle:<id>` for a published bundle. */
async function invitedListing(deps: AppDeps, listingId: string): Promise<InvitedListing | undefined> {
  if (listingId.startsWith('bundle:')) {
    const bundle = await deps.store.bundles.get(listingId.slice('bundle:'.length));
    if (bundle?.status !== 'published') return undefined;
    return {
      listingId,
      title: bundle.name,
      holderOrgIds: bundle.holders.map((h) => h.orgId),
      holderName: bundle.organiserName,
    };
  }
  const declaration = await deps.store.declarations.get(listingId);
  if (declaration?.status !== 'published') return undefined;
  return {
    listingId,
    title: declaration.listing.title,
    holderOrgIds: [declaration.holderOrgId],
    holderName: declaration.listing.holderName,
  };
}

/**
 * Adds listings (published declarations or bundles) and approved enterprises to a planned event's
 * invitations; inviting one again changes nothing. Each invitee (and each invited listing's holder) then
 * sees the event in its list.
 */
export async function invite(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: InvitationInput,
): Promise<MatchmakingEvent> {
  assertEventPlanned(event);
  const newListingIds = input.listingIds.filter(
    (id) => !event.invitedListings.some((l) => l.listingId === id),
  );
  const newOrgIds = input.enterpriseOrgIds.filter((id) => !event.invitedOrgIds.includes(id));
  const [listings, orgs] = await Promise.all([
    Promise.all(newListingIds.map((id) => invitedListing(deps, id))),
    Promise.all(newOrgIds.map((id) => deps.store.orgs.get(id))),
  ]);
  const issues = [
    ...newListingIds.flatMap((id, i) =>
      listings[i]
        ? []
        : [
            {
              path: `listingIds.${input.listingIds.indexOf(id)}`,
              message: `成果 ${id} 不存在或未公告 / listing ${id} is not published`,
            },
          ],
    ),
    ...newOrgIds.flatMap((id, i) => {
      const org = orgs[i];
      return org && org.type === 'enterprise' && org.status === 'approved'
        ? []
        : [
            {
              path: `enterpriseOrgIds.${input.enterpriseOrgIds.indexOf(id)}`,
              message: `机构 ${id} 不是已入驻的企业 / ${id} is not an approved enterprise`,
            },
          ];
    }),
  ];
  if (event.invitedListings.length + newListingIds.length > EVENT_MAX_LISTINGS)
    issues.push({
      path: 'listingIds',
      message: `每场活动最多邀请 ${EVENT_MAX_LISTINGS} 项成果 / at most ${EVENT_MAX_LISTINGS} listings per event`,
    });
  if (event.invitedOrgIds.length + newOrgIds.length > EVENT_MAX_ENTERPRISES)
    issues.push({
      path: 'enterpriseOrgIds',
      message: `每场活动最多邀请 ${EVENT_MAX_ENTERPRISES} 家企业 / at most ${EVENT_MAX_ENTERPRISES} enterprises per event`,
    });
  if (issues.length > 0) throw invalid(issues);
  const addedListings = listings.filter((l): l is InvitedListing => l !== undefined);
  const addedEnterprises: InvitedEnterprise[] = orgs.flatMap((org) =>
    org ? [{ orgId: org.id, name: org.name }] : [],
  );
  if (addedListings.length === 0 && addedEnterprises.length === 0) return event;
  const at = deps.now().toISOString();
  const next: MatchmakingEvent = {
    ...event,
    invitedListings: [...event.invitedListings, ...addedListings],
    invitedEnterprises: [...event.invitedEnterprises, ...addedEnterprises],
    invitedOrgIds: [...event.invitedOrgIds, ...addedEnterprises.map((e) => e.orgId)],
    updatedAt: at,
    version: event.version + 1,
  };
  const reach = [
    ...addedEnterprises.map((e) => ({ orgId: e.orgId, role: 'invited' as const })),
    ...addedListings.flatMap((l) => l.holderOrgIds.map((orgId) => ({ orgId, role: 'listing' as const }))),
  ];
  return deps.store.events.update(
    event,
    next,
    audit(
      deps,
      principal,
      at,
      'event.invited',
      `对接活动「${event.title}」邀请 ${addedEnterprises.length} 家企业、${addedListings.length} 项成果`,
    ),
    reach,
  );
}

/** An invited enterprise registers (again: replaces) its attendance for a planned event. */
export async function register(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: EventRegistrationInput,
): Promise<EventRegistration> {
  assertEventPlanned(event);
  const org = event.invitedEnterprises.find((e) => e.orgId === orgOf(principal));
  const at = deps.now().toISOString();
  return deps.store.events.register(
    {
      ...input,
      eventId: event.id,
      orgId: orgOf(principal),
      orgName: org?.name ?? '',
      registeredAt: at,
      registeredBy: principal.userId,
    },
    audit(
      deps,
      principal,
      at,
      'event.registered',
      `报名参加对接活动「${event.title}」（${input.attendees} 人）`,
    ),
  );
}

/**
 * What the held rule needs to know beyond the event: its registrations and the type of each organisation
 * named in `orgIds`. Registrations are only ever added or replaced (never removed), so a check against
 * them stays true until the event is written.
 */
async function attendanceFacts(
  deps: AppDeps,
  event: MatchmakingEvent,
  orgIds: readonly string[],
): Promise<AttendanceFacts> {
  const [registrations, orgs] = await Promise.all([
    deps.store.events.registrations(event.id),
    Promise.all(orgIds.map((id) => deps.store.orgs.get(id))),
  ]);
  const orgTypes: Record<string, OrgType> = {};
  for (const org of orgs) if (org) orgTypes[org.id] = org.type;
  return {
    organiserOrgId: event.organiserOrgId,
    registeredOrgIds: registrations.map((r) => r.orgId),
    orgTypes,
  };
}

/**
 * Writes attendance or minutes to an event that took place; when the held rule (`heldRefusals`: its date has
 * come, attendance from its registrations with an enterprise other than the organiser, minutes) has nothing
 * left to say it becomes held and counts once toward the organiser's yearly events, with its evidence. A
 * held event's record is frozen: it is the evidence.
 */
async function record(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  change: Pick<MatchmakingEvent, 'attendance'> | Pick<MatchmakingEvent, 'minutes'>,
  what: string,
): Promise<MatchmakingEvent> {
  const now = deps.now();
  const today = chinaToday(now);
  assertEventTookPlace(event, today);
  assertEventPlanned(event);
  const at = now.toISOString();
  const updated: MatchmakingEvent = { ...event, ...change, updatedAt: at, version: event.version + 1 };
  const facts = await attendanceFacts(deps, updated, updated.attendance?.orgIds ?? []);
  const held = heldRefusals({ ...facts, event: updated, today }).length === 0;
  const next: MatchmakingEvent = held ? { ...updated, status: 'held', heldAt: at } : updated;
  const entry = audit(
    deps,
    principal,
    at,
    `event.${what}`,
    `对接活动「${event.title}」记录${what === 'attendance' ? '到场情况' : '纪要'}`,
  );
  if (!held) return deps.store.events.record(event, next, entry);
  const attending = next.attendance?.orgIds.length ?? 0;
  const enterprises = (next.attendance?.orgIds ?? []).filter(
    (id) => facts.orgTypes[id] === 'enterprise' && id !== event.organiserOrgId,
  ).length;
  const evidence: EvidenceInput = {
    orgId: event.organiserOrgId,
    kind: 'event_held',
    subjectId: event.id,
    actorId: principal.userId,
    summary: `举办对接活动「${event.title}」（${event.date}，${event.industryChain}），${facts.registeredOrgIds.length} 家企业报名、到场 ${attending} 家${
      next.attendance?.headcount ? `、${next.attendance.headcount} 人` : ''
    }，纪要已存档`,
    data: {
      eventTitle: event.title,
      subjectTitle: event.title,
      date: event.date,
      industryChain: event.industryChain,
      attendingOrgs: attending,
      attendingEnterprises: enterprises,
      registeredEnterprises: facts.registeredOrgIds.length,
      ...(next.attendance?.headcount ? { headcount: next.attendance.headcount } : {}),
      invitedEnterprises: event.invitedOrgIds.length,
      invitedListings: event.invitedListings.length,
      ...(event.place ? { place: event.place } : {}),
    },
    at,
  };
  return deps.store.events.record(event, next, entry, evidence);
}

/**
 * Records who attended: a selection among the event's registrations, with at least one enterprise other
 * than the organiser. A list with no such enterprise answers 422 `no_enterprise_attended`; otherwise an
 * organisation that did not register (or is not on the platform) answers 422 `not_registered`; the details
 * name every offending field (`orgIds.<i>`, `orgIds`).
 */
export async function recordAttendance(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: AttendanceInput,
): Promise<MatchmakingEvent> {
  assertEventTookPlace(event, chinaToday(deps.now()));
  assertEventPlanned(event);
  const facts = await attendanceFacts(deps, event, input.orgIds);
  const refusals = attendanceRefusals(input.orgIds, facts);
  // With no enterprise present, that is the rule to name; otherwise the first stranger in the list.
  const first = refusals.find((r) => r.code === 'no_enterprise_attended') ?? refusals[0];
  if (first)
    throw new DomainError(
      first.code,
      refusals.map((r) => r.message).join('；'),
      422,
      refusals.map(({ path, message }) => ({ path, message })),
    );
  return record(
    deps,
    principal,
    event,
    {
      attendance: {
        orgIds: input.orgIds,
        ...(input.headcount ? { headcount: input.headcount } : {}),
        recordedAt: deps.now().toISOString(),
        recordedBy: principal.userId,
      },
    },
    'attendance',
  );
}

/** Records the minutes (at least 20 characters). */
export const writeMinutes = (
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: MinutesInput,
) =>
  record(
    deps,
    principal,
    event,
    { minutes: { text: input.text, writtenAt: deps.now().toISOString(), writtenBy: principal.userId } },
    'minutes',
  );

/**
 * Changes a planned event's details (title, chain, date, place, link, description) under the caller's
 * `version`; its date may not move once attendance or minutes are recorded. Invitees see the new date.
 */
export async function editEvent(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: EventEditInput,
): Promise<MatchmakingEvent> {
  const { version, ...details } = input;
  if (version !== event.version)
    throw new DomainError(
      'stale_version',
      `该活动已被他人更新（当前版本 ${event.version}），请刷新后重试 / the event changed meanwhile (version ${event.version})`,
      409,
    );
  assertEventPlanned(event);
  const now = deps.now();
  if (details.date !== event.date) {
    assertRecentDate(details.date, now);
    if (event.attendance || event.minutes)
      throw new DomainError(
        'event_records_exist',
        '已记录到场情况或纪要，不能再改期 / attendance or minutes are recorded: the date cannot move',
        409,
      );
  }
  const at = now.toISOString();
  const { place: _place, onlineUrl: _url, description: _description, ...kept } = event;
  const next: MatchmakingEvent = { ...kept, ...details, updatedAt: at, version: event.version + 1 };
  return deps.store.events.reschedule(
    event,
    next,
    audit(
      deps,
      principal,
      at,
      'event.edited',
      details.date === event.date
        ? `修改对接活动「${next.title}」`
        : `对接活动「${next.title}」改期：${event.date} → ${next.date}`,
    ),
  );
}

/** Cancels a planned event with a reason (a held event stays held). */
export async function cancelEvent(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  reason: string,
): Promise<MatchmakingEvent> {
  assertEventPlanned(event);
  const at = deps.now().toISOString();
  return deps.store.events.update(
    event,
    {
      ...event,
      status: 'cancelled',
      cancelledAt: at,
      cancelReason: reason,
      updatedAt: at,
      version: event.version + 1,
    },
    audit(deps, principal, at, 'event.cancelled', `取消对接活动「${event.title}」：${reason}`),
  );
}
