import {
  DomainError,
  type QuotaKey,
  type QuotaTarget,
  quotaTarget,
  quotaTargetsFor,
} from '@openlicense/domain';
import type { ApiDeps } from '../deps.ts';

/** How far an organisation got on each target in a year. Issue 6 adds the events and deals targets here. */
const ACTUALS: Record<QuotaKey, (deps: ApiDeps, orgId: string, year: number) => Promise<number>> = {
  precise_pushes: async (deps, orgId, year) => (await deps.store.quotas.get(orgId, String(year))).pushes,
};

export interface QuotaReport {
  orgId: string;
  year: number;
  targets: QuotaTarget[];
}

/** The yearly targets of `orgId` with `target`, `actual` and `met`. */
export async function quotaReport(deps: ApiDeps, orgId: string, year: number): Promise<QuotaReport> {
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
  const definitions = quotaTargetsFor(org.type);
  const actuals = await Promise.all(definitions.map((d) => ACTUALS[d.key](deps, orgId, year)));
  return { orgId, year, targets: definitions.map((d, i) => quotaTarget(d, actuals[i] ?? 0)) };
}
