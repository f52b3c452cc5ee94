import {
  authorize,
  isLive,
  type Need,
  type NeedStatus,
  type NeedVisibility,
  type Principal,
} from '@openlicense/domain';
import type { NeedSource, Page } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';
import { type NeedListItem, needListItems } from './need-view.ts';

export interface NeedFilters {
  status?: NeedStatus | undefined;
  visibility?: NeedVisibility | undefined;
  industryChain?: string | undefined;
  enterpriseOrgId?: string | undefined;
  /** Part of the title. */
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

const matches = (need: Need, f: NeedFilters) =>
  (f.status === undefined || need.status === f.status) &&
  (f.visibility === undefined || need.visibility === f.visibility) &&
  (f.industryChain === undefined || need.industryChains.includes(f.industryChain)) &&
  (f.enterpriseOrgId === undefined || need.ownerOrgId === f.enterpriseOrgId) &&
  (f.q === undefined || need.title.toLowerCase().includes(f.q.toLowerCase()));

/**
 * An agency or park sees what it collected and the ledgers of the enterprises whose authorisation is live
 * today; every other caller one enterprise's ledger (its own, or the one the IP office names). Each need is
 * checked against the read rule too, so a collected need stays listed after a revocation only while its
 * visibility lets every agency see it.
 */
async function sourcesFor(deps: AppDeps, principal: Principal, enterpriseOrgId: string | undefined) {
  const m = principal.membership;
  if (m?.orgType !== 'agency' && m?.orgType !== 'park') {
    return { sources: [{ ownerOrgId: enterpriseOrgId ?? m?.orgId ?? '' }], live: new Set<string>() };
  }
  const today = chinaToday(deps.now());
  const held = await deps.store.authorisations.listByAgent(m.orgId);
  const live = new Set(held.filter((auth) => isLive(auth, today)).map((auth) => auth.enterpriseOrgId));
  const owners = enterpriseOrgId === undefined ? [...live] : [enterpriseOrgId].filter((id) => live.has(id));
  const sources: NeedSource[] = [
    { collectorOrgId: m.orgId },
    ...owners.map((ownerOrgId) => ({ ownerOrgId })),
  ];
  return { sources, live };
}

export async function listNeeds(
  deps: AppDeps,
  principal: Principal,
  filters: NeedFilters,
): Promise<Page<NeedListItem>> {
  const { sources, live } = await sourcesFor(deps, principal, filters.enterpriseOrgId);
  const readable = (need: Need) =>
    authorize(principal, 'need.read', { need, liveAuthorisation: live.has(need.ownerOrgId) }).allow;
  const page = await deps.store.needs.list(sources, {
    limit: filters.limit,
    ...(filters.cursor ? { cursor: filters.cursor } : {}),
    accept: (need) => matches(need, filters) && readable(need),
  });
  const items = await needListItems(deps, page.items);
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}
