import {
  cancelledEvent,
  EVENT_KIND_LABELS,
  type MatchmakingEvent,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { audit } from './load-event.ts';

/** Cancels a planned event with a reason (a held event stays held). */
export async function cancelEvent(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  reason: string,
): Promise<MatchmakingEvent> {
  const at = deps.now().toISOString();
  return deps.store.events.update(
    event,
    cancelledEvent(event, reason, at),
    audit(
      deps,
      principal,
      at,
      'event.cancelled',
      `取消${EVENT_KIND_LABELS[event.kind]}「${event.title}」：${reason}`,
    ),
  );
}
