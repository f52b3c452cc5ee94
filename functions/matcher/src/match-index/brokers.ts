import { type Authorisation, isLive } from '@openlicense/domain';

/**
 * The agencies and parks that serve an enterprise for one need: the one that collected the need, and every
 * organisation holding a live authorisation from the enterprise on `today` (China date), each once.
 */
export function brokersOf(
  need: { enterpriseOrgId: string; collectedByOrgId?: string | undefined },
  authorisations: readonly Authorisation[],
  today: string,
): string[] {
  const brokers = new Set<string>();
  if (need.collectedByOrgId) brokers.add(need.collectedByOrgId);
  for (const auth of authorisations)
    if (auth.enterpriseOrgId === need.enterpriseOrgId && isLive(auth, today)) brokers.add(auth.agentOrgId);
  return [...brokers];
}
