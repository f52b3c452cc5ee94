import type { AwaitingList } from '@openlicense/contract/confirmations';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

export type {
  AwaitingItem,
  AwaitingList,
  LicenceReceipt,
  ReceiptShare,
} from '@openlicense/contract/confirmations';

/** One party's standing on a deal: confirmed (and counted once signed), still to confirm, or disputing. */
export type { PartyStanding } from '@openlicense/contract/deals';

/** Answers a deal's or a receipt's confirmation: `confirm`, or `dispute` with a reason. */
export function answerBody(version: number, reason?: string) {
  return reason === undefined ? { version } : { version, reason };
}

export function confirmationsApi(request: Requester) {
  return {
    /** What waits for the caller's organisation (or, for the IP office, `orgId`'s); of `year` if given. */
    list: (filter: { orgId?: string; year?: number } = {}) => {
      const query = new URLSearchParams();
      if (filter.orgId) query.set('orgId', filter.orgId);
      if (filter.year) query.set('year', String(filter.year));
      const search = query.toString();
      return request<AwaitingList>(`/api/confirmations${search ? `?${search}` : ''}`);
    },
    /** Confirms (no reason) or disputes (with a reason) a deal or a licence receipt. */
    answer: <T>(path: string, version: number, reason?: string, idempotencyKey = newIdempotencyKey()) =>
      request<T>(`${path}/${reason === undefined ? 'confirm' : 'dispute'}`, {
        method: 'POST',
        body: answerBody(version, reason),
        idempotencyKey,
      }),
  };
}

export type ConfirmationsApi = ReturnType<typeof confirmationsApi>;
