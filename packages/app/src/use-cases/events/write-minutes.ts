import type { MatchmakingEvent, MinutesInput, Principal } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { record } from './record-event.ts';

/** Records the minutes (at least 20 characters). */
export const writeMinutes = (
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: MinutesInput,
) =>
  record(
    deps,
    principal,
    event,
    { minutes: { text: input.text, writtenAt: deps.now().toISOString(), writtenBy: principal.userId } },
    'minutes',
  );
