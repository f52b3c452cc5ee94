import {
  authorize,
  availableNeedActions,
  isNeedEditable,
  type Need,
  type NeedAction,
  type NeedQuality,
  needQualityHints,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';
import { chinaToday } from './china-today.ts';

/** A need in the ledger: with its owner's name and its quality score, so the list can show both. */
export type NeedListItem = Need & { ownerName: string; quality: NeedQuality };

/** One need as its detail screen shows it: what the caller may do with it next included. */
export type NeedView = NeedListItem & { availableActions: NeedAction[]; canEdit: boolean };

/** Names of the organisations `ids`, read once each; an unknown id stands for itself. */
export async function orgNames(deps: AppDeps, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const orgs = await Promise.all(unique.map((id) => deps.store.orgs.get(id)));
  return new Map(unique.map((id, i) => [id, orgs[i]?.name ?? id]));
}

export async function needListItems(deps: AppDeps, needs: Need[]): Promise<NeedListItem[]> {
  const today = chinaToday(deps.now());
  const names = await orgNames(
    deps,
    needs.map((need) => need.ownerOrgId),
  );
  return needs.map((need) => ({
    ...need,
    ownerName: names.get(need.ownerOrgId) ?? need.ownerOrgId,
    quality: needQualityHints(need, today),
  }));
}

/** The need with the lifecycle actions the policy lets `principal` perform on it now. */
export async function needView(
  deps: AppDeps,
  principal: Principal,
  need: Need,
  liveAuthorisation: boolean,
): Promise<NeedView> {
  const [item] = await needListItems(deps, [need]);
  const may = (needAction: NeedAction | 'edit') =>
    authorize(principal, 'need.write', { need, liveAuthorisation, needAction }).allow;
  return {
    ...(item as NeedListItem),
    availableActions: availableNeedActions(need.status).filter(may),
    canEdit: isNeedEditable(need.status) && may('edit'),
  };
}
