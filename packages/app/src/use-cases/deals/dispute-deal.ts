import {
  answeredDeal,
  type Deal,
  type DealDisputeInput,
  describeDeal,
  disputedEvidence,
  type Principal,
} from '@openlicense/domain';
import { audit, type DealDeps, orgOf } from './load-deal.ts';

/**
 * The caller's organisation declines a deal naming it, with its reason: nothing counts for it, and the
 * dispute is evidence on its own trail and on every other party's. It may still confirm later.
 */
export async function disputeDeal(
  deps: DealDeps,
  principal: Principal,
  deal: Deal,
  input: DealDisputeInput,
): Promise<Deal> {
  const orgId = orgOf(principal);
  const at = deps.now().toISOString();
  const answered = answeredDeal(
    deal,
    { status: 'disputed', version: input.version, reason: input.reason },
    { userId: principal.userId, orgId, at },
  );
  const evidence = disputedEvidence(deal, {
    orgId,
    roles: answered.roles,
    reason: input.reason,
    actorId: principal.userId,
    at,
  });
  const entry = audit(
    deps,
    principal,
    at,
    'deal.disputed',
    `拒绝交易（${input.reason}）：${describeDeal(deal)}`,
  );
  return deps.store.deals.answer(deal, answered.deal, entry, { counts: [], evidence });
}
