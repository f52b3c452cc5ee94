import type {
  ConversionAnswerPost,
  ConversionAnswerResult,
  ConversionNeed,
  ConversionNeedPage,
  ConversionNeedPost,
  ConversionNeedView,
} from '@openlicense/contract/conversion-needs';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

/** Wire types of universities' conversion needs (成果转化需求), as `/api/conversion-needs` returns them. */
export type {
  ConversionAnswer,
  ConversionAnswerPost,
  ConversionNeed,
  ConversionNeedKind,
  ConversionNeedPost,
  ConversionNeedStatus,
  ConversionNeedView,
} from '@openlicense/contract/conversion-needs';

export const CONVERSION_NEED_KINDS = [
  'pilot_scale',
  'manufacturing',
  'co_development',
  'investment',
] as const;

export function conversionNeedsApi(request: Requester) {
  const one = (id: string) => `/api/conversion-needs/${encodeURIComponent(id)}`;
  return {
    /** The needs still taking answers, newest first; `mine`: every need the caller's university posted. */
    list: (options: { mine?: boolean; cursor?: string } = {}) => {
      const query = new URLSearchParams({ limit: '50' });
      if (options.mine) query.set('mine', 'true');
      if (options.cursor) query.set('cursor', options.cursor);
      return request<ConversionNeedPage>(`/api/conversion-needs?${query}`);
    },
    get: (id: string) => request<ConversionNeedView>(one(id)),
    post: (body: ConversionNeedPost, idempotencyKey = newIdempotencyKey()) =>
      request<ConversionNeed>('/api/conversion-needs', { method: 'POST', body, idempotencyKey }),
    withdraw: (id: string, idempotencyKey = newIdempotencyKey()) =>
      request<ConversionNeed>(`${one(id)}/withdraw`, { method: 'POST', idempotencyKey }),
    answer: (id: string, body: ConversionAnswerPost, idempotencyKey = newIdempotencyKey()) =>
      request<ConversionAnswerResult>(`${one(id)}/answers`, { method: 'POST', body, idempotencyKey }),
  };
}

export type ConversionNeedsApi = ReturnType<typeof conversionNeedsApi>;
