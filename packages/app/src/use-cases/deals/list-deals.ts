import { chinaYear, type Deal, type DealStage, type Principal } from '@openlicense/domain';
import type { Page } from '@openlicense/store';
import { type LeadView, openLeadViews } from './lead-views.ts';
import { type DealDeps, orgOf } from './load-deal.ts';

export interface DealList extends Page<Deal> {
  /**
   * Push leads not yet taken into a deal nor licensed by their enterprise (the pipeline's first column), named,
   * on the first page only.
   */
  leads: LeadView[];
}

/**
 * The deals of the caller's organisation (as a party or broker), newest first, with its open push leads; the
 * IP office sees every deal created in `year`. `stage` keeps the deals in that stage (of each page).
 */
export async function listDeals(
  deps: DealDeps,
  principal: Principal,
  query: {
    stage?: DealStage | undefined;
    year?: number | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<DealList> {
  const office =
    principal.membership?.orgType === 'ip_office' && principal.membership.orgStatus === 'approved';
  const page = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
  const result = office
    ? await deps.store.deals.listByYear(String(query.year ?? chinaYear(deps.now())), page)
    : await deps.store.deals.listForOrg(orgOf(principal), page);
  const items = query.stage ? result.items.filter((d) => d.stage === query.stage) : result.items;
  const withLeads = !office && !query.cursor && (query.stage === undefined || query.stage === 'lead');
  const leads = withLeads
    ? await openLeadViews(deps, await deps.store.deals.openLeads(orgOf(principal)))
    : [];
  return { items, leads, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}) };
}
