import type { DeclarationBatchInput, DeclarationBatchResult } from '@openlicense/contract/declaration-batch';
import type {
  Declaration,
  DeclarationDetail,
  DeclarationInput,
  GuardView,
  ReviewQueueItem,
  TransitionRequest,
} from '@openlicense/contract/declarations';
import { DECLARATION_STATUSES } from '@openlicense/domain/declaration/declaration';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { type ExpectedVolumes, type RoyaltyEstimate, volumesQuery } from './royalty.ts';
import type { Page } from './types.ts';

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

export type {
  DeclarationBatchInput,
  DeclarationBatchOutcome,
  DeclarationBatchResult,
} from '@openlicense/contract/declaration-batch';
export type {
  AnnualFeeEffect,
  CoOwnerConsent,
  Declaration,
  DeclarationDetail,
  DeclarationInput,
  GuardIssue,
  GuardView,
  ListingSummary,
  ReviewQueueItem,
  TransitionRequest,
} from '@openlicense/contract/declarations';

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
    /** A draft; with `submit`, drafted and submitted in one step that leaves nothing behind when refused. */
    create: (input: DeclarationInput, idempotencyKey = newIdempotencyKey(), { submit = false } = {}) =>
      request<Declaration>(submit ? '/api/declarations?submit=true' : '/api/declarations', {
        method: 'POST',
        body: input,
        idempotencyKey,
      }),
    /** A draft for each patent on the same terms, every guard checked per patent; the answer says what became of each. */
    drafts: (
      input: Omit<DeclarationBatchInput, 'years'> & { years?: number },
      idempotencyKey = newIdempotencyKey(),
    ) =>
      request<DeclarationBatchResult>('/api/declarations/drafts', {
        method: 'POST',
        body: input,
        idempotencyKey,
      }),
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
