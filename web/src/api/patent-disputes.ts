import type {
  PatentDispute,
  PatentDisputeClaim,
  PatentDisputeFiled,
  PatentDisputeResolution,
  PatentDisputeStatus,
} from '@openlicense/contract/patent-disputes';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

/** Wire types of the patent disputes (权属异议), as `/api/patent-disputes` returns them. */
export type {
  PatentDispute,
  PatentDisputeClaim,
  PatentDisputeOutcome,
  PatentDisputeStatus,
} from '@openlicense/contract/patent-disputes';

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
      request<PatentDisputeFiled>('/api/patent-disputes', {
        method: 'POST',
        body: claim,
        idempotencyKey,
      }),
    resolve: (id: string, decision: PatentDisputeResolution, idempotencyKey = newIdempotencyKey()) =>
      request<PatentDispute>(`/api/patent-disputes/${encodeURIComponent(id)}/resolve`, {
        method: 'POST',
        body: decision,
        idempotencyKey,
      }),
  };
}

export type PatentDisputesApi = ReturnType<typeof patentDisputesApi>;
