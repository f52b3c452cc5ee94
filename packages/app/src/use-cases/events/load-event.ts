import { DomainError, type MatchmakingEvent, type Principal } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';

export { auditEntry as audit, orgOf } from '../acting-principal.ts';
export const isOffice = (principal: Principal) =>
  principal.membership?.orgType === 'ip_office' && principal.membership.orgStatus === 'approved';

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
