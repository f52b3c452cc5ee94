import { type Principal, type ProposalStatus, proposalQueue, type QueuedProposal } from '@openlicense/domain';
import type { Page } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';

/** How many pages of left-out proposals one request reads before answering a short page with its cursor. */
const MAX_ROUNDS = 5;

/**
 * The broker's queue in `status`, best first. Waiting proposals the broker could not approve — their
 * (listing, enterprise) pair already pushed within the dedupe window by any broker, or their enterprise
 * unsubscribed — are left out (the facts are read by key for each page); the page is filled from the
 * following ones, so a queue of done pairs does not answer empty pages.
 */
export async function listProposals(
  deps: AppDeps,
  principal: Principal,
  query: { status: ProposalStatus; limit: number; cursor?: string | undefined },
): Promise<Page<QueuedProposal>> {
  const brokerOrgId = principal.membership?.orgId ?? '';
  const items: QueuedProposal[] = [];
  let cursor = query.cursor;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const page = await deps.store.proposals.listForBroker(brokerOrgId, query.status, {
      limit: query.limit - items.length,
      ...(cursor ? { cursor } : {}),
    });
    const facts = await deps.store.proposalQueue.read(page.items, deps.now());
    items.push(...proposalQueue(page.items, facts));
    cursor = page.nextCursor;
    if (!cursor || items.length >= query.limit) break;
  }
  return { items, ...(cursor ? { nextCursor: cursor } : {}) };
}
