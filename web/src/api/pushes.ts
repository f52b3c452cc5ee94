import { FEEDBACK_KINDS } from '@openlicense/domain/push/feedback';
import { MATCH_SIGNALS } from '@openlicense/domain/push/match-record';
import { PROPOSAL_STATUSES } from '@openlicense/domain/push/proposal';
import { PUSH_STATUSES } from '@openlicense/domain/push/push';
import type { DownloadedFile, Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

/** Wire types of matching and precise push (精准推送): matches, the broker's queue, the inbox, the quota. The enumerations are the domain's own (`@openlicense/domain`). */
export { FEEDBACK_KINDS, MATCH_SIGNALS, PROPOSAL_STATUSES, PUSH_STATUSES };
export type MatchSignal = (typeof MATCH_SIGNALS)[number];

export interface SignalExplanation {
  signal: MatchSignal;
  /** Points this signal added to (or, for feedback, took from) the 0–100 score. */
  contribution: number;
  /** Shared terms, shared IPC codes, chain names, '¥48,000 / ¥200,000', region names… */
  evidence: string[];
  /** One Chinese sentence, written by the engine. */
  text: string;
}

export interface MatchExplanation {
  summary: string;
  signals: SignalExplanation[];
}

export type ListingKind = 'listing' | 'bundle';

/** One stored match of a need and a listing (or bundle), best first. */
export interface MatchView {
  needId: string;
  listingId: string;
  listingKind: ListingKind;
  enterpriseOrgId: string;
  enterpriseName: string;
  needTitle: string;
  listingTitle: string;
  holderName: string;
  score: number;
  explanation: MatchExplanation;
  computedAt: string;
  pushed?: boolean;
}
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface Proposal {
  id: string;
  brokerOrgId: string;
  needId: string;
  listingId: string;
  listingKind: ListingKind;
  enterpriseOrgId: string;
  enterpriseName: string;
  needTitle: string;
  listingTitle: string;
  holderName: string;
  score: number;
  explanation: MatchExplanation;
  status: ProposalStatus;
  pushId?: string;
  rejectReason?: string;
  /** In the queue: the enterprise's weekly cap is full; approvable from this China date. */
  pushableFrom?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export type PushStatus = (typeof PUSH_STATUSES)[number];

export interface Push {
  id: string;
  listingId: string;
  listingKind: ListingKind;
  listingTitle: string;
  holderName: string;
  enterpriseOrgId: string;
  enterpriseName: string;
  needId?: string;
  brokerOrgId: string;
  brokerName: string;
  approvedBy: string;
  auto: boolean;
  score: number;
  explanation: MatchExplanation;
  note?: string;
  message?: string;
  status: PushStatus;
  approvedAt: string;
  deliveredAt?: string;
  readAt?: string;
  feedback?: { kind: FeedbackKind; comment?: string; at: string };
  leadId?: string;
  undeliverableReason?: string;
  version: number;
}

export interface InboxPage extends Page<Push> {
  unread: number;
  /** Some builds of the API name the next page `cursor`. */
  cursor?: string;
}

export interface PushSettings {
  autoPush: boolean;
  autoPushThreshold: number;
  version: number;
}

export interface PushPreferences {
  unsubscribed: boolean;
  weeklyCap: number;
  email: boolean;
  version: number;
}

export interface PushSummary {
  year: number;
  byMonth: { month: string; delivered: number }[];
  /** Pushes counted toward the quota (distinct pairs delivered). */
  counted?: number;
  /** Every delivery. */
  delivered: number;
  read: number;
  /** 0–1. */
  readRate: number;
  feedback: Partial<Record<FeedbackKind, number>>;
  /** 0–1: answered pushes over delivered ones. */
  feedbackRate: number;
}

export interface QuotaTarget {
  key: string;
  label: string;
  unit: string;
  target: number;
  actual: number;
  met: boolean;
}

export interface Quotas {
  orgId: string;
  year: number;
  targets: QuotaTarget[];
}

/**
 * The codes an approval can be refused with (409, and 403 for a revoked authorisation); the server's message
 * says the details (date, cap).
 */
export const PUSH_REFUSALS = [
  'PUSH_DUPLICATE',
  'PUSH_FREQUENCY_CAP',
  'PUSH_UNSUBSCRIBED',
  'authorisation_revoked',
] as const;
export type PushRefusal = (typeof PUSH_REFUSALS)[number];

const id = encodeURIComponent;
const withCursor = (query: URLSearchParams, cursor?: string) => {
  if (cursor) query.set('cursor', cursor);
  return query;
};
/** Pages come back with `nextCursor` or `cursor`; the lists read one name. */
function normalisePage<T extends { nextCursor?: string; cursor?: string }>(page: T): T {
  const next = page.nextCursor ?? page.cursor;
  return next ? { ...page, nextCursor: next } : page;
}

export function pushesApi(request: Requester) {
  return {
    needMatches: (needId: string) => request<{ items: MatchView[] }>(`/api/needs/${id(needId)}/matches`),
    listingMatches: (listingId: string) =>
      request<{ items: MatchView[] }>(`/api/listings/${id(listingId)}/matches`),

    proposals: async (status: ProposalStatus, cursor?: string) =>
      normalisePage(
        await request<Page<Proposal> & { cursor?: string }>(
          `/api/proposals?${withCursor(new URLSearchParams({ status }), cursor)}`,
        ),
      ),
    approve: (
      proposalId: string,
      body: { note?: string; message?: string },
      idempotencyKey = newIdempotencyKey(),
    ) => request<Push>(`/api/proposals/${id(proposalId)}/approve`, { method: 'POST', body, idempotencyKey }),
    reject: (proposalId: string, reason: string, idempotencyKey = newIdempotencyKey()) =>
      request<Proposal>(`/api/proposals/${id(proposalId)}/reject`, {
        method: 'POST',
        body: { reason },
        idempotencyKey,
      }),
    settings: () => request<PushSettings>('/api/push-settings'),
    saveSettings: (settings: PushSettings) =>
      request<PushSettings>('/api/push-settings', { method: 'PUT', body: settings }),

    inbox: async (cursor?: string) =>
      normalisePage(await request<InboxPage>(`/api/inbox?${withCursor(new URLSearchParams(), cursor)}`)),
    markRead: (pushId: string, idempotencyKey = newIdempotencyKey()) =>
      request<Push>(`/api/inbox/${id(pushId)}/read`, { method: 'POST', idempotencyKey }),
    feedback: (
      pushId: string,
      answer: { kind: FeedbackKind; comment?: string },
      idempotencyKey = newIdempotencyKey(),
    ) => request<Push>(`/api/inbox/${id(pushId)}/feedback`, { method: 'POST', body: answer, idempotencyKey }),
    preferences: () => request<PushPreferences>('/api/push-preferences'),
    savePreferences: (preferences: PushPreferences) =>
      request<PushPreferences>('/api/push-preferences', { method: 'PUT', body: preferences }),
    unsubscribe: (token: string) =>
      request<{ unsubscribed: boolean; message?: string; enterpriseName?: string }>(
        `/api/push-preferences/unsubscribe?${new URLSearchParams({ token })}`,
      ),

    evidence: async (year: number, cursor?: string) =>
      normalisePage(
        await request<Page<Push> & { cursor?: string }>(
          `/api/pushes?${withCursor(new URLSearchParams({ year: String(year) }), cursor)}`,
        ),
      ),
    summary: (year: number) => request<PushSummary>(`/api/pushes/summary?year=${year}`),
    evidenceXlsx: (year: number) =>
      request<DownloadedFile>(`/api/pushes/evidence.xlsx?year=${year}`, { blob: true }),
    quotas: (year: number) => request<Quotas>(`/api/quotas?year=${year}`),
  };
}

export type PushesApi = ReturnType<typeof pushesApi>;
