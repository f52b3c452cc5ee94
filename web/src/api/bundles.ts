import { BUNDLE_STATUSES } from '@openlicense/domain/bundle/bundle-record';
import type { Requester } from './client.ts';
import type { GuardIssue } from './declarations.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { PatentType } from './patents.ts';
import {
  type ExpectedVolumes,
  type LicencePeriod,
  type Royalty,
  type RoyaltyEstimate,
  volumesQuery,
} from './royalty.ts';
import type { Contact, OrgType, Page } from './types.ts';

/** Wire types of bundles and public patent pools (专利包 / 公共专利池), as `/api/bundles` answers them. The enumerations are the domain's own (`@openlicense/domain`). */
export { BUNDLE_STATUSES };
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];

export const BUNDLE_ACTIONS = ['submit', 'publish', 'reject', 'withdraw'] as const;
export type BundleAction = (typeof BUNDLE_ACTIONS)[number];

export type HolderDecision = 'pending' | 'consented' | 'declined';

/** A bundle as the organiser fills it in: members by patent number only; holders come from the ledger. */
export interface BundleInput {
  name: string;
  description?: string;
  members: { patentNumber: string }[];
  royalty: Royalty;
  royaltyEstimationNote: string;
  period: LicencePeriod;
  scope: string;
  territory?: string;
  contact: Contact;
}

export interface BundleMember {
  patentNumber: string;
  holderOrgId: string;
  holderName: string;
  title: string;
  patentType: PatentType;
  expiryDate: string;
  ipc: string[];
  industryChains: string[];
  declarationId?: string;
}

export interface BundleHolder {
  orgId: string;
  name: string;
  decision: HolderDecision;
  decidedAt?: string;
  note?: string;
  coOwnersConsented?: boolean;
}

export interface Bundle {
  id: string;
  name: string;
  description: string;
  royalty: Royalty;
  royaltyEstimationNote: string;
  period: LicencePeriod;
  scope: string;
  territory: string;
  contact: Contact;
  organiserOrgId: string;
  organiserName: string;
  organiserType: OrgType;
  members: BundleMember[];
  holders: BundleHolder[];
  status: BundleStatus;
  statusChangedAt: string;
  statusReason?: string;
  submittedAt?: string;
  publishedAt?: string;
  withdrawnAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Whether the bundle is on offer now and, member by member, what holds it back. */
export interface BundleOffer {
  offered: boolean;
  blockers: { patentNumber: string; issues: GuardIssue[] }[];
}

export interface BundleDetail {
  bundle: Bundle;
  offer: BundleOffer;
  /** The bundle's own terms: promotional wording, a past start, price guidance. */
  terms: { errors: GuardIssue[]; warnings: GuardIssue[] };
  availableActions: BundleAction[];
  /** Present when the caller's organisation holds member patents. */
  myConsent?: { holderOrgId: string; decision: HolderDecision; canDecide: boolean };
}

export interface BundleListItem {
  bundle: Bundle;
  role: { organiser: boolean; holder: boolean };
  myDecision?: HolderDecision;
  awaitingMyConsent: boolean;
}

export interface BundleReviewItem {
  bundle: Bundle;
  offer: BundleOffer;
  terms: BundleDetail['terms'];
}

export interface ConsentRequest {
  consent: boolean;
  note?: string;
  /** Every co-owner of the holder's co-owned member patents agreed. */
  coOwnersConsented?: boolean;
  version?: number;
}

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
    transition: (
      id: string,
      change: { action: BundleAction; version: number; reason?: string },
      idempotencyKey = newIdempotencyKey(),
    ) => request<BundleDetail>(`${path(id)}/transitions`, { method: 'POST', body: change, idempotencyKey }),
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
