import { describe, expect, it } from 'vitest';
import type { Proposal } from './proposal.ts';
import { type ProposalQueueFacts, proposalQueue, pushPairKey } from './proposal-queue.ts';

const proposal = (needId: string, listingId: string, enterpriseOrgId: string): Proposal => ({
  id: `${needId}.${listingId}`,
  brokerOrgId: 'AGENCY',
  needId,
  listingId,
  listingKind: 'listing',
  enterpriseOrgId,
  enterpriseName: enterpriseOrgId,
  needTitle: '需求',
  listingTitle: '成果',
  holderName: '大学',
  score: 80,
  explanation: { summary: '', signals: [] },
  status: 'proposed',
  createdAt: '2026-11-23T02:00:00Z',
  updatedAt: '2026-11-23T02:00:00Z',
  version: 1,
});

const facts = (over: Partial<ProposalQueueFacts> = {}): ProposalQueueFacts => ({
  pushedPairs: new Set(),
  preferences: new Map(),
  weekCounts: new Map(),
  nextMonday: '2026-11-30',
  ...over,
});

describe('the broker’s proposal queue', () => {
  it('leaves out every proposal of a pair already pushed within the window, whichever need it came from', () => {
    const queue = [proposal('N1', 'L1', 'E1'), proposal('N2', 'L1', 'E1'), proposal('N1', 'L2', 'E1')];
    const shown = proposalQueue(
      queue,
      facts({ pushedPairs: new Set([pushPairKey({ listingId: 'L1', enterpriseOrgId: 'E1' })]) }),
    );
    expect(shown.map((p) => p.id)).toEqual(['N1.L2']);
  });

  it('leaves out proposals for an enterprise that unsubscribed', () => {
    const shown = proposalQueue(
      [proposal('N1', 'L1', 'E1'), proposal('N2', 'L1', 'E2')],
      facts({ preferences: new Map([['E1', { unsubscribed: true, weeklyCap: 5 }]]) }),
    );
    expect(shown.map((p) => p.enterpriseOrgId)).toEqual(['E2']);
  });

  it('keeps a proposal whose enterprise’s weekly cap is full, pushable from next Monday', () => {
    const shown = proposalQueue(
      [proposal('N1', 'L1', 'E1'), proposal('N2', 'L2', 'E2'), proposal('N3', 'L3', 'E3')],
      facts({
        preferences: new Map([['E2', { unsubscribed: false, weeklyCap: 2 }]]),
        weekCounts: new Map([
          ['E1', 5],
          ['E2', 1],
          ['E3', 4],
        ]),
      }),
    );
    expect(shown.map((p) => [p.id, p.pushableFrom])).toEqual([
      ['N1.L1', '2026-11-30'],
      ['N2.L2', undefined],
      ['N3.L3', undefined],
    ]);
  });

  it('leaves decided proposals (the pushed and rejected tabs) as they are', () => {
    const pushed = { ...proposal('N1', 'L1', 'E1'), status: 'pushed' as const };
    const shown = proposalQueue(
      [pushed],
      facts({ pushedPairs: new Set([pushPairKey(pushed)]), weekCounts: new Map([['E1', 9]]) }),
    );
    expect(shown).toEqual([pushed]);
  });
});
