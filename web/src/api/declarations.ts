import { DECLARATION_STATUSES } from '@openlicense/domain/declaration/declaration';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Patentee, PatentType } from './patents.ts';
import {
  type ExpectedVolumes,
  type LicencePeriod,
  type Royalty,
  type RoyaltyEstimate,
  volumesQuery,
} from './royalty.ts';
import type { Contact, OrgType, Page } from './types.ts';

/** Wire types of open-licence declarations (开放许可声明), as `/api/declarations` answers them. The enumerations are the domain's own (`@openlicense/domain`). */
export { DECLARATION_STATUSES };
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/** Lifecycle steps a caller may ask for; `expire` is the scheduled job's alone. */
export const DECLARATION_ACTIONS = [
  'submit',
  'publish',
  'reject',
  'withdraw',
  'office_withdraw',
  'revise',
] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

/** Steps that need a written reason (the server refuses them without one). */
export const REASON_ACTIONS = [
  'reject',
  'withdraw',
  'office_withdraw',
] as const satisfies readonly DeclarationAction[];
export type ReasonAction = (typeof REASON_ACTIONS)[number];

export function needsReason(action: DeclarationAction): action is ReasonAction {
  return (REASON_ACTIONS as readonly DeclarationAction[]).includes(action);
}

export interface CoOwnerConsent {
  name: string;
  consented: boolean;
  consentedAt?: string;
}

/** The statutory declaration (Regs Art 85) as the holder fills it in, plus the separate marketing text. */
export interface DeclarationInput {
  patentNumber: string;
  royalty: Royalty;
  royaltyEstimationNote: string;
  period: LicencePeriod;
  scope: string;
  territory?: string;
  contact: Contact;
  evaluationReportReference?: string;
  marketingText?: string;
  coOwnerConsents?: CoOwnerConsent[];
  pledgeeConsent?: boolean;
}

/** What the public catalogue shows of the patent and holder, copied onto the declaration. */
export interface ListingSummary {
  title: string;
  abstract?: string;
  keywords: string[];
  ipc: string[];
  industryChains: string[];
  patentExpiryDate: string;
  lapseDate: string;
  holderName: string;
  holderRegionCode: string;
  holderType: OrgType;
}

export interface Declaration extends Omit<DeclarationInput, 'territory' | 'coOwnerConsents'> {
  id: string;
  territory: string;
  coOwnerConsents: CoOwnerConsent[];
  holderOrgId: string;
  patentees: Patentee[];
  patentType: PatentType;
  status: DeclarationStatus;
  statusReason?: string;
  statusChangedBy?: string;
  submittedAt?: string;
  publishedAt?: string;
  withdrawnAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  listing: ListingSummary;
}

/** One finding of a guard: `title` is the short Chinese name, `message` says what to fix (`中文 / English`). */
export interface GuardIssue {
  code: string;
  /** Dotted path of the field to fix, e.g. `period.end`. */
  field?: string;
  message: string;
  title: string;
}

export interface GuardView {
  errors: GuardIssue[];
  warnings: GuardIssue[];
}

export interface AnnualFeeEffect {
  /** Per cent off the annual fee. */
  percent: number;
  source: 'open_licence' | 'existing' | 'none';
  /** `中文 / English`. */
  note: string;
}

export interface DeclarationDetail {
  declaration: Declaration;
  guards: GuardView;
  annualFee?: AnnualFeeEffect;
  availableActions: DeclarationAction[];
}

export interface ReviewQueueItem {
  declaration: Declaration;
  holderName: string;
  guards: GuardView;
}

export interface TransitionRequest {
  action: DeclarationAction;
  version: number;
  reason?: string;
}

const path = (id: string) => `/api/declarations/${encodeURIComponent(id)}`;

export function declarationsApi(request: Requester) {
  return {
    list: (status?: DeclarationStatus, cursor?: string, limit = 50) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (status) query.set('status', status);
      if (cursor) query.set('cursor', cursor);
      return request<Page<Declaration>>(`/api/declarations?${query}`);
    },
    get: (id: string) => request<DeclarationDetail>(path(id)),
    create: (input: DeclarationInput, idempotencyKey = newIdempotencyKey()) =>
      request<Declaration>('/api/declarations', { method: 'POST', body: input, idempotencyKey }),
    update: (id: string, input: DeclarationInput, version: number) =>
      request<Declaration>(path(id), { method: 'PUT', body: { ...input, version } }),
    /** Every guard for a form as it stands; nothing is saved, so no idempotency key. */
    check: (input: DeclarationInput) =>
      request<GuardView>('/api/declarations/check', { method: 'POST', body: input }),
    transition: (id: string, change: TransitionRequest, idempotencyKey = newIdempotencyKey()) =>
      request<DeclarationDetail>(`${path(id)}/transitions`, { method: 'POST', body: change, idempotencyKey }),
    reviewQueue: (cursor?: string, limit = 20) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request<Page<ReviewQueueItem>>(`/api/declarations/review-queue?${query}`);
    },
    royalty: (id: string, volumes: ExpectedVolumes) =>
      request<RoyaltyEstimate>(`${path(id)}/royalty${volumesQuery(volumes)}`),
  };
}

export type DeclarationsApi = ReturnType<typeof declarationsApi>;
