import type {
  AttendanceInput,
  EventInput,
  InvitationInput,
  MatchmakingEvent,
  Registration,
  RegistrationInput,
} from '@openlicense/contract/events';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  isBriefingKind,
  MINUTES_MIN_LENGTH,
} from '@openlicense/domain/event/event';
import type { Requester } from './client.ts';
import type { Deal } from './deals.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

/** Wire types of matchmaking events (对接活动): invitations, registrations, attendance, minutes. The enumerations, and which kinds are 宣传培训 (no listings invited), are the domain's own (`@openlicense/domain`). */
export { EVENT_KINDS, EVENT_STATUSES, isBriefingKind, MINUTES_MIN_LENGTH };
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];

export type {
  AttendanceInput,
  EventInput,
  InvitationInput,
  InvitedListing,
  MatchmakingEvent,
  Registration,
  RegistrationInput,
} from '@openlicense/contract/events';

/** Web-only: one event with what hangs off it, normalised by `detailOf`; actions that answer with the bare event leave the lists empty. */
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
    invite: (eventId: string, invitation: InvitationInput) =>
      post(`${path(eventId)}/invitations`, invitation),
    register: (eventId: string, registration: RegistrationInput) =>
      request<Registration>(`${path(eventId)}/registrations`, {
        method: 'POST',
        body: registration,
        idempotencyKey: newIdempotencyKey(),
      }),
    attendance: (eventId: string, attendance: AttendanceInput) =>
      post(`${path(eventId)}/attendance`, attendance),
    minutes: (eventId: string, text: string) => post(`${path(eventId)}/minutes`, { text }),
  };
}

export type EventsApi = ReturnType<typeof eventsApi>;
