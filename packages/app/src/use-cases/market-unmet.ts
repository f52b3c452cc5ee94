import {
  canReadNeed,
  DomainError,
  isLive,
  jurisdictionPrefix,
  type MarketNeedRow,
  type Principal,
  prefectureCells,
  type UnmetCell,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';

export interface UnmetFilters {
  chain?: string | undefined;
  /** A six-digit region code: its prefix (`430400` → `4304`) narrows the map. */
  region?: string | undefined;
}

/** An unmet need the viewer may read in full. */
export interface UnmetNeedView {
  needId: string;
  title: string;
  industryChains: string[];
  regionCode: string;
  dealTypes: string[];
  budgetBand: string;
}

export interface UnmetDemandView {
  /** When the nightly projection was computed; absent before its first run. */
  computedAt?: string;
  /** The region prefix the viewer sees ('' = everywhere). */
  scope: string;
  cells: UnmetCell[];
  /** With a filter: the filtered needs the viewer may read (at most `NEEDS_SHOWN`)… */
  needs: UnmetNeedView[];
  /** …and how many it may not read, counted only. */
  hiddenCount: number;
  truncated: boolean;
}

export const NEEDS_SHOWN = 100;

/** Whose map: the IP office its jurisdiction, a park its own region, an agency everywhere. */
function scopeOf(principal: Principal): string {
  const m = principal.membership;
  if (m?.orgType === 'agency') return '';
  return jurisdictionPrefix(m?.regionCode ?? '');
}

/** The narrower of the viewer's scope and the asked region; 403 for a region outside the scope. */
function regionPrefix(scope: string, region: string | undefined): string {
  if (region === undefined) return scope;
  const asked = jurisdictionPrefix(region);
  if (asked.startsWith(scope)) return asked;
  if (scope.startsWith(asked)) return scope;
  const message = `该地区不在本机构可查看的范围内（${scope}）/ region ${region} is outside what you may see`;
  throw new DomainError('out_of_jurisdiction', message, 403, [{ path: 'region', message }]);
}

/** The owners whose needs the caller's agency or park reaches through a live authorisation today. */
async function authorisedOwners(deps: AppDeps, principal: Principal): Promise<Set<string>> {
  const m = principal.membership;
  if (m?.orgType !== 'agency' && m?.orgType !== 'park') return new Set();
  const today = chinaToday(deps.now());
  const held = await deps.store.authorisations.listByAgent(m.orgId);
  return new Set(held.filter((auth) => isLive(auth, today)).map((auth) => auth.enterpriseOrgId));
}

/**
 * The unmet-demand map (未满足需求): live needs no listing or bundle matches above the relevance floor,
 * counted by industry chain × prefecture with the deal types and budget bands asked, over the viewer's
 * scope. With a chain or region filter it also lists the needs: titles only of those the viewer may read
 * (need-access rules: `agencies` needs for agencies and parks, `private` ones only with the owner's live
 * authorisation), the rest as a count.
 */
export async function unmetDemand(
  deps: AppDeps,
  principal: Principal,
  filters: UnmetFilters,
): Promise<UnmetDemandView> {
  const scope = scopeOf(principal);
  if (principal.membership?.orgType !== 'agency' && scope === '')
    throw new DomainError('forbidden', '本机构未登记行政区划 / your organisation has no region code', 403);
  const prefix = regionPrefix(scope, filters.region);
  const { cells, computedAt } = await deps.store.marketNeeds.cells(prefix);
  const view: UnmetDemandView = {
    ...(computedAt ? { computedAt } : {}),
    scope,
    cells: prefectureCells(
      cells.filter(
        (cell) =>
          cell.region.startsWith(prefix) && (filters.chain === undefined || cell.chain === filters.chain),
      ),
    ),
    needs: [],
    hiddenCount: 0,
    truncated: false,
  };
  if (filters.chain === undefined && filters.region === undefined) return view;
  // Only a filtered map reads the rows: those of the asked region (and chain).
  const { rows } = await deps.store.marketNeeds.list(prefix);
  const unmet = rows.filter(
    (row) =>
      row.unmet &&
      row.regionCode.startsWith(prefix) &&
      (filters.chain === undefined || row.industryChains.includes(filters.chain)),
  );
  const live = await authorisedOwners(deps, principal);
  const readable = (row: MarketNeedRow) =>
    canReadNeed(principal, row, { liveAuthorisation: live.has(row.ownerOrgId) }).allow;
  for (const row of unmet) {
    if (!readable(row)) {
      view.hiddenCount++;
      continue;
    }
    if (view.needs.length >= NEEDS_SHOWN) {
      view.truncated = true;
      continue;
    }
    const { needId, title, industryChains, regionCode, dealTypes, budgetBand } = row;
    view.needs.push({ needId, title, industryChains, regionCode, dealTypes, budgetBand });
  }
  return view;
}
