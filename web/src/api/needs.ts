import type {
  NeedCreate,
  NeedDraft,
  NeedInput,
  NeedListItem,
  NeedQuality,
  NeedTransition,
  NeedView,
} from '@openlicense/contract/needs';
import { NEED_ACTIONS } from '@openlicense/domain/need/lifecycle';
import { DEAL_TYPES, NEED_STATUSES, NEED_VISIBILITIES } from '@openlicense/domain/need/need';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

export type {
  HintSeverity,
  Need,
  NeedDraft,
  NeedInput,
  NeedListItem,
  NeedQuality,
  NeedView,
  QualityHint,
} from '@openlicense/contract/needs';

/** Wire types of the technology-need ledger (技术需求台账). The enumerations are the domain's own (`@openlicense/domain`). */
export { DEAL_TYPES, NEED_ACTIONS, NEED_STATUSES, NEED_VISIBILITIES };
export type DealType = (typeof DEAL_TYPES)[number];
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];
export type NeedStatus = (typeof NEED_STATUSES)[number];
export type NeedAction = (typeof NEED_ACTIONS)[number];

/** Web-only: the list page's filter form (the query string, not a body the server sends). */
export interface NeedFilters {
  status?: NeedStatus;
  visibility?: NeedVisibility;
  industryChain?: string;
  enterpriseOrgId?: string;
  q?: string;
}

const path = (id: string) => `/api/needs/${encodeURIComponent(id)}`;

export function needsApi(request: Requester) {
  return {
    list: (filters: NeedFilters, cursor?: string, limit = 50) => {
      const query = new URLSearchParams({ limit: String(limit) });
      for (const [key, value] of Object.entries(filters))
        if (typeof value === 'string' && value.trim() !== '') query.set(key, value.trim());
      if (cursor) query.set('cursor', cursor);
      return request<Page<NeedListItem>>(`/api/needs?${query}`);
    },
    get: (id: string) => request<NeedView>(path(id)),
    /** Agencies and parks name the enterprise they collect for. */
    create: (input: NeedCreate, idempotencyKey = newIdempotencyKey()) =>
      request<NeedView>('/api/needs', { method: 'POST', body: input, idempotencyKey }),
    update: (id: string, input: NeedInput, version: number) =>
      request<NeedView>(path(id), { method: 'PUT', body: { ...input, version } }),
    transition: (id: string, change: NeedTransition, idempotencyKey = newIdempotencyKey()) =>
      request<NeedView>(`${path(id)}/transitions`, { method: 'POST', body: change, idempotencyKey }),
    /** Scores a draft; nothing is saved, so no idempotency key. */
    quality: (draft: NeedDraft) =>
      request<NeedQuality>('/api/needs/quality', { method: 'POST', body: draft }),
  };
}

export type NeedsApi = ReturnType<typeof needsApi>;
