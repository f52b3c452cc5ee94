import {
  EVENT_KIND_LABELS,
  type EventEditInput,
  editedEvent,
  type MatchmakingEvent,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { chinaToday } from '../china-today.ts';
import { audit } from './load-event.ts';

/**
 * Changes a planned event's details (title, chain, date, place, link, description) under the caller's
 * `version`; its date may not move once attendance or minutes are recorded. Invitees see the new date.
 */
export async function editEvent(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: EventEditInput,
): Promise<MatchmakingEvent> {
  const now = deps.now();
  const at = now.toISOString();
  const next = editedEvent(event, input, chinaToday(now), at);
  return deps.store.events.reschedule(
    event,
    next,
    audit(
      deps,
      principal,
      at,
      'event.edited',
      next.date === event.date
        ? `修改${EVENT_KIND_LABELS[next.kind]}「${next.title}」`
        : `${EVENT_KIND_LABELS[next.kind]}「${next.title}」改期：${event.date} → ${next.date}`,
    ),
  );
}
