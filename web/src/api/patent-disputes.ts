import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { PatentInput } from './patents.ts';
import type { Page } from './types.ts';

/** Wire types of the patent disputes (权属异议), as `/api/patent-disputes` returns them. */
export type PatentDisputeStatus = 'open' | 'resolved';
export type PatentDisputeOutcome = 'claimant' | 'holder';

export interface PatentDispute {
  id: string;
  patentNumber: string;
  patentTitle: string;
  claimantOrgId: string;
  claimantName: string;
  holderOrgId: string;
  holderName: string;
  holderRegionCode: string;
  claim: PatentInput;
  statement: string;
  evidenceRef: string;
  status: PatentDisputeStatus;
  outcome?: PatentDisputeOutcome;
  reason?: string;
  resolvedAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface PatentDisputeClaim {
  patent: PatentInput;
  statement: string;
  evidenceRef: string;
}

export function patentDisputesApi(request: Requester) {
  return {
    /** The caller's disputes (claimant or holder); for the IP office, its open queue. */
    list: (options: { status?: PatentDisputeStatus; cursor?: string } = {}) => {
      const query = new URLSearchParams({ limit: '50' });
      if (options.status) query.set('status', options.status);
      if (options.cursor) query.set('cursor', options.cursor);
      return request<Page<PatentDispute>>(`/api/patent-disputes?${query}`);
    },
    open: (claim: PatentDisputeClaim, idempotencyKey = newIdempotencyKey()) =>
      request<{ dispute: PatentDispute; message: string }>('/api/patent-disputes', {
        method: 'POST',
        body: claim,
        idempotencyKey,
      }),
    resolve: (
      id: string,
      decision: { outcome: PatentDisputeOutcome; reason: string; version: number },
      idempotencyKey = newIdempotencyKey(),
    ) =>
      request<PatentDispute>(`/api/patent-disputes/${encodeURIComponent(id)}/resolve`, {
        method: 'POST',
        body: decision,
        idempotencyKey,
      }),
  };
}

export type PatentDisputesApi = ReturnType<typeof patentDisputesApi>;
