import type { MatchView } from '@openlicense/contract/matches';
import type {
  ApproveInput,
  InboxPage as ContractInboxPage,
  FeedbackInput,
  Proposal,
  Push,
  PushPreferences,
  PushPreferencesSave,
  PushSettings,
  PushSettingsSave,
  PushSummary,
  Unsubscribed,
} from '@openlicense/contract/pushes';
import type { OrgQuotas } from '@openlicense/contract/quotas';
import { FEEDBACK_KINDS } from '@openlicense/domain/push/feedback';
import { MATCH_SIGNALS } from '@openlicense/domain/push/match-record';
import { PROPOSAL_STATUSES } from '@openlicense/domain/push/proposal';
import { PUSH_STATUSES } from '@openlicense/domain/push/push';
import type { DownloadedFile, Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

export type {
  ListingKind,
  MatchExplanation,
  Proposal,
  Push,
  PushPreferences,
  PushPreferencesSave,
  PushSettings,
  PushSettingsSave,
  PushSummary,
  SignalExplanation,
} from '@openlicense/contract/pushes';
/** Wire types of matching and precise push (精准推送): matches, the broker's queue, the inbox, the quota. The enumerations are the domain's own (`@openlicense/domain`). */
export { FEEDBACK_KINDS, MATCH_SIGNALS, PROPOSAL_STATUSES, PUSH_STATUSES };

/** Web-only: an older build of the API names the inbox's next page `cursor`; the lists read one name. */
export type InboxPage = ContractInboxPage & { cursor?: string };
export type MatchSignal = (typeof MATCH_SIGNALS)[number];

/** One stored match of a need and a listing (or bundle), best first. */
export type { MatchView } from '@openlicense/contract/matches';
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export type PushStatus = (typeof PUSH_STATUSES)[number];

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
    approve: (proposalId: string, body: ApproveInput, idempotencyKey = newIdempotencyKey()) =>
      request<Push>(`/api/proposals/${id(proposalId)}/approve`, { method: 'POST', body, idempotencyKey }),
    reject: (proposalId: string, reason: string, idempotencyKey = newIdempotencyKey()) =>
      request<Proposal>(`/api/proposals/${id(proposalId)}/reject`, {
        method: 'POST',
        body: { reason },
        idempotencyKey,
      }),
    settings: () => request<PushSettings>('/api/push-settings'),
    saveSettings: (settings: PushSettingsSave) =>
      request<PushSettings>('/api/push-settings', { method: 'PUT', body: settings }),

    inbox: async (cursor?: string) =>
      normalisePage(await request<InboxPage>(`/api/inbox?${withCursor(new URLSearchParams(), cursor)}`)),
    markRead: (pushId: string, idempotencyKey = newIdempotencyKey()) =>
      request<Push>(`/api/inbox/${id(pushId)}/read`, { method: 'POST', idempotencyKey }),
    feedback: (pushId: string, answer: FeedbackInput, idempotencyKey = newIdempotencyKey()) =>
      request<Push>(`/api/inbox/${id(pushId)}/feedback`, { method: 'POST', body: answer, idempotencyKey }),
    preferences: () => request<PushPreferences>('/api/push-preferences'),
    savePreferences: (preferences: PushPreferencesSave) =>
      request<PushPreferences>('/api/push-preferences', { method: 'PUT', body: preferences }),
    unsubscribe: (token: string) =>
      request<Unsubscribed>(`/api/push-preferences/unsubscribe?${new URLSearchParams({ token })}`),

    evidence: async (year: number, cursor?: string) =>
      normalisePage(
        await request<Page<Push> & { cursor?: string }>(
          `/api/pushes?${withCursor(new URLSearchParams({ year: String(year) }), cursor)}`,
        ),
      ),
    summary: (year: number) => request<PushSummary>(`/api/pushes/summary?year=${year}`),
    evidenceXlsx: (year: number) =>
      request<DownloadedFile>(`/api/pushes/evidence.xlsx?year=${year}`, { blob: true }),
    quotas: (year: number) => request<OrgQuotas>(`/api/quotas?year=${year}`),
  };
}

export type PushesApi = ReturnType<typeof pushesApi>;
