import type { DirectoryOrg, DirectoryOrgQuery } from '@openlicense/contract/directory';
import type { AppDeps } from '../../deps.ts';
import { byChineseName, matchesLookup } from './lookup-text.ts';

/**
 * Approved organisations of the asked types whose name holds `q`, in 拼音 order, at most `limit`: what a
 * picker of enterprises, universities or brokers offers. Names and ids only. Reads the approved organisations
 * through the `orgsByStatus` index (as the agents' list does): thousands at most, never a Scan.
 */
export async function lookupOrgs(
  deps: Pick<AppDeps, 'store'>,
  query: DirectoryOrgQuery,
): Promise<DirectoryOrg[]> {
  const types = new Set<string>(query.type);
  const found: DirectoryOrg[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.orgs.listByStatus('approved', {
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    for (const org of page.items)
      if (types.has(org.type) && matchesLookup(query.q, { names: [org.name] }))
        found.push({ id: org.id, name: org.name, type: org.type as DirectoryOrg['type'] });
    cursor = page.nextCursor;
  } while (cursor);
  return found.sort(byChineseName).slice(0, query.limit);
}
