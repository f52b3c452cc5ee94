import { DomainError } from '../errors.ts';
import { addDays } from '../patent/iso-date.ts';
import {
  ATTENDEE_TYPE_LABELS,
  type AttendeeType,
  assertEventPlanned,
  attendeeTypes,
  audienceTypesIssue,
  type EventEditInput,
  type MatchmakingEvent,
} from './event.ts';

/** An event may be recorded after the fact, but not long after: its evidence should be fresh. */
export const EVENT_BACKDATE_DAYS = 90;

/** Refuses (422 on `date`) a date more than 90 days before `today` (China time). */
export function assertRecentEventDate(date: string, today: string): void {
  const earliest = addDays(today, -EVENT_BACKDATE_DAYS);
  if (date < earliest) {
    const message = `活动日期不能早于 ${earliest}（最多补录 ${EVENT_BACKDATE_DAYS} 天前的活动）/ date must be on or after ${earliest}`;
    throw new DomainError('invalid_input', message, 422, [{ path: 'date', message }]);
  }
}

/**
 * Refuses (422 on `audienceTypes`) an audience a matchmaking event cannot have, or one that leaves out an
 * organisation already invited (its invitation and registration stand: the audience cannot disown them).
 */
function assertAudience(event: MatchmakingEvent, audienceTypes: readonly AttendeeType[] | undefined): void {
  const issue = audienceTypesIssue({ kind: event.kind, audienceTypes });
  const admitted = attendeeTypes({ kind: event.kind, audienceTypes });
  const excluded = event.invitedEnterprises.filter((e) => !admitted.includes(e.orgType ?? 'enterprise'));
  const message =
    issue?.message ??
    (excluded.length > 0
      ? `已邀请的${excluded.map((e) => `${ATTENDEE_TYPE_LABELS[(e.orgType ?? 'enterprise') as AttendeeType] ?? ''}「${e.name}」`).join('、')}不在所选面向对象中 / the audience must keep the kinds already invited`
      : undefined);
  if (message) throw new DomainError('invalid_input', message, 422, [{ path: 'audienceTypes', message }]);
}

/**
 * A planned event with its details changed under the caller's `version` (409 when stale): a new date must be
 * recent, and may not move once attendance or minutes are recorded; its audience must keep the kinds already
 * invited. Details not given (place, online link, description, audience) are cleared.
 */
export function editedEvent(
  event: MatchmakingEvent,
  input: EventEditInput,
  today: string,
  at: string,
): MatchmakingEvent {
  const { version, ...details } = input;
  if (version !== event.version)
    throw new DomainError(
      'stale_version',
      `该活动已被他人更新（当前版本 ${event.version}），请刷新后重试 / the event changed meanwhile (version ${event.version})`,
      409,
    );
  assertEventPlanned(event);
  assertAudience(event, details.audienceTypes);
  if (details.date !== event.date) {
    assertRecentEventDate(details.date, today);
    if (event.attendance || event.minutes)
      throw new DomainError(
        'event_records_exist',
        '已记录到场情况或纪要，不能再改期 / attendance or minutes are recorded: the date cannot move',
        409,
      );
  }
  const {
    place: _place,
    onlineUrl: _url,
    description: _description,
    audience: _audience,
    audienceTypes: _audienceTypes,
    materials: _materials,
    ...kept
  } = event;
  return { ...kept, ...details, updatedAt: at, version: event.version + 1 };
}

/** A planned event cancelled with its reason (a held event stays held: 409). */
export function cancelledEvent(event: MatchmakingEvent, reason: string, at: string): MatchmakingEvent {
  assertEventPlanned(event);
  return {
    ...event,
    status: 'cancelled',
    cancelledAt: at,
    cancelReason: reason,
    updatedAt: at,
    version: event.version + 1,
  };
}
