import {
  alreadyConfirmed,
  answeredDeal,
  type Deal,
  type DealConfirmInput,
  describeDeal,
  type Principal,
  signedEvidence,
} from '@openlicense/domain';
import { audit, type DealDeps, orgOf } from './load-deal.ts';

/**
 * The caller's organisation confirms its own part of a deal (the supplier its patents and amount, the
 * acquirer its intake, the broker its role). Once the deal is signed, its counters move and its `deal_signed`
 * evidence is written in the same transaction, once: confirming again answers the deal as it is.
 */
export async function confirmDeal(
  deps: DealDeps,
  principal: Principal,
  deal: Deal,
  input: DealConfirmInput,
): Promise<Deal> {
  const orgId = orgOf(principal);
  if (alreadyConfirmed(deal, orgId)) return deal;
  const at = deps.now().toISOString();
  const answered = answeredDeal(
    deal,
    { status: 'confirmed', version: input.version },
    { userId: principal.userId, orgId, at },
  );
  const entry = audit(deps, principal, at, 'deal.confirmed', `确认交易：${describeDeal(deal)}`);
  return deps.store.deals.answer(deal, answered.deal, entry, {
    counts: answered.counts,
    evidence: signedEvidence(answered.deal, answered.counts, principal.userId, at),
  });
}
