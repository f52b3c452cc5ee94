import { type Authorisation, DomainError, isLive, type Need, type Principal } from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';

/**
 * The authorisation that lets the caller's agency or park act for the enterprise `ownerOrgId` today, if it
 * holds one. Read from the enterprise's partition with a consistent read: a revocation takes effect at once.
 */
export async function liveAuthorisationFor(
  deps: AppDeps,
  principal: Principal | undefined,
  ownerOrgId: string,
): Promise<Authorisation | undefined> {
  const m = principal?.membership;
  if (!m || m.orgId === ownerOrgId || (m.orgType !== 'agency' && m.orgType !== 'park')) return undefined;
  const today = chinaToday(deps.now());
  const granted = await deps.store.authorisations.listByEnterprise(ownerOrgId);
  return granted.find((auth) => auth.agentOrgId === m.orgId && isLive(auth, today));
}

/** A need and the authorisation (if any) through which the caller reaches it; 404 when there is no such need. */
export async function loadNeedFor(
  deps: AppDeps,
  principal: Principal | undefined,
  id: string,
): Promise<{ need: Need; auth: Authorisation | undefined }> {
  const need = await deps.store.needs.get(id);
  if (!need) throw new DomainError('not_found', '未找到该需求 / need not found', 404);
  return { need, auth: await liveAuthorisationFor(deps, principal, need.ownerOrgId) };
}
