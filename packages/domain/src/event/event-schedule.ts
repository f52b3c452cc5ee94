import { DomainError } from '../errors.ts';
import { addDays } from '../patent/iso-date.ts';
import { assertEventPlanned, type EventEditInput, type MatchmakingEvent } from './event.ts';

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
 * A planned event with its details changed under the caller's `version` (409 when stale): a new date must be
 * recent, and may not move once attendance or minutes are recorded. Details not given (place, online link,
 * description) are cleared.
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
