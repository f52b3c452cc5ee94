import { EVIDENCE_KINDS } from '@openlicense/domain/evidence/evidence';
import { QUOTA_KEYS, QUOTA_STATUSES } from '@openlicense/domain/quota/targets';
import type { DownloadedFile, Requester } from './client.ts';
import type { OrgType } from './types.ts';

/** Wire types of every role's yearly quotas (年度指标), their evidence chain and the evaluation report. The enumerations are the domain's own (`@openlicense/domain`). */
export { EVIDENCE_KINDS, QUOTA_KEYS, QUOTA_STATUSES };
export type QuotaStatus = (typeof QUOTA_STATUSES)[number];
export type QuotaKey = (typeof QUOTA_KEYS)[number];

export interface QuotaTargetView {
  key: string;
  label: string;
  /** `次`, `场`, `件` for counts; `分` for amounts in fen. */
  unit: string;
  target: number;
  actual: number;
  met: boolean;
  /** Older servers leave it out; the page then reads `met`. */
  status?: QuotaStatus;
  /** What the elapsed part of the year asks for by now. */
  expected?: number;
  upTo?: number;
  basis?: string;
  either?: { label: string; unit: string; target: number; actual: number };
}

export interface OrgQuotas {
  orgId: string;
  orgName?: string;
  orgType?: OrgType;
  year: number;
  status?: QuotaStatus;
  targets: QuotaTargetView[];
  /** The year's results not counted: waiting for the organisation's confirmation, or disputed by it. */
  awaiting?: { unconfirmed: number; disputed: number };
}

export interface QuotaOverview {
  year: number;
  counts: Partial<Record<QuotaStatus, number>>;
  items: OrgQuotas[];
}
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceEntry {
  orgId: string;
  kind: EvidenceKind;
  subjectId: string;
  amountFen?: number;
  actorId: string;
  summary: string;
  data?: Record<string, string | number | boolean>;
  at: string;
  seq: number;
  year: string;
  prevHash: string;
  hash: string;
}

export interface EvidenceList {
  orgId: string;
  year: number;
  target?: string;
  items: EvidenceEntry[];
  totals?: { rows: number; count: number; amountFen: number };
  /** The seq to ask `after` for the next page; absent on the last page. */
  nextAfter?: number;
}

export interface ChainCheck {
  orgId: string;
  ok: boolean;
  entries: number;
  headHash?: string;
  brokenAt?: number;
  reason?: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_entry';
  message?: string;
  checkedAt?: string;
}

export interface BrokerTargetValues {
  precisePushes: number;
  eventsHeld: number;
  eventsHeldUpTo: number;
  brokeredCount: number;
  brokeredFen: number;
}

/** Every role's target values for a year (amounts in fen). */
export interface QuotaTargetValues {
  agency: BrokerTargetValues;
  park: BrokerTargetValues;
  enterprise: { intakeCount: number; intakeFen: number };
  university: { growthPercent: number };
}

export interface QuotaTargetSettings {
  year: number;
  values: QuotaTargetValues;
  /** 0 while the year still uses the guide's defaults. */
  version: number;
  defaults?: QuotaTargetValues;
  updatedAt?: string;
  updatedBy?: string;
}

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
