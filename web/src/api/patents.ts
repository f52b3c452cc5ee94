import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

/** Wire types of the patent ledger (专利台账), as `GET /api/patents` returns them. */
export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

export const ANNUAL_FEE_STATUSES = ['paid', 'late_window', 'lapsed'] as const;
export type AnnualFeeStatus = (typeof ANNUAL_FEE_STATUSES)[number];

export type ExclusiveLicenceKind = 'exclusive' | 'sole';
export type EvaluationConclusion = 'favourable' | 'unfavourable';

export interface Patentee {
  name: string;
  orgId?: string;
}

export interface PatentLegalStatus {
  annualFee: AnnualFeeStatus;
  pledge?: { pledgee: string; pledgeeConsented: boolean };
  exclusiveLicence?: { kind: ExclusiveLicenceKind; until: string };
  proceedingsSuspended: boolean;
  invalidated?: boolean;
}

/** What a user submits for the ledger; the number is canonical on the way back (`201710601862.3`). */
export interface PatentInput {
  number: string;
  title: string;
  abstract?: string;
  keywords: string[];
  industryChains: string[];
  ipc: string[];
  patentees: Patentee[];
  inventors: string[];
  filingDate: string;
  grantDate?: string;
  legal: PatentLegalStatus;
  feeReductionPercent?: number;
  evaluationReport?: { reference: string; conclusion: EvaluationConclusion };
}

export interface Patent extends PatentInput {
  type: PatentType;
  expiryDate: string;
  holderOrgId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const path = (number: string) => `/api/patents/${encodeURIComponent(number)}`;

export function patentsApi(request: Requester) {
  return {
    list: (cursor?: string, limit = 50) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request<Page<Patent>>(`/api/patents?${query}`);
    },
    get: (number: string) => request<Patent>(path(number)),
    create: (input: PatentInput, idempotencyKey = newIdempotencyKey()) =>
      request<Patent>('/api/patents', { method: 'POST', body: input, idempotencyKey }),
    update: (number: string, input: PatentInput, version: number) =>
      request<Patent>(path(number), { method: 'PUT', body: { ...input, version } }),
    remove: (number: string, version: number) =>
      request<void>(`${path(number)}?version=${version}`, { method: 'DELETE' }),
  };
}

export type PatentsApi = ReturnType<typeof patentsApi>;
