import {
  assertEventPlanned,
  EVENT_KIND_LABELS,
  type EventRegistration,
  type EventRegistrationInput,
  type MatchmakingEvent,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { audit, orgOf } from './load-event.ts';

/**
 * An invited organisation registers (again: replaces) its own attendance for a planned event: the
 * registration is always the caller's organisation's (the route lets only members of an invited
 * organisation of a kind the event takes get here), never another's.
 */
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
      `报名参加${EVENT_KIND_LABELS[event.kind]}「${event.title}」（${input.attendees} 人）`,
    ),
  );
}
