import { compareOrgNames, type Org } from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';

export type AgentSummary = Pick<Org, 'id' | 'name' | 'type' | 'regionCode' | 'contact'>;

/**
 * Approved agencies and parks, by name, for an enterprise choosing whom to authorise. Reads the approved
 * organisations through the `orgsByStatus` index and keeps the agents: a few hundred organisations at most.
 */
export async function approvedAgents(
  deps: AppDeps,
  type: 'agency' | 'park' | undefined,
): Promise<AgentSummary[]> {
  const agents: AgentSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.orgs.listByStatus('approved', {
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    for (const org of page.items)
      if (type === undefined ? org.type === 'agency' || org.type === 'park' : org.type === type)
        agents.push({
          id: org.id,
          name: org.name,
          type: org.type,
          regionCode: org.regionCode,
          contact: org.contact,
        });
    cursor = page.nextCursor;
  } while (cursor);
  return agents.sort((a, b) => compareOrgNames(a.name, b.name));
}
