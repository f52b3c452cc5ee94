import type { EventStatus, MatchmakingEvent } from '../api/events.ts';
import { MINUTES_MIN_LENGTH } from '../api/events.ts';
import type { Badge, BadgeTone } from './badge.ts';

const TONES: Readonly<Record<EventStatus, BadgeTone>> = { planned: 'info', held: 'ok', cancelled: 'muted' };

export function eventStatusBadge(status: EventStatus): Badge {
  return { label: `event.status.${status}`, tone: TONES[status] };
}

export type HeldStep = 'date' | 'attendance' | 'minutes';

/**
 * What a planned event still needs before it counts as held (the server's rule): its date to have come
 * (China time), attendance with at least one organisation, and minutes of at least 20 characters.
 */
export function heldMissing(
  event: Pick<MatchmakingEvent, 'status' | 'date' | 'attendance' | 'minutes'>,
  today: string,
): HeldStep[] {
  if (event.status !== 'planned') return [];
  return [
    ...(event.date > today ? (['date'] as const) : []),
    ...((event.attendance?.orgIds.length ?? 0) > 0 ? [] : (['attendance'] as const)),
    ...((event.minutes?.text.length ?? 0) >= MINUTES_MIN_LENGTH ? [] : (['minutes'] as const)),
  ];
}

/**
 * The organisations an organiser may mark present: the enterprises that registered (the server's rule —
 * attendance is a selection among the registrations, and at least one enterprise other than the organiser
 * must be present for the event to count as held), once each, the organiser left out.
 */
export function attendanceChoices(
  event: Pick<MatchmakingEvent, 'organiserOrgId'>,
  registered: readonly { orgId: string; orgName: string }[] = [],
): { orgId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const registration of registered)
    if (registration.orgId !== event.organiserOrgId && !seen.has(registration.orgId))
      seen.set(registration.orgId, registration.orgName);
  return [...seen].map(([orgId, name]) => ({ orgId, name }));
}
