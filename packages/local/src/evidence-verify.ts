import { type ChainCheck, ORG_STATUSES } from '@openlicense/domain';
import type { Store } from '@openlicense/store';

/** One organisation's chain as recomputed. */
export interface ChainResult {
  orgId: string;
  name?: string;
  check: ChainCheck;
}

/** Every organisation in the table, whatever its status. */
async function allOrgs(store: Store): Promise<{ id: string; name: string }[]> {
  const orgs: { id: string; name: string }[] = [];
  for (const status of ORG_STATUSES) {
    let cursor: string | undefined;
    do {
      const page = await store.orgs.listByStatus(status, { limit: 100, ...(cursor ? { cursor } : {}) });
      orgs.push(...page.items.map((org) => ({ id: org.id, name: org.name })));
      cursor = page.nextCursor;
    } while (cursor);
  }
  return orgs;
}

/**
 * Recomputes the evidence chain of each of `orgIds` (every organisation when empty) and answers each
 * result, the broken ones first.
 */
export async function verifyEvidenceChains(
  store: Store,
  orgIds: readonly string[] = [],
): Promise<ChainResult[]> {
  const orgs =
    orgIds.length > 0
      ? await Promise.all(orgIds.map(async (id) => ({ id, name: (await store.orgs.get(id))?.name })))
      : await allOrgs(store);
  const results: ChainResult[] = [];
  for (const org of orgs)
    results.push({
      orgId: org.id,
      ...(org.name ? { name: org.name } : {}),
      check: await store.evidence.verify(org.id),
    });
  return results.sort((a, b) => Number(a.check.ok) - Number(b.check.ok));
}

/** The command's report: one line per organisation, then the verdict. */
export function formatChainResults(results: readonly ChainResult[]): string {
  const lines = results.map(({ orgId, name, check }) => {
    const who = name ? `${name} (${orgId})` : orgId;
    return check.ok
      ? `OK      ${who}: ${check.entries} 条证据，链完整 / ${check.entries} entries, chain intact`
      : `BROKEN  ${who}: 第 ${check.brokenAt} 条起断裂（${check.reason}）${check.message}`;
  });
  const broken = results.filter((r) => !r.check.ok).length;
  lines.push(
    broken === 0
      ? `全部 ${results.length} 个机构的证据链完整 / all ${results.length} chains intact`
      : `${broken} 个机构的证据链断裂 / ${broken} of ${results.length} chains broken`,
  );
  return lines.join('\n');
}
