import {
  DEAL_STAGE_LABELS,
  type Deal,
  type DealMoveInput,
  describeDeal,
  isoDateInChina,
  movedDeal,
  type Principal,
  signedEvidence,
  signingCounts,
} from '@openlicense/domain';
import { audit, type DealDeps, orgOf } from './load-deal.ts';

/**
 * Moves a deal one stage on, or to declined (with a structured reason). The caller's `version` must be the
 * stored one (409 otherwise), and its organisation must be one that may record the step (signing and filing:
 * supplier or acquirer; implementation: the acquirer). Changing the amount resets the parties' answers.
 * Signing counts only for the parties that already confirmed this amount; the others count when they do.
 */
export async function moveDeal(
  deps: DealDeps,
  principal: Principal,
  deal: Deal,
  input: DealMoveInput,
): Promise<Deal> {
  const now = deps.now();
  const at = now.toISOString();
  const moved = movedDeal(deal, input, {
    userId: principal.userId,
    orgId: orgOf(principal),
    at,
    today: isoDateInChina(now),
  });
  const entry = audit(
    deps,
    principal,
    at,
    `deal.${input.to}`,
    `交易${DEAL_STAGE_LABELS[deal.stage]} → ${DEAL_STAGE_LABELS[input.to]}：${describeDeal(deal)}`,
  );
  if (input.to !== 'signed') return deps.store.deals.move(deal, moved, entry);
  // Parties that confirmed this amount before signing count now, in the signing's transaction.
  const signed = signingCounts(moved, at);
  return deps.store.deals.move(deal, signed.deal, entry, {
    counts: signed.counts,
    evidence: signedEvidence(signed.deal, signed.counts, principal.userId, at),
  });
}
