import {
  assertRecentEventDate,
  DomainError,
  EVENT_KIND_LABELS,
  type EventInput,
  type MatchmakingEvent,
  newEvent,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { chinaToday } from '../china-today.ts';
import { audit, orgOf } from './load-event.ts';

/** A new planned event of the caller's agency or park; its date may lie up to 90 days back (recorded late). */
export async function createEvent(
  deps: AppDeps,
  principal: Principal,
  input: EventInput,
): Promise<MatchmakingEvent> {
  const now = deps.now();
  assertRecentEventDate(input.date, chinaToday(now));
  const org = await deps.store.orgs.get(orgOf(principal));
  if (!org) throw new DomainError('not_found', '未找到本机构 / organisation not found', 404);
  const at = now.toISOString();
  const event = newEvent(
    input,
    { orgId: org.id, name: org.name, type: org.type },
    { id: deps.newId(), userId: principal.userId, at },
  );
  await deps.store.events.create(
    event,
    audit(
      deps,
      principal,
      at,
      'event.created',
      `创建${EVENT_KIND_LABELS[event.kind]}「${event.title}」（${event.date}）`,
    ),
  );
  return event;
}
