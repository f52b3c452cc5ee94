import type { DealInput, DealMove, DealRecord, DealView, Lead } from '@openlicense/contract/deals';
import { DEAL_KINDS, DEAL_STAGES, DECLINE_REASONS } from '@openlicense/domain/deal/deal';
import { DEAL_START_STAGES } from '@openlicense/domain/deal/deal-record';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

/** Wire types of negotiated deals (许可、转让、作价入股、合作开发) and their pipeline. The enumerations are the domain's own (`@openlicense/domain`). */
export { DEAL_KINDS, DEAL_STAGES, DEAL_START_STAGES, DECLINE_REASONS };
export type DealKind = (typeof DEAL_KINDS)[number];
export type DealStage = (typeof DEAL_STAGES)[number];
export type DealStartStage = (typeof DEAL_START_STAGES)[number];
export type DeclineReasonKind = (typeof DECLINE_REASONS)[number];

export type {
  DealInput,
  DealMove,
  DealParty,
  DealSource,
  DealStep,
  DeclineReason,
  Lead,
} from '@openlicense/contract/deals';

/**
 * Web-only loosening: a deal as the pages hold it. The deal routes send the view (next stages, recordable
 * stages, parties); an event's view sends bare deal records without them.
 */
export type Deal = DealRecord & Partial<Omit<DealView, keyof DealRecord>>;

/** The list page's answer, normalised (`leads` always present). */
export interface DealPage extends Page<Deal> {
  leads: Lead[];
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
