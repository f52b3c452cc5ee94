import { DEAL_KINDS, DEAL_STAGES, DECLINE_REASONS } from '@openlicense/domain/deal/deal';
import { DEAL_START_STAGES } from '@openlicense/domain/deal/deal-record';
import type { Requester } from './client.ts';
import type { PartyStanding } from './confirmations.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { OrgType, Page } from './types.ts';

/** Wire types of negotiated deals (许可、转让、作价入股、合作开发) and their pipeline. The enumerations are the domain's own (`@openlicense/domain`). */
export { DEAL_KINDS, DEAL_STAGES, DEAL_START_STAGES, DECLINE_REASONS };
export type DealKind = (typeof DEAL_KINDS)[number];
export type DealStage = (typeof DEAL_STAGES)[number];
export type DealStartStage = (typeof DEAL_START_STAGES)[number];
export type DeclineReasonKind = (typeof DECLINE_REASONS)[number];

export interface DeclineReason {
  reason: DeclineReasonKind;
  text?: string;
}

export interface DealParty {
  orgId: string;
  name: string;
  type: OrgType;
}

export interface DealStep {
  stage: DealStage;
  at: string;
  by: string;
  byOrgId: string;
  amountFen?: number;
  note?: string;
}

export type DealSource =
  | { kind: 'push'; leadId: string; pushId?: string }
  | { kind: 'event'; eventId: string; eventTitle?: string }
  | { kind: 'direct' };

export interface Deal {
  id: string;
  kind: DealKind;
  stage: DealStage;
  suppliers: DealParty[];
  acquirer: DealParty;
  broker?: DealParty;
  partyOrgIds: string[];
  patents: { number: string; title: string; holderOrgId: string }[];
  bundleId?: string;
  listingId?: string;
  amountFen?: number;
  /** The last day of an exclusive or sole licence (YYYY-MM-DD). */
  licenceEnd?: string;
  source: DealSource;
  note?: string;
  decline?: DeclineReason;
  history: DealStep[];
  signedAt?: string;
  filingNumber?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The stages the deal may move to next, as the server's rules say. */
  nextStages?: DealStage[];
  /** Of those, the ones the caller's organisation may record (signing and filing: supplier or acquirer). */
  recordableStages?: DealStage[];
  /** Each party's standing: who confirmed its part, who has not, who disputes it. */
  parties?: PartyStanding[];
}

/** A push the enterprise answered 感兴趣: a lead not yet turned into a deal. */
export interface Lead {
  id: string;
  stage: 'lead';
  source: { kind: 'push'; pushId: string };
  listingId: string;
  enterpriseOrgId: string;
  brokerOrgId: string;
  createdAt: string;
}

export interface DealPage extends Page<Deal> {
  leads: Lead[];
}

export interface DealInput {
  kind: DealKind;
  supplierOrgIds?: string[];
  acquirerOrgId?: string;
  patentNumbers?: string[];
  bundleId?: string;
  brokerOrgId?: string;
  amountFen?: number;
  stage?: DealStartStage;
  source?: { kind: 'push'; leadId: string } | { kind: 'event'; eventId: string } | { kind: 'direct' };
  note?: string;
}

export interface DealMove {
  to: DealStage;
  version: number;
  amountFen?: number;
  /** Needed to sign an exclusive or sole licence: its last day (YYYY-MM-DD). */
  licenceEnd?: string;
  decline?: DeclineReason;
  filingNumber?: string;
  note?: string;
}

const id = encodeURIComponent;
const unwrap = (answer: Deal | { deal: Deal }): Deal => ('deal' in answer ? answer.deal : answer);

export function dealsApi(request: Requester) {
  return {
    list: async (stage?: DealStage, cursor?: string): Promise<DealPage> => {
      const query = new URLSearchParams();
      if (stage) query.set('stage', stage);
      if (cursor) query.set('cursor', cursor);
      const answer = await request<Page<Deal> & { leads?: Lead[]; cursor?: string }>(`/api/deals?${query}`);
      const next = answer.nextCursor ?? answer.cursor;
      return { items: answer.items, leads: answer.leads ?? [], ...(next ? { nextCursor: next } : {}) };
    },
    get: async (dealId: string) => unwrap(await request<Deal | { deal: Deal }>(`/api/deals/${id(dealId)}`)),
    create: async (input: DealInput, idempotencyKey = newIdempotencyKey()) =>
      unwrap(
        await request<Deal | { deal: Deal }>('/api/deals', { method: 'POST', body: input, idempotencyKey }),
      ),
    move: async (dealId: string, move: DealMove, idempotencyKey = newIdempotencyKey()) =>
      unwrap(
        await request<Deal | { deal: Deal }>(`/api/deals/${id(dealId)}/stage`, {
          method: 'POST',
          body: move,
          idempotencyKey,
        }),
      ),
    /** The caller's organisation confirms its part, or (with a reason) declines it. */
    answer: async (dealId: string, version: number, reason?: string, idempotencyKey = newIdempotencyKey()) =>
      unwrap(
        await request<Deal | { deal: Deal }>(
          `/api/deals/${id(dealId)}/${reason === undefined ? 'confirm' : 'dispute'}`,
          { method: 'POST', body: reason === undefined ? { version } : { version, reason }, idempotencyKey },
        ),
      ),
  };
}

export type DealsApi = ReturnType<typeof dealsApi>;
