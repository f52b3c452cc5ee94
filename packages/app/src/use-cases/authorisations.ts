import {
  type Authorisation,
  type AuthorisationInput,
  brokerAuthorisation,
  DomainError,
  grantAuthorisation,
  isLive,
  type Principal,
  type Proposal,
  revoke,
} from '@openlicense/domain';
import type { AuditEntry } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';
import { orgNames } from './need-view.ts';

/** An authorisation with both parties named and whether it lets the agent act today. */
export type AuthorisationView = Authorisation & { enterpriseName: string; agentName: string; live: boolean };

async function views(deps: AppDeps, auths: Authorisation[]): Promise<AuthorisationView[]> {
  const today = chinaToday(deps.now());
  const names = await orgNames(
    deps,
    auths.flatMap((auth) => [auth.enterpriseOrgId, auth.agentOrgId]),
  );
  return auths.map((auth) => ({
    ...auth,
    enterpriseName: names.get(auth.enterpriseOrgId) ?? auth.enterpriseOrgId,
    agentName: names.get(auth.agentOrgId) ?? auth.agentOrgId,
    live: isLive(auth, today),
  }));
}

/** The same event on the enterprise's trail and the agent's: both need it as evidence. */
async function evidence(
  deps: AppDeps,
  principal: Principal,
  auth: Authorisation,
  action: 'authorisation.granted' | 'authorisation.revoked',
  at: string,
): Promise<AuditEntry[]> {
  const names = await orgNames(deps, [auth.enterpriseOrgId, auth.agentOrgId]);
  const [enterprise, agent] = [names.get(auth.enterpriseOrgId), names.get(auth.agentOrgId)];
  const verb = action === 'authorisation.granted' ? '委托' : '撤销对';
  const tail = action === 'authorisation.granted' ? '代为征集和管理技术需求' : '的委托授权';
  const period = `（${auth.validFrom} 至 ${auth.validUntil}，授权 ${auth.id}）`;
  const entry = (orgId: string, summary: string): AuditEntry => ({
    id: deps.newId(),
    orgId,
    at,
    actorId: principal.userId,
    action,
    summary,
  });
  return [
    entry(auth.enterpriseOrgId, `${principal.name} ${verb}“${agent}”${tail}${period}`),
    entry(auth.agentOrgId, `“${enterprise}”（${principal.name}）${verb}本机构${tail}${period}`),
  ];
}

/**
 * What an organisation's authorisations screen lists, newest first: an enterprise those it granted, an
 * agency or park those it holds, anyone else none.
 */
export async function listAuthorisations(deps: AppDeps, principal: Principal, orgId: string | undefined) {
  const own = principal.membership;
  const org =
    orgId === undefined || orgId === own?.orgId
      ? own && { id: own.orgId, type: own.orgType }
      : await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
  const auths =
    org.type === 'enterprise'
      ? await deps.store.authorisations.listByEnterprise(org.id)
      : org.type === 'agency' || org.type === 'park'
        ? await deps.store.authorisations.listByAgent(org.id)
        : [];
  const newestFirst = auths.sort((a, b) => b.grantedAt.localeCompare(a.grantedAt));
  return { items: await views(deps, newestFirst) };
}

/** The enterprise admin authorises an approved agency or park (委托授权), with evidence on both trails. */
export async function grant(
  deps: AppDeps,
  principal: Principal,
  input: AuthorisationInput,
): Promise<AuthorisationView> {
  const agent = await deps.store.orgs.get(input.agentOrgId);
  if (!agent)
    throw new DomainError('invalid_agent', '未找到该服务机构或园区 / no such agency or park', 422, [
      { path: 'agentOrgId', message: '未找到该服务机构或园区 / no such agency or park' },
    ]);
  const at = deps.now();
  const auth = grantAuthorisation(input, {
    id: deps.newId(),
    enterpriseOrgId: principal.membership?.orgId ?? '',
    grantedBy: principal.userId,
    at: at.toISOString(),
    today: chinaToday(at),
    agent,
  });
  await deps.store.authorisations.grant(
    auth,
    await evidence(deps, principal, auth, 'authorisation.granted', auth.grantedAt),
  );
  const [view] = await views(deps, [auth]);
  return view as AuthorisationView;
}

/**
 * Takes the agent's waiting proposals for the enterprise out of its queue once it no longer serves the
 * enterprise (no other live authorisation from it): they can no longer be approved, and the queue shows only
 * what it may push. Pushed and rejected ones stay as the record.
 */
async function withdrawWaitingProposals(deps: AppDeps, auth: Authorisation): Promise<number> {
  const standing = brokerAuthorisation(
    await deps.store.authorisations.listByEnterprise(auth.enterpriseOrgId),
    { enterpriseOrgId: auth.enterpriseOrgId, agentOrgId: auth.agentOrgId },
    chinaToday(deps.now()),
  );
  if (standing.kind === 'live') return 0;
  const waiting: Proposal[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.proposals.listForBroker(auth.agentOrgId, 'proposed', {
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    waiting.push(...page.items.filter((p) => p.enterpriseOrgId === auth.enterpriseOrgId));
    cursor = page.nextCursor;
  } while (cursor);
  for (const proposal of waiting)
    await deps.store.proposals.withdraw(proposal.brokerOrgId, proposal.needId, proposal.listingId);
  return waiting.length;
}

/**
 * Ends one of the caller's enterprise's authorisations now; another enterprise's is not found. The agent's
 * waiting proposals for the enterprise leave its queue; a push approval or delivery racing the revocation
 * checks the authorisation inside its own transaction, so it either came first or is refused.
 */
export async function revokeAuthorisation(
  deps: AppDeps,
  principal: Principal,
  id: string,
): Promise<AuthorisationView> {
  const current = await deps.store.authorisations.get(principal.membership?.orgId ?? '', id);
  if (!current) throw new DomainError('not_found', '未找到该授权 / authorisation not found', 404);
  const at = deps.now().toISOString();
  const next = revoke(current, principal.userId, at);
  await deps.store.authorisations.update(
    next,
    current.version,
    await evidence(deps, principal, next, 'authorisation.revoked', at),
  );
  await withdrawWaitingProposals(deps, next);
  const [view] = await views(deps, [next]);
  return view as AuthorisationView;
}
