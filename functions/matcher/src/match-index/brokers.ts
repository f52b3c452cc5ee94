import { type Authorisation, brokerAuthorisation, isLive } from '@openlicense/domain';

/**
 * The agencies and parks that serve an enterprise for one need: every organisation holding a live
 * authorisation from the enterprise on `today` (China date), and the one that collected the need unless its
 * authorisations from the enterprise were all revoked or have ended; each once.
 */
export function brokersOf(
  need: { enterpriseOrgId: string; collectedByOrgId?: string | undefined },
  authorisations: readonly Authorisation[],
  today: string,
): string[] {
  const brokers = new Set<string>();
  if (
    need.collectedByOrgId &&
    brokerAuthorisation(
      authorisations,
      { enterpriseOrgId: need.enterpriseOrgId, agentOrgId: need.collectedByOrgId },
      today,
    ).kind !== 'lapsed'
  )
    brokers.add(need.collectedByOrgId);
  for (const auth of authorisations)
    if (auth.enterpriseOrgId === need.enterpriseOrgId && isLive(auth, today)) brokers.add(auth.agentOrgId);
  return [...brokers];
}
