import { type Deal, DomainError } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';

/** What the deal use cases need: the store, the clock and ids (the demo seed runs them too). */
export type DealDeps = Pick<AppDeps, 'store' | 'now' | 'newId'>;

export { auditEntry as audit, orgOf } from '../acting-principal.ts';

export const invalid = (path: string, message: string) =>
  new DomainError('invalid_input', message, 422, [{ path, message }]);

/** The organisations a deal involves: who may read and move it. */
export const dealParties = (deal: Pick<Deal, 'partyOrgIds'>): string[] => deal.partyOrgIds;

export async function loadDeal(deps: DealDeps, id: string): Promise<Deal> {
  const deal = await deps.store.deals.get(id);
  if (!deal) throw new DomainError('not_found', '未找到该交易 / deal not found', 404);
  return deal;
}
