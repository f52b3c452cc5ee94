import { type AwaitingItem, awaitingConfirmation, type Deal } from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';

/**
 * What waits for `orgId`'s confirmation (its "待我确认" list): the signed deals naming it that it has not
 * confirmed or disputes, and the payments recorded to it as licensor it has not confirmed receiving; of one
 * year (by signing or recording) if given. Nothing here counts toward a target until it is confirmed.
 */
export async function awaitingFor(deps: AppDeps, orgId: string, year?: number): Promise<AwaitingItem[]> {
  const deals: Deal[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.deals.listForOrg(orgId, { limit: 100, ...(cursor ? { cursor } : {}) });
    deals.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const licences = await deps.store.licences.allFor(orgId, 'licensor');
  return awaitingConfirmation(orgId, deals, licences, year);
}
