import type { EvidenceInput } from '../evidence/evidence.ts';
import { EVENT_KIND_LABELS, isBriefingKind, type MatchmakingEvent } from './event.ts';
import { type AttendanceFacts, heldRefusals } from './held-rule.ts';

/**
 * The event once attendance or minutes are written (`updated`): held, stamped `heldAt`, when the held rule
 * has nothing left to say on `today`; otherwise still planned.
 */
export function afterRecord(
  updated: MatchmakingEvent,
  facts: AttendanceFacts,
  today: string,
  at: string,
): { event: MatchmakingEvent; held: boolean } {
  const held = heldRefusals({ ...facts, event: updated, today }).length === 0;
  return { event: held ? { ...updated, status: 'held', heldAt: at } : updated, held };
}

/**
 * The entry on the organiser's trail once an event is held: `event_held` for a matchmaking event (it counts
 * once toward its `eventsHeld`), `training_held` for a 宣传培训 event (briefing, panel, training: it counts
 * toward `trainingsHeld`, never toward matchmaking). It says what was held, of which kind, when and on which
 * chain, for whom, how many enterprises registered and came, the materials, and that the minutes are kept.
 * `event` is the event as it was before, `held` as it is now.
 */
export function heldEvidence(
  event: MatchmakingEvent,
  held: MatchmakingEvent,
  facts: AttendanceFacts,
  actorId: string,
  at: string,
): EvidenceInput {
  const attending = held.attendance?.orgIds.length ?? 0;
  const enterprises = (held.attendance?.orgIds ?? []).filter(
    (id) => facts.orgTypes[id] === 'enterprise' && id !== event.organiserOrgId,
  ).length;
  const briefing = isBriefingKind(event.kind);
  const materials = event.materials ?? [];
  return {
    orgId: event.organiserOrgId,
    kind: briefing ? 'training_held' : 'event_held',
    subjectId: event.id,
    actorId,
    summary: `举办${EVENT_KIND_LABELS[event.kind]}「${event.title}」（${event.date}，${event.industryChain}），${facts.registeredOrgIds.length} 家企业报名、到场 ${attending} 家${
      held.attendance?.headcount ? `、${held.attendance.headcount} 人` : ''
    }，纪要已存档`,
    data: {
      eventKind: event.kind,
      ...(event.audience ? { audience: event.audience } : {}),
      ...(materials.length > 0
        ? {
            materials: materials.map((m) => `${m.name}（${m.ref}）`).join('；'),
            materialCount: materials.length,
          }
        : {}),
      eventTitle: event.title,
      subjectTitle: event.title,
      date: event.date,
      industryChain: event.industryChain,
      attendingOrgs: attending,
      attendingEnterprises: enterprises,
      registeredEnterprises: facts.registeredOrgIds.length,
      ...(held.attendance?.headcount ? { headcount: held.attendance.headcount } : {}),
      invitedEnterprises: event.invitedOrgIds.length,
      invitedListings: event.invitedListings.length,
      ...(event.place ? { place: event.place } : {}),
    },
    at,
  };
}
