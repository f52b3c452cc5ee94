import { chinaYear, type MatchmakingEvent, type Principal } from '@openlicense/domain';
import type { EventRole } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import { isOffice, orgOf } from './load-event.ts';

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
