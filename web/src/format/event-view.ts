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

/** The organisations an organiser may mark present: invited enterprises and the holders of invited listings, once each. */
export function attendanceChoices(
  event: Pick<MatchmakingEvent, 'invitedEnterprises' | 'invitedListings'>,
  registered: readonly { orgId: string; orgName: string }[] = [],
): { orgId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const enterprise of event.invitedEnterprises) seen.set(enterprise.orgId, enterprise.name);
  for (const registration of registered)
    if (!seen.has(registration.orgId)) seen.set(registration.orgId, registration.orgName);
  for (const listing of event.invitedListings)
    for (const orgId of listing.holderOrgIds) if (!seen.has(orgId)) seen.set(orgId, listing.holderName);
  return [...seen].map(([orgId, name]) => ({ orgId, name }));
}
