import type { Requester } from './client.ts';
import type { LicenceReceipt } from './confirmations.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { ExpectedVolumes, LicencePeriod, Royalty } from './royalty.ts';
import type { Contact, Page } from './types.ts';

/** Wire types of open licences (开放许可, Patent Law Art 51): the notice, payments, filing, royalty reports. */
export const LICENCE_STATUSES = ['notice_sent', 'effective', 'filed', 'ended', 'dispute'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export type OfferKind = 'listing' | 'bundle';

export interface Party {
  orgId: string;
  name: string;
}

export interface Payment {
  amountFen: number;
  paidOn: string;
  proofReference: string;
}

export interface RoyaltyReport {
  id: string;
  periodStart: string;
  periodEnd: string;
  netSalesFen?: number;
  profitFen?: number;
  units?: number;
  note?: string;
  amountDueFen: number;
  reportedAt: string;
  paidOn?: string;
  proofReference?: string;
}

export interface LicenceFiling {
  deadline: string;
  remindersSent: number[];
  filedOn?: string;
  filingNumber?: string;
}

export interface OpenLicence {
  id: string;
  offer: {
    kind: OfferKind;
    id: string;
    title: string;
    declarationIds: string[];
    patentNumbers: string[];
  };
  licensors: Party[];
  licensee: Party;
  contact: Contact;
  terms: { royalty: Royalty; period: LicencePeriod; scope: string; territory: string };
  startDate: string;
  noticeDate: string;
  status: LicenceStatus;
  dueOnAcceptanceFen: number;
  payments: Payment[];
  effectiveDate?: string;
  filing?: LicenceFiling;
  royaltyReports: RoyaltyReport[];
  brokerOrgId?: string;
  brokerName?: string;
  source?: { kind: 'push'; pushId: string } | { kind: 'event'; eventId: string };
  estimatedTotalFen?: number;
  /** The IP office the filing goes to, when the server names it. */
  ipOffice?: Party;
  /** Where the filing stands today, as the server counts it. */
  filingState?: 'filed' | 'due' | 'due_soon' | 'urgent' | 'overdue';
  /** What a payment recorded now must amount to (the due payment, or the next instalment), in fen. */
  dueNowFen?: number;
  nextInstalment?: { number: number; amountFen: number; dueOn: string };
  /** What each recorded payment counts for the licensors, waiting for each to confirm receipt. */
  receipts?: LicenceReceipt[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The written notice (书面通知) as the server lays it out for printing. */
export interface WrittenNotice {
  title: string;
  addressees: string;
  sections: { heading: string; lines: string[] }[];
  signature: { party: string; contact: string; date: string };
}

export interface AcceptanceRequest {
  startDate: string;
  contact: Contact;
  payment?: Payment;
  acceptsTerms: true;
  pushId?: string;
  eventId?: string;
  expected?: ExpectedVolumes;
}

export interface RoyaltyReportInput {
  periodStart: string;
  periodEnd: string;
  netSalesFen?: number;
  profitFen?: number;
  units?: number;
  note?: string;
}

export type LicenceSide = 'licensee' | 'licensor' | 'broker';
export const LICENCE_SIDES: readonly LicenceSide[] = ['licensee', 'licensor', 'broker'];
export type FilingsDue = 'overdue' | 'soon';

/** A message in the organisation's notification inbox, e.g. a filing reminder (title and body bilingual). */
export interface Notification {
  id: string;
  orgId: string;
  kind: string;
  title: string;
  body: string;
  /** The licence (or other record) it is about. */
  subjectId: string;
  createdAt: string;
  emailed: boolean;
}

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
