import type { DemandChain, DemandNeed, HiddenDemand, MarketDemand } from '@openlicense/contract';
import {
  budgetBand,
  canReadNeed,
  fieldMatch,
  isLiveNeed,
  type Need,
  type Principal,
  type ResearchFields,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { orgOf } from '../acting-principal.ts';
import { chinaToday } from '../china-today.ts';
import { type DemandCandidate, demandCandidates } from './demand-candidates.ts';

/** How many needs one page weighs (shown or counted): the best-matched first, then the newest in the fields. */
export const MARKET_DEMAND_LIMIT = 200;
const SUMMARY_CHARS = 160;
const PATENTS_SHOWN = 3;

const emptyHidden = (): HiddenDemand => ({
  count: 0,
  regions: {},
  dealTypes: {},
  budgetBands: {},
  matchedByPatents: 0,
});

/** The chain a need is listed under: the first of its chains the university declared, else its first. */
const chainOf = (need: Need, fields: ResearchFields) =>
  need.industryChains.find((chain) => fields.industryChains.includes(chain)) ?? need.industryChains[0] ?? '';

const bump = <K extends string>(tally: Partial<Record<K, number>>, key: K) => {
  tally[key] = (tally[key] ?? 0) + 1;
};

/** A need the university may not read, counted with its fields only: never its title, text or owner. */
function countHidden(hidden: HiddenDemand, need: Need, candidate: DemandCandidate) {
  hidden.count++;
  bump(hidden.regions, need.regionCode);
  for (const type of need.dealTypes) bump(hidden.dealTypes, type);
  bump(hidden.budgetBands, budgetBand(need.budget));
  if (candidate.patents.size > 0) hidden.matchedByPatents++;
}

/**
 * The university's 市场需求: live needs (open, matched, in negotiation; deadline not past) that its patents
 * matched or that fall under its declared research fields, grouped by industry chain. A need it may read
 * (`canReadNeed`: public ones) shows what it asks and which of the university's patents matched it; any
 * other only adds to its chain's counts of regions, deal types and budget bands.
 */
export async function marketDemand(deps: AppDeps, principal: Principal): Promise<MarketDemand> {
  const orgId = orgOf(principal);
  const fields = await deps.store.researchFields.get(orgId);
  const { candidates, matchedPatents, listingsRead } = await demandCandidates(deps, orgId, fields);
  const page = candidates.slice(0, MARKET_DEMAND_LIMIT);
  const needs = await deps.store.needs.getMany(page.map((candidate) => candidate.needId));
  const today = chinaToday(deps.now());
  const chains = new Map<string, { needs: DemandNeed[]; hidden: HiddenDemand }>();
  const shown: { need: Need; candidate: DemandCandidate; item: DemandNeed }[] = [];

  for (const candidate of page) {
    const need = needs.get(candidate.needId);
    if (!need || !isLiveNeed(need, today)) continue;
    const match = candidate.viaFields ? fieldMatch(need, fields) : undefined;
    if (candidate.patents.size === 0 && !match) continue;
    const chain = chainOf(need, fields);
    const group = chains.get(chain) ?? { needs: [], hidden: emptyHidden() };
    chains.set(chain, group);
    if (!canReadNeed(principal, need, { liveAuthorisation: false }).allow) {
      countHidden(group.hidden, need, candidate);
      continue;
    }
    const item: DemandNeed = {
      id: need.id,
      title: need.title,
      summary: need.description.slice(0, SUMMARY_CHARS),
      status: need.status,
      industryChains: need.industryChains,
      regionCode: need.regionCode,
      dealTypes: need.dealTypes,
      budgetBand: budgetBand(need.budget),
      ...(need.deadline ? { deadline: need.deadline } : {}),
      matchedPatents: [],
      ...(match ? { fieldMatch: match } : {}),
    };
    group.needs.push(item);
    shown.push({ need, candidate, item });
  }

  const best = (candidate: DemandCandidate) =>
    [...candidate.patents].sort((a, b) => b[1] - a[1]).slice(0, PATENTS_SHOWN);
  const patents = await deps.store.patents.getMany(
    shown.flatMap(({ candidate }) => best(candidate).map(([n]) => n)),
  );
  for (const { candidate, item } of shown)
    item.matchedPatents = best(candidate).map(([number, score]) => ({
      number,
      title: patents.get(number)?.title ?? number,
      score,
    }));

  const grouped: DemandChain[] = [...chains].map(([chain, group]) => ({ chain, ...group }));
  const weight = (group: DemandChain) => group.needs.length + group.hidden.count;
  grouped.sort((a, b) => weight(b) - weight(a) || a.chain.localeCompare(b.chain, 'zh-CN'));
  return {
    fields,
    chains: grouped,
    sources: { matchedPatents, listingsRead },
    capped: candidates.length > MARKET_DEMAND_LIMIT,
    limit: MARKET_DEMAND_LIMIT,
  };
}
