import {
  type Deal,
  type EventRegistration,
  heldMissing,
  type MatchmakingEvent,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { chinaToday } from '../china-today.ts';
import { isOffice, orgOf } from './load-event.ts';

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
