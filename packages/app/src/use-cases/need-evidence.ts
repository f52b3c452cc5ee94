import type { Need, Principal } from '@openlicense/domain';
import type { AuditEntry } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';

/**
 * Evidence of an agency's or park's work on an enterprise's need (it counts towards the agent's yearly
 * targets): one entry on the agent's trail and one on the enterprise's, written with the change itself.
 * `what` completes "代…": e.g. `登记技术需求`.
 */
export async function agentWorkEvidence(
  deps: AppDeps,
  principal: Principal,
  need: Need,
  action: string,
  what: string,
  at: string,
): Promise<AuditEntry[]> {
  const agentOrgId = principal.membership?.orgId ?? '';
  const [agent, enterprise] = await Promise.all([
    deps.store.orgs.get(agentOrgId),
    deps.store.orgs.get(need.ownerOrgId),
  ]);
  const subject = `“${need.title}”（需求 ${need.id}）`;
  const entry = (orgId: string, summary: string): AuditEntry => ({
    id: deps.newId(),
    orgId,
    at,
    actorId: principal.userId,
    action,
    summary,
  });
  return [
    entry(agentOrgId, `${principal.name} 代${enterprise?.name ?? need.ownerOrgId}${what}${subject}`),
    entry(need.ownerOrgId, `${agent?.name ?? agentOrgId}（${principal.name}）代本企业${what}${subject}`),
  ];
}
