import { EVENT_STATUSES, MINUTES_MIN_LENGTH } from '@openlicense/domain/event/event';
import type { Requester } from './client.ts';
import type { Deal } from './deals.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Contact, OrgType, Page } from './types.ts';

/** Wire types of matchmaking events (对接活动): invitations, registrations, attendance, minutes. The enumerations are the domain's own (`@openlicense/domain`). */
export { EVENT_STATUSES, MINUTES_MIN_LENGTH };
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface EventInput {
  title: string;
  industryChain: string;
  date: string;
  place?: string;
  onlineUrl?: string;
  description?: string;
}

export interface InvitedListing {
  listingId: string;
  title: string;
  holderOrgIds: string[];
  holderName: string;
}

export interface MatchmakingEvent extends EventInput {
  /** Why the caller sees it (lists only): organiser, invited, or holder of an invited listing. */
  roles?: ('organiser' | 'invited' | 'listing')[];
  id: string;
  organiserOrgId: string;
  organiserName: string;
  organiserType: OrgType;
  status: EventStatus;
  invitedListings: InvitedListing[];
  invitedEnterprises: { orgId: string; name: string }[];
  invitedOrgIds: string[];
  attendance?: { orgIds: string[]; headcount?: number; recordedAt: string; recordedBy: string };
  minutes?: { text: string; writtenAt: string; writtenBy: string };
  heldAt?: string;
  cancelledAt?: string;
  cancelReason?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Registration {
  eventId: string;
  orgId: string;
  orgName: string;
  contact: Contact;
  attendees: number;
  note?: string;
  registeredAt: string;
}

/** One event with what hangs off it; actions that answer with the bare event leave the lists empty. */
export interface EventDetail {
  event: MatchmakingEvent;
  registrations: Registration[];
  deals: Deal[];
  /** What is still missing before the event counts as held. */
  heldMissing?: string[];
}

/** The event view (`GET /api/events/{id}`: the event with its registrations, deals and what is missing) or a bare event. */
export function detailOf(answer: unknown): EventDetail {
  const {
    registrations,
    deals,
    missing,
    roles: _roles,
    ...event
  } = answer as MatchmakingEvent & {
    registrations?: Registration[];
    deals?: Deal[];
    missing?: string[];
    roles?: string[];
  };
  return {
    event,
    registrations: registrations ?? [],
    deals: deals ?? [],
    ...(missing ? { heldMissing: missing } : {}),
  };
}

const id = encodeURIComponent;
const path = (eventId: string) => `/api/events/${id(eventId)}`;

export function eventsApi(request: Requester) {
  const post = async (url: string, body: unknown) =>
    detailOf(await request<unknown>(url, { method: 'POST', body, idempotencyKey: newIdempotencyKey() }));
  return {
    list: async (year: number, cursor?: string) => {
      const query = new URLSearchParams({ year: String(year) });
      if (cursor) query.set('cursor', cursor);
      const answer = await request<(Page<MatchmakingEvent> & { cursor?: string }) | MatchmakingEvent[]>(
        `/api/events?${query}`,
      );
      if (Array.isArray(answer)) return { items: answer } as Page<MatchmakingEvent>;
      const next = answer.nextCursor ?? answer.cursor;
      return next ? { items: answer.items, nextCursor: next } : { items: answer.items };
    },
    get: async (eventId: string) => detailOf(await request<unknown>(path(eventId))),
    create: (input: EventInput) => post('/api/events', input),
    edit: async (eventId: string, input: EventInput, version: number) =>
      detailOf(await request<unknown>(path(eventId), { method: 'PUT', body: { ...input, version } })),
    cancel: (eventId: string, reason: string) => post(`${path(eventId)}/cancel`, { reason }),
    invite: (eventId: string, invitation: { listingIds: string[]; enterpriseOrgIds: string[] }) =>
      post(`${path(eventId)}/invitations`, invitation),
    register: (eventId: string, registration: { contact: Contact; attendees: number; note?: string }) =>
      request<Registration>(`${path(eventId)}/registrations`, {
        method: 'POST',
        body: registration,
        idempotencyKey: newIdempotencyKey(),
      }),
    attendance: (eventId: string, attendance: { orgIds: string[]; headcount?: number }) =>
      post(`${path(eventId)}/attendance`, attendance),
    minutes: (eventId: string, text: string) => post(`${path(eventId)}/minutes`, { text }),
  };
}

export type EventsApi = ReturnType<typeof eventsApi>;
