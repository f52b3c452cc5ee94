import type { EvidenceInput } from '../evidence/evidence.ts';
import {
  ATTENDEE_TYPE_LABELS,
  type AttendeeType,
  EVENT_KIND_LABELS,
  isBriefingKind,
  type MatchmakingEvent,
} from './event.ts';
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
 * chain, for whom, how many organisations registered and which came (by name and kind), the materials, and
 * that the minutes are kept. `event` is the event as it was before, `held` as it is now.
 */
export function heldEvidence(
  event: MatchmakingEvent,
  held: MatchmakingEvent,
  facts: AttendanceFacts,
  actorId: string,
  at: string,
): EvidenceInput {
  const attendingIds = held.attendance?.orgIds ?? [];
  const attending = attendingIds.length;
  const enterprises = attendingIds.filter(
    (id) => facts.orgTypes[id] === 'enterprise' && id !== event.organiserOrgId,
  ).length;
  const briefing = isBriefingKind(event.kind);
  const materials = event.materials ?? [];
  const kindOf = (id: string) => ATTENDEE_TYPE_LABELS[facts.orgTypes[id] as AttendeeType] ?? '';
  /** 中南大学（高校院所）、… — who came, as a reviewer reads it. */
  const attendingNames = attendingIds
    .map((id) => `${facts.orgNames[id] ?? id}${kindOf(id) ? `（${kindOf(id)}）` : ''}`)
    .join('、');
  const byType = (['university', 'enterprise', 'agency', 'park'] as const).flatMap((type) => {
    const n = attendingIds.filter((id) => facts.orgTypes[id] === type && id !== event.organiserOrgId).length;
    return n > 0 ? [`${ATTENDEE_TYPE_LABELS[type]} ${n} 家`] : [];
  });
  return {
    orgId: event.organiserOrgId,
    kind: briefing ? 'training_held' : 'event_held',
    subjectId: event.id,
    actorId,
    summary: `举办${EVENT_KIND_LABELS[event.kind]}「${event.title}」（${event.date}，${event.industryChain}），${facts.registeredOrgIds.length} 家${briefing ? '机构' : '企业'}报名、到场 ${attending} 家${
      held.attendance?.headcount ? `、${held.attendance.headcount} 人` : ''
    }：${attendingNames}；纪要已存档`,
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
      attendingOrgNames: attendingNames,
      attendingEnterprises: enterprises,
      ...(briefing
        ? { attendingByType: byType.join('、'), registeredOrgs: facts.registeredOrgIds.length }
        : { registeredEnterprises: facts.registeredOrgIds.length }),
      ...(held.attendance?.headcount ? { headcount: held.attendance.headcount } : {}),
      invitedEnterprises: event.invitedOrgIds.length,
      invitedListings: event.invitedListings.length,
      ...(event.place ? { place: event.place } : {}),
    },
    at,
  };
}
