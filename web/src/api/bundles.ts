import type {
  BundleDetail,
  BundleInput,
  BundleListItem,
  BundleReviewItem,
  BundleTransition,
  ConsentRequest,
} from '@openlicense/contract/bundles';
import { BUNDLE_STATUSES } from '@openlicense/domain/bundle/bundle-record';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { type ExpectedVolumes, type RoyaltyEstimate, volumesQuery } from './royalty.ts';
import type { Page } from './types.ts';

/** Wire types of bundles and public patent pools (专利包 / 公共专利池), as `/api/bundles` answers them. The enumerations are the domain's own (`@openlicense/domain`). */
export { BUNDLE_STATUSES };
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];

export const BUNDLE_ACTIONS = ['submit', 'publish', 'reject', 'withdraw'] as const;
export type BundleAction = (typeof BUNDLE_ACTIONS)[number];

export type {
  Bundle,
  BundleDetail,
  BundleHolder,
  BundleInput,
  BundleListItem,
  BundleMember,
  BundleOffer,
  BundleReviewItem,
  ConsentRequest,
  HolderDecision,
} from '@openlicense/contract/bundles';

const path = (id: string) => `/api/bundles/${encodeURIComponent(id)}`;

export function bundlesApi(request: Requester) {
  return {
    list: (cursor?: string, limit = 50) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request<Page<BundleListItem>>(`/api/bundles?${query}`);
    },
    get: (id: string) => request<BundleDetail>(path(id)),
    create: (input: BundleInput, idempotencyKey = newIdempotencyKey()) =>
      request<BundleDetail>('/api/bundles', { method: 'POST', body: input, idempotencyKey }),
    update: (id: string, input: BundleInput, version: number) =>
      request<BundleDetail>(path(id), { method: 'PUT', body: { ...input, version } }),
    consent: (id: string, decision: ConsentRequest, idempotencyKey = newIdempotencyKey()) =>
      request<BundleDetail>(`${path(id)}/consents`, { method: 'POST', body: decision, idempotencyKey }),
    transition: (id: string, change: BundleTransition, idempotencyKey = newIdempotencyKey()) =>
      request<BundleDetail>(`${path(id)}/transitions`, { method: 'POST', body: change, idempotencyKey }),
    reviewQueue: (cursor?: string, limit = 20) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request<Page<BundleReviewItem>>(`/api/bundles/review-queue?${query}`);
    },
    royalty: (id: string, volumes: ExpectedVolumes) =>
      request<RoyaltyEstimate>(`${path(id)}/royalty${volumesQuery(volumes)}`),
  };
}

export type BundlesApi = ReturnType<typeof bundlesApi>;
