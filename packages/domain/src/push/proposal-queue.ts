import * as z from 'zod/mini';
import { DEFAULT_WEEKLY_CAP } from './preferences.ts';
import { type Proposal, ProposalSchema } from './proposal.ts';

/** The (listing, enterprise) pair a push locks, as `listingId#enterpriseOrgId`. */
export const pushPairKey = (pair: { listingId: string; enterpriseOrgId: string }): string =>
  `${pair.listingId}#${pair.enterpriseOrgId}`;

/** A proposal as the broker's queue shows it: `pushableFrom` when the enterprise's weekly cap is used up. */
export const QueuedProposalSchema = z.extend(ProposalSchema, {
  /** China date (next Monday) from which it can be approved: the enterprise's weekly cap is full. */
  pushableFrom: z.optional(z.string()),
});
export type QueuedProposal = z.infer<typeof QueuedProposalSchema>;

/** What the store reads by key for one page of the queue. */
export interface ProposalQueueFacts {
  /** Pairs held by a push within the dedupe window (`pushPairKey`). */
  pushedPairs: ReadonlySet<string>;
  /** Each enterprise's stored preferences; absent means the defaults (subscribed, default cap). */
  preferences: ReadonlyMap<string, { unsubscribed: boolean; weeklyCap: number }>;
  /** Pushes approved for each enterprise this ISO week. */
  weekCounts: ReadonlyMap<string, number>;
  /** China date of next Monday, when a full weekly cap frees up. */
  nextMonday: string;
}

/**
 * The broker's queue holds only what it can do: a proposal whose pair another (or this) push already holds
 * within the dedupe window, or whose enterprise unsubscribed, is left out — approving it could only be
 * refused. A proposal whose enterprise's weekly cap is full stays, marked with the day it can be pushed.
 */
export function proposalQueue(proposals: readonly Proposal[], facts: ProposalQueueFacts): QueuedProposal[] {
  const queued: QueuedProposal[] = [];
  for (const proposal of proposals) {
    if (proposal.status !== 'proposed') {
      queued.push(proposal);
      continue;
    }
    if (facts.pushedPairs.has(pushPairKey(proposal))) continue;
    const prefs = facts.preferences.get(proposal.enterpriseOrgId);
    if (prefs?.unsubscribed) continue;
    const cap = prefs?.weeklyCap ?? DEFAULT_WEEKLY_CAP;
    const used = facts.weekCounts.get(proposal.enterpriseOrgId) ?? 0;
    queued.push(used >= cap ? { ...proposal, pushableFrom: facts.nextMonday } : proposal);
  }
  return queued;
}
