import {
  type AttendanceInput,
  assertEventPlanned,
  assertEventTookPlace,
  attendanceRefusals,
  DomainError,
  type MatchmakingEvent,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { chinaToday } from '../china-today.ts';
import { attendanceFacts, record } from './record-event.ts';

/**
 * Records who attended: a selection among the event's registrations, with at least one organisation other
 * than the organiser (an enterprise for matchmaking). A list with no such organisation answers 422
 * `no_enterprise_attended` (matchmaking) or `no_organisation_attended` (宣传培训); otherwise an
 * organisation that did not register (or is not on the platform) answers 422 `not_registered`; the details
 * name every offending field (`orgIds.<i>`, `orgIds`).
 */
export async function recordAttendance(
  deps: AppDeps,
  principal: Principal,
  event: MatchmakingEvent,
  input: AttendanceInput,
): Promise<MatchmakingEvent> {
  assertEventTookPlace(event, chinaToday(deps.now()));
  assertEventPlanned(event);
  const facts = await attendanceFacts(deps, event, input.orgIds);
  const refusals = attendanceRefusals(input.orgIds, facts);
  // With nobody countable present, that is the rule to name; otherwise the first stranger in the list.
  const first =
    refusals.find((r) => r.code === 'no_enterprise_attended' || r.code === 'no_organisation_attended') ??
    refusals[0];
  if (first)
    throw new DomainError(
      first.code,
      refusals.map((r) => r.message).join('；'),
      422,
      refusals.map(({ path, message }) => ({ path, message })),
    );
  return record(
    deps,
    principal,
    event,
    {
      attendance: {
        orgIds: input.orgIds,
        ...(input.headcount ? { headcount: input.headcount } : {}),
        recordedAt: deps.now().toISOString(),
        recordedBy: principal.userId,
      },
    },
    'attendance',
  );
}
