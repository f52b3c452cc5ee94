import type { Principal } from '@openlicense/domain';
import type { AuditEntry } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';

/** The caller's organisation ('' for a caller without one: never an organisation id, so it matches nothing). */
export const orgOf = (principal: Principal) => principal.membership?.orgId ?? '';

/** An audit entry on the caller's own organisation's trail, by the caller. */
export const auditEntry = (
  deps: Pick<AppDeps, 'newId'>,
  principal: Principal,
  at: string,
  action: string,
  summary: string,
): AuditEntry => ({
  id: deps.newId(),
  orgId: orgOf(principal),
  at,
  actorId: principal.userId,
  action,
  summary,
});
