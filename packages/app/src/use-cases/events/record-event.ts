import {
  type AttendanceFacts,
  afterRecord,
  assertEventPlanned,
  assertEventTookPlace,
  EVENT_KIND_LABELS,
  heldEvidence,
  type MatchmakingEvent,
  type OrgType,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { chinaToday } from '../china-today.ts';
import { audit } from './load-event.ts';

/**
 * What the held rule needs to know beyond the event: its kind, its registrations and the type and name of
 * each organisation named in `orgIds`. Registrations are only ever added or replaced (never removed), so a check against
 * them stays true until the event is written.
 */
export async function attendanceFacts(
  deps: AppDeps,
  event: MatchmakingEvent,
  orgIds: readonly string[],
): Promise<AttendanceFacts> {
  const [registrations, orgs] = await Promise.all([
    deps.store.events.registrations(event.id),
    Promise.all(orgIds.map((id) => deps.store.orgs.get(id))),
  ]);
  const orgTypes: Record<string, OrgType> = {};
  const orgNames: Record<string, string> = {};
  for (const org of orgs)
    if (org) {
      orgTypes[org.id] = org.type;
      orgNames[org.id] = org.name;
    }
  return {
    eventKind: event.kind,
    organiserOrgId: event.organiserOrgId,
    registeredOrgIds: registrations.map((r) => r.orgId),
    orgTypes,
    orgNames,
  };
}

/**
 * Writes attendance or minutes to an event that took place; when the held rule (`heldRefusals`: its date has
 * come, attendance from its registrations with an organisation other than the organiser — an enterprise for
 * matchmaking —, minutes) has nothing
 * left to say it becomes held and counts once toward the organiser's yearly events, with its evidence. A
 * held event's record is frozen: it is the evidence.
 */
export async function record(
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
  const { event: next, held } = afterRecord(updated, facts, today, at);
  const entry = audit(
    deps,
    principal,
    at,
    `event.${what}`,
    `${EVENT_KIND_LABELS[event.kind]}「${event.title}」记录${what === 'attendance' ? '到场情况' : '纪要'}`,
  );
  if (!held) return deps.store.events.record(event, next, entry);
  return deps.store.events.record(event, next, entry, heldEvidence(event, next, facts, principal.userId, at));
}
