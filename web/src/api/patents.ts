import type {
  AnnualFeeStatus,
  Patent,
  PatentGradeDetail,
  PatentInput,
  PatentPage,
  PatentType,
} from '@openlicense/contract/patents';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

/** Wire types of the patent ledger (专利台账): inferred from the API contract (`@openlicense/contract`). */
export type {
  AnnualFeeStatus,
  EvaluationConclusion,
  ExclusiveLicenceKind,
  GradeReason,
  LedgerGrade,
  Patent,
  PatentDeclarationState,
  Patentee,
  PatentGradeLetter,
  PatentGradeMove,
  PatentInput,
  PatentLegalStatus,
  PatentPage,
  PatentType,
} from '@openlicense/contract/patents';

/** The choices the editor offers, in order (the types above check each one). */
export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const satisfies readonly PatentType[];
export const ANNUAL_FEE_STATUSES = [
  'paid',
  'late_window',
  'lapsed',
] as const satisfies readonly AnnualFeeStatus[];

const path = (number: string) => `/api/patents/${encodeURIComponent(number)}`;

export function patentsApi(request: Requester) {
  return {
    /** One ledger page; `grades` keeps only those letters, `sortByGrade` lists the best first. */
    list: (cursor?: string, limit = 50, by: { grades?: readonly string[]; sortByGrade?: boolean } = {}) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      if (by.grades && by.grades.length > 0) query.set('grade', by.grades.join(','));
      if (by.sortByGrade) query.set('sort', 'grade');
      return request<PatentPage>(`/api/patents?${query}`);
    },
    get: (number: string) => request<Patent>(path(number)),
    /** The grade in full: reasons, the market needs it matched (public ones by title), each change. */
    grade: (number: string) => request<PatentGradeDetail>(`${path(number)}/grade`),
    create: (input: PatentInput, idempotencyKey = newIdempotencyKey()) =>
      request<Patent>('/api/patents', { method: 'POST', body: input, idempotencyKey }),
    update: (number: string, input: PatentInput, version: number) =>
      request<Patent>(path(number), { method: 'PUT', body: { ...input, version } }),
    remove: (number: string, version: number) =>
      request<void>(`${path(number)}?version=${version}`, { method: 'DELETE' }),
  };
}

export type PatentsApi = ReturnType<typeof patentsApi>;
