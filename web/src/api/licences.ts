import type {
  AcceptanceRequest,
  LicenceView,
  Notification,
  Payment,
  RoyaltyReportInput,
  WrittenNotice,
} from '@openlicense/contract/licences';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Page } from './types.ts';

/** Wire types of open licences (开放许可, Patent Law Art 51): the notice, payments, filing, royalty reports. */
export const LICENCE_STATUSES = ['notice_sent', 'effective', 'filed', 'ended', 'dispute'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export type OfferKind = 'listing' | 'bundle';

export type Party = LicenceView['licensee'];
export type LicenceFiling = NonNullable<LicenceView['filing']>;

export type {
  AcceptanceRequest,
  Notification,
  Payment,
  RoyaltyReport,
  RoyaltyReportInput,
  WrittenNotice,
} from '@openlicense/contract/licences';
/**
 * The licence as the licence routes send it (filing state, what is due now, the next instalment), loosened
 * web-only: an older server leaves `dueNowFen` out (the page then works it out), and the detail page shows
 * the filing's IP office when a server names it (`ipOffice`, not sent today).
 */
export type OpenLicence = Omit<LicenceView, 'dueNowFen'> &
  Partial<Pick<LicenceView, 'dueNowFen'>> & { ipOffice?: Party };

export type LicenceSide = 'licensee' | 'licensor' | 'broker';
export const LICENCE_SIDES: readonly LicenceSide[] = ['licensee', 'licensor', 'broker'];
export type FilingsDue = 'overdue' | 'soon';

/** Answers come as the licence itself or wrapped as `{ licence }`; the pages read the licence. */
const unwrap = (answer: OpenLicence | { licence: OpenLicence }): OpenLicence =>
  'licence' in answer ? answer.licence : answer;

const id = encodeURIComponent;
const path = (licenceId: string) => `/api/licenses/${id(licenceId)}`;

function pageOf<T>(answer: (Page<T> & { cursor?: string }) | T[]): Page<T> {
  if (Array.isArray(answer)) return { items: answer };
  const next = answer.nextCursor ?? answer.cursor;
  return next ? { items: answer.items, nextCursor: next } : { items: answer.items };
}

export function licencesApi(request: Requester) {
  return {
    take: async (
      kind: OfferKind,
      offerId: string,
      body: AcceptanceRequest,
      idempotencyKey = newIdempotencyKey(),
    ) =>
      unwrap(
        await request<OpenLicence | { licence: OpenLicence }>(
          `/api/${kind === 'bundle' ? 'bundles' : 'listings'}/${id(offerId)}/licenses`,
          { method: 'POST', body, idempotencyKey },
        ),
      ),
    list: async (side: LicenceSide, cursor?: string) => {
      const query = new URLSearchParams({ as: side });
      if (cursor) query.set('cursor', cursor);
      return pageOf(await request<Page<OpenLicence> | OpenLicence[]>(`/api/licenses?${query}`));
    },
    get: async (licenceId: string) =>
      unwrap(await request<OpenLicence | { licence: OpenLicence }>(path(licenceId))),
    notice: (licenceId: string) => request<WrittenNotice>(`${path(licenceId)}/notice`),
    pay: async (licenceId: string, payment: Payment, idempotencyKey = newIdempotencyKey()) =>
      unwrap(
        await request<OpenLicence | { licence: OpenLicence }>(`${path(licenceId)}/payments`, {
          method: 'POST',
          body: payment,
          idempotencyKey,
        }),
      ),
    file: async (licenceId: string, filing: { filingNumber: string; filedOn: string }) =>
      unwrap(
        await request<OpenLicence | { licence: OpenLicence }>(`${path(licenceId)}/filing`, {
          method: 'POST',
          body: filing,
          idempotencyKey: newIdempotencyKey(),
        }),
      ),
    filings: async (due: FilingsDue, cursor?: string) => {
      const query = new URLSearchParams({ due });
      if (cursor) query.set('cursor', cursor);
      return pageOf(await request<Page<OpenLicence> | OpenLicence[]>(`/api/licenses/filings?${query}`));
    },
    report: async (licenceId: string, input: RoyaltyReportInput, idempotencyKey = newIdempotencyKey()) =>
      unwrap(
        await request<OpenLicence | { licence: OpenLicence }>(`${path(licenceId)}/royalty-reports`, {
          method: 'POST',
          body: input,
          idempotencyKey,
        }),
      ),
    /** A licensor confirms receipt of a recorded payment, or (with a reason) disputes it. */
    answerReceipt: async (
      licenceId: string,
      receiptId: string,
      version: number,
      reason?: string,
      idempotencyKey = newIdempotencyKey(),
    ) =>
      unwrap(
        await request<OpenLicence | { licence: OpenLicence }>(
          `${path(licenceId)}/receipts/${id(receiptId)}/${reason === undefined ? 'confirm' : 'dispute'}`,
          { method: 'POST', body: reason === undefined ? { version } : { version, reason }, idempotencyKey },
        ),
      ),
    payReport: async (
      licenceId: string,
      reportId: string,
      payment: { paidOn: string; proofReference: string },
      idempotencyKey = newIdempotencyKey(),
    ) =>
      unwrap(
        await request<OpenLicence | { licence: OpenLicence }>(
          `${path(licenceId)}/royalty-reports/${id(reportId)}/payment`,
          { method: 'POST', body: payment, idempotencyKey },
        ),
      ),
    notifications: async () =>
      pageOf(await request<Page<Notification> | Notification[]>('/api/notifications')),
  };
}

export type LicencesApi = ReturnType<typeof licencesApi>;
