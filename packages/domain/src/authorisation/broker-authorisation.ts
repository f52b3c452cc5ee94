import { type Authorisation, isLive } from './authorisation.ts';

/**
 * What lets a broker (agency or park) push to an enterprise, as the enterprise's authorisations
 * (委托授权) say on `today` (China date):
 * - `live`: it holds a live authorisation — the one every push write checks is still live, in the write;
 * - `lapsed`: it was authorised, but every authorisation it had was revoked or has ended: nothing is
 *   approved or delivered any more, even for needs it collected;
 * - `none`: it never was. Only a broker that collected the need may then push (a need is collected
 *   under an authorisation and authorisations are never deleted, so this is data from before they were
 *   recorded); any other broker may not.
 */
export type BrokerAuthorisation =
  | { kind: 'live'; authorisation: Authorisation }
  | { kind: 'lapsed'; authorisation: Authorisation }
  | { kind: 'none' };

/**
 * The broker's standing with the enterprise: a live authorisation (preferring `preferredId`, the one a push
 * was approved under, then the one running longest), else the latest one it had, else none.
 */
export function brokerAuthorisation(
  auths: readonly Authorisation[],
  parties: { enterpriseOrgId: string; agentOrgId: string },
  today: string,
  preferredId?: string,
): BrokerAuthorisation {
  const mine = auths.filter(
    (auth) => auth.enterpriseOrgId === parties.enterpriseOrgId && auth.agentOrgId === parties.agentOrgId,
  );
  const live = mine
    .filter((auth) => isLive(auth, today))
    .sort(
      (a, b) =>
        Number(b.id === preferredId) - Number(a.id === preferredId) ||
        b.validUntil.localeCompare(a.validUntil),
    );
  if (live[0]) return { kind: 'live', authorisation: live[0] };
  const latest = [...mine].sort((a, b) => b.grantedAt.localeCompare(a.grantedAt))[0];
  return latest ? { kind: 'lapsed', authorisation: latest } : { kind: 'none' };
}

/** The refusal's words when a broker's authorisation lapsed (revoked or ended). */
export function lapsedAuthorisationMessage(auth: Authorisation): string {
  return auth.status === 'revoked'
    ? `该企业已于 ${auth.revokedAt?.slice(0, 10) ?? ''} 撤销对本机构的委托授权，不能再向其推送 / the enterprise revoked this organisation's authorisation: nothing more is pushed to it`
    : `对该企业的委托授权已于 ${auth.validUntil} 到期或尚未生效，不能向其推送 / the authorisation from this enterprise is not in force (until ${auth.validUntil}): nothing is pushed to it`;
}
