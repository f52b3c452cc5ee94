import type {
  ChainCheck,
  EvidenceList as ContractEvidenceList,
  QuotaTargetView as ContractQuotaTargetView,
  OrgQuotas,
  QuotaOverview,
  QuotaTargetSettings,
  QuotaTargetValues,
} from '@openlicense/contract/quotas';
import { EVIDENCE_KINDS } from '@openlicense/domain/evidence/evidence';
import { QUOTA_KEYS, QUOTA_STATUSES } from '@openlicense/domain/quota/targets';
import type { DownloadedFile, Requester } from './client.ts';
import type { OrgType } from './types.ts';

/** Wire types of every role's yearly quotas (年度指标), their evidence chain and the evaluation report. The enumerations are the domain's own (`@openlicense/domain`). */
export { EVIDENCE_KINDS, QUOTA_KEYS, QUOTA_STATUSES };
export type QuotaStatus = (typeof QUOTA_STATUSES)[number];
export type QuotaKey = (typeof QUOTA_KEYS)[number];
export type {
  BrokerTargetValues,
  ChainCheck,
  EvidenceEntry,
  OrgQuotas,
  QuotaOverview,
  QuotaTargetSettings,
  QuotaTargetValues,
} from '@openlicense/contract/quotas';

/** Web-only loosening: an older server leaves `status` and `expected` out, and the page then reads `met`. */
export type QuotaTargetView = Omit<ContractQuotaTargetView, 'status' | 'expected'> &
  Partial<Pick<ContractQuotaTargetView, 'status' | 'expected'>>;
/** Web-only loosening: the dashboard's empty list after a failed load has no totals. */
export type EvidenceList = Omit<ContractEvidenceList, 'totals'> &
  Partial<Pick<ContractEvidenceList, 'totals'>>;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function quotasApi(request: Requester) {
  return {
    get: (year: number, orgId?: string) => request<OrgQuotas>(`/api/quotas${query({ year, orgId })}`),
    overview: (year: number, filters: { type?: OrgType; status?: QuotaStatus } = {}) =>
      request<QuotaOverview>(`/api/quotas/overview${query({ year, ...filters })}`),
    evidence: (
      year: number,
      filters: { orgId?: string; target?: string; kind?: EvidenceKind; after?: number } = {},
    ) => request<EvidenceList>(`/api/evidence${query({ year, ...filters })}`),
    targets: (year: number) => request<QuotaTargetSettings>(`/api/quota-targets${query({ year })}`),
    saveTargets: (year: number, values: QuotaTargetValues, version: number) =>
      request<QuotaTargetSettings>(`/api/quota-targets${query({ year })}`, {
        method: 'PUT',
        body: { ...values, version },
      }),
    verify: (orgId?: string) => request<ChainCheck>(`/api/evidence/verify${query({ orgId })}`),
    /** 绩效评价 XLSX: one organisation's, or every one's with `orgId: 'all'` (IP office). */
    report: (year: number, orgId?: string) =>
      request<DownloadedFile>(`/api/reports/evaluation.xlsx${query({ year, orgId })}`, { blob: true }),
  };
}

export type QuotasApi = ReturnType<typeof quotasApi>;
