import type { OrgType } from '../organisation/org-types.ts';
import { type EventKind, isBriefingKind, type MatchmakingEvent, MINUTES_MIN_LENGTH } from './event.ts';

/**
 * Why an event cannot (yet) count as held. Each names the rule and the field it is about, so the edge can
 * answer with it and the screen can say what to do.
 */
export type HeldRefusalCode =
  | 'event_closed'
  | 'event_not_yet_held'
  | 'attendance_missing'
  | 'not_registered'
  | 'no_enterprise_attended'
  | 'no_organisation_attended'
  | 'minutes_missing';

export interface HeldRefusal {
  code: HeldRefusalCode;
  /** The input field the refusal is about (`date`, `orgIds`, `orgIds.2`, `text`). */
  path: string;
  message: string;
}

/** Who may be recorded as attending, as the store knows them when attendance is recorded. */
export interface AttendanceFacts {
  /** Matchmaking needs an enterprise present; a 宣传培训 event any registered organisation of its audience. */
  eventKind: EventKind;
  organiserOrgId: string;
  /** Organisations registered for the event (only invited ones can register, each by its own members). */
  registeredOrgIds: readonly string[];
  /** The type of each organisation named in the attendance, when it exists. */
  orgTypes: Readonly<Record<string, OrgType>>;
  /** The name of each organisation named in the attendance, when it exists (for the evidence). */
  orgNames: Readonly<Record<string, string>>;
}

/** Everything the held rule looks at. `today` is the calendar date in China. */
export interface HeldFacts extends AttendanceFacts {
  event: Pick<MatchmakingEvent, 'status' | 'date' | 'attendance' | 'minutes'>;
  today: string;
}

/**
 * Attendance is a selection among the event's registrations: every organisation recorded present must have
 * registered, and at least one of them must be other than the organiser — for matchmaking an enterprise (an
 * event nobody from industry came to is not a matchmaking event a reviewer can credit); for a 宣传培训 event
 * any organisation (a policy briefing for universities is held when a university came). Registrations are
 * only taken from invited organisations of the kinds the event is for, each by its own members.
 *
 * @example attendanceRefusals(['U1'], { eventKind: 'matchmaking', organiserOrgId: 'AG', registeredOrgIds: ['E1'], orgTypes: {}, orgNames: {} })
 * // [{ code: 'not_registered', path: 'orgIds.0', … }, { code: 'no_enterprise_attended', path: 'orgIds', … }]
 */
export function attendanceRefusals(orgIds: readonly string[], facts: AttendanceFacts): HeldRefusal[] {
  const registered = new Set(facts.registeredOrgIds);
  const refusals: HeldRefusal[] = orgIds.flatMap((orgId, i) =>
    registered.has(orgId)
      ? []
      : [
          {
            code: 'not_registered' as const,
            path: `orgIds.${i}`,
            message: `机构 ${orgId} 未报名此活动：到场机构只能从报名企业中选择 / ${orgId} did not register: attendance is chosen among the registrations`,
          },
        ],
  );
  const briefing = isBriefingKind(facts.eventKind);
  const attended = orgIds.some(
    (orgId) =>
      registered.has(orgId) &&
      orgId !== facts.organiserOrgId &&
      facts.orgTypes[orgId] !== undefined &&
      (briefing || facts.orgTypes[orgId] === 'enterprise'),
  );
  if (!attended)
    refusals.push(
      briefing
        ? {
            code: 'no_organisation_attended',
            path: 'orgIds',
            message:
              '至少要有一家报名机构（主办方除外）到场，活动才能计为已举办 / at least one registered organisation other than the organiser must attend',
          }
        : {
            code: 'no_enterprise_attended',
            path: 'orgIds',
            message:
              '至少要有一家报名企业（主办方除外）到场，活动才能计为已举办 / at least one registered enterprise other than the organiser must attend',
          },
    );
  return refusals;
}

/**
 * The rule for an event of any kind to count as held (toward the organiser's `eventsHeld`, or `trainingsHeld`
 * for a 宣传培训 event: the same rule, so a briefing nobody registered for counts no more than a matchmaking
 * event would): it is not cancelled;
 * its date has come (China time — an event has a date and no start time, so recording opens at 00:00 in
 * China on that date); its attendance is taken from its registrations with at least one organisation that
 * is not the organiser (an enterprise for matchmaking); and its minutes are written. An empty list means held.
 */
export function heldRefusals(facts: HeldFacts): HeldRefusal[] {
  const { event, today } = facts;
  if (event.status === 'cancelled')
    return [{ code: 'event_closed', path: 'status', message: '活动已取消 / the event was cancelled' }];
  const refusals: HeldRefusal[] = [];
  if (event.date > today)
    refusals.push({
      code: 'event_not_yet_held',
      path: 'date',
      message: `活动定于 ${event.date} 举行，届时再记录 / the event is on ${event.date}`,
    });
  if (!event.attendance || event.attendance.orgIds.length === 0)
    refusals.push({
      code: 'attendance_missing',
      path: 'orgIds',
      message: '尚未记录到场情况 / attendance is not recorded',
    });
  else refusals.push(...attendanceRefusals(event.attendance.orgIds, facts));
  if ((event.minutes?.text.trim().length ?? 0) < MINUTES_MIN_LENGTH)
    refusals.push({
      code: 'minutes_missing',
      path: 'text',
      message: `尚未写活动纪要（至少 ${MINUTES_MIN_LENGTH} 字）/ minutes of at least ${MINUTES_MIN_LENGTH} characters are missing`,
    });
  return refusals;
}

/** Whether the event counts as held: {@link heldRefusals} has nothing to say. */
export const isEventHeld = (facts: HeldFacts): boolean => heldRefusals(facts).length === 0;
