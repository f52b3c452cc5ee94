import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

/** A result that would count for an organisation but waits for its confirmation, or that it disputes. */
export interface AwaitingItem {
  kind: 'deal' | 'licence_receipt';
  /** The deal's or the licence's id. */
  id: string;
  receiptId?: string;
  status: 'unconfirmed' | 'disputed';
  title: string;
  role: string;
  counterpart: string;
  amountFen: number;
  since: string;
  reason?: string;
  version: number;
}

export interface AwaitingList {
  orgId: string;
  items: AwaitingItem[];
  counts: { unconfirmed: number; disputed: number };
}

/** One party's standing on a deal: confirmed (and counted once signed), still to confirm, or disputing. */
export type { PartyStanding } from '@openlicense/contract/deals';

/** One licensor's answer to a payment the licensee recorded. */
export interface ReceiptShare {
  orgId: string;
  name: string;
  amountFen: number;
  status: 'pending' | 'confirmed' | 'disputed';
  at?: string;
  reason?: string;
}

export interface LicenceReceipt {
  id: string;
  kind: 'open_licence' | 'royalty_paid';
  what: string;
  amountFen: number;
  recordedAt: string;
  proofReference?: string;
  licensors: ReceiptShare[];
}

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
