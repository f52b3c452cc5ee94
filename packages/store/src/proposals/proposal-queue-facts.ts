import {
  isoWeek,
  nextIsoWeekMonday,
  type Proposal,
  type ProposalQueueFacts,
  PushPreferencesSchema,
  pushPairKey,
} from '@openlicense/domain';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { exactCount } from '../dynamo/exact-count.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/**
 * What decides whether a broker can still approve its waiting proposals, read by key in batches (no Scan):
 * the pair locks of their (listing, enterprise) pairs, and each enterprise's push preferences and weekly
 * counter.
 */
export function createProposalQueueFacts(ctx: StoreContext) {
  return {
    async read(proposals: readonly Proposal[], now: Date): Promise<ProposalQueueFacts> {
      const waiting = proposals.filter((p) => p.status === 'proposed');
      const enterprises = [...new Set(waiting.map((p) => p.enterpriseOrgId))];
      const week = isoWeek(now);
      const at = now.toISOString();
      const [locks, stored] = await Promise.all([
        batchGetAll(
          ctx,
          waiting.map((p) => keys.pushPair(p.listingId, p.enterpriseOrgId)),
        ),
        batchGetAll(
          ctx,
          enterprises.flatMap((id) => [keys.pushPreferences(id), keys.pushCap(id, week)]),
        ),
      ]);
      const lockKeys = new Map(
        waiting.map((p) => [keys.pushPair(p.listingId, p.enterpriseOrgId).pk, pushPairKey(p)]),
      );
      const pushedPairs = new Set<string>();
      for (const lock of locks) {
        const pair = lockKeys.get(String(lock.pk));
        if (pair && typeof lock.until === 'string' && lock.until >= at) pushedPairs.add(pair);
      }
      const preferences = new Map<string, { unsubscribed: boolean; weeklyCap: number }>();
      const weekCounts = new Map<string, number>();
      for (const item of stored) {
        if (item.entity === 'PushPreferences') {
          const prefs = PushPreferencesSchema.parse(stripStorage(item));
          preferences.set(prefs.enterpriseOrgId, prefs);
        } else if (item.entity === 'PushWeekCount') {
          const orgId = keys.orgIdOf(String(item.pk));
          weekCounts.set(orgId, exactCount('count', item.count));
        }
      }
      return { pushedPairs, preferences, weekCounts, nextMonday: nextIsoWeekMonday(now) };
    },
  };
}
export type ProposalQueueFactsReader = ReturnType<typeof createProposalQueueFacts>;
