import type { Waiting } from '@openlicense/contract/waiting';
import { type AuthorisationsApi, authorisationsApi } from './authorisations.ts';
import { type BundlesApi, bundlesApi } from './bundles.ts';
import { confirmationsApi } from './confirmations.ts';
import { conversionNeedsApi } from './conversion-needs.ts';
import { type DealsApi, dealsApi } from './deals.ts';
import { type DeclarationsApi, declarationsApi } from './declarations.ts';
import { type DirectoryApi, directoryApi } from './directory.ts';
import { type EventsApi, eventsApi } from './events.ts';
import { gradingSettingsApi } from './grading-settings.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { type LedgerFilesApi, ledgerFilesApi } from './ledger-files.ts';
import { type LicencesApi, licencesApi } from './licences.ts';
import { type ListingsApi, listingsApi } from './listings.ts';
import { type MarketDemandApi, marketDemandApi } from './market-demand.ts';
import { type MarketSignalsApi, marketSignalsApi } from './market-signals.ts';
import type { EncodedBody } from './multipart.ts';
import { type NeedsApi, needsApi } from './needs.ts';
import { type PatentDisputesApi, patentDisputesApi } from './patent-disputes.ts';
import { type PatentsApi, patentsApi } from './patents.ts';
import { type PushesApi, pushesApi } from './pushes.ts';
import { type QuotasApi, quotasApi } from './quotas.ts';
import type {
  AuditEntry,
  ErrorBody,
  ErrorDetail,
  Me,
  Org,
  OrgApplication,
  OrgResubmission,
  OrgStatus,
  Page,
  TokenResponse,
} from './types.ts';

/** A failed request: `status` 0 means the request never got an HTTP answer. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export interface ApiClientOptions {
  /** Prefix for every path; the API is served from the same origin by default. */
  baseUrl?: string;
  getToken: () => string | null;
  /** Called on a 401 to a request that carried a token (the session expired), before the error is thrown. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
  /** Message used when the server answers without a JSON error body. */
  fallbackMessage?: (status: number) => string;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is with its own content type, e.g. an upload built by `multipartFile`. */
  encoded?: EncodedBody;
  idempotencyKey?: string;
  /** Resolve with the body as a Blob (a file download) instead of parsed JSON. */
  blob?: boolean;
}

/** What the per-resource API modules are given: one request with the session, errors already mapped. */
export type Requester = <T>(path: string, init?: RequestOptions) => Promise<T>;

/** A downloaded file and the name the server suggested for it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The typed client for `/api`. Every method resolves with the parsed body or throws `ApiError`.
 *
 * @example
 * const api = createApiClient({ getToken: () => localStorage.getItem('token') });
 * const me = await api.me();
 */
export function createApiClient(options: ApiClientOptions) {
  const baseUrl = options.baseUrl ?? '';
  const fallbackMessage = options.fallbackMessage ?? ((status: number) => `HTTP ${status}`);

  async function request<T>(path: string, init: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: init.blob ? '*/*' : 'application/json' };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (init.encoded) headers['Content-Type'] = init.encoded.contentType;
    else if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.idempotencyKey) headers['Idempotency-Key'] = init.idempotencyKey;

    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.encoded?.body ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      });
    } catch (cause) {
      throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
    }

    if (response.ok && init.blob) {
      const file: DownloadedFile = {
        blob: await response.blob(),
        filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
      };
      return file as T;
    }
    const body = await readJson(response);
    if (response.ok) return body as T;
    // A 401 without a token is a wrong password, not an expired session.
    if (response.status === 401 && token) options.onUnauthorized?.();
    if (isErrorBody(body)) {
      const { code, message, details } = body.error;
      throw new ApiError(response.status, code, message, Array.isArray(details) ? details : []);
    }
    throw new ApiError(response.status, `http_${response.status}`, fallbackMessage(response.status));
  }

  return {
    signIn: (email: string, password: string) =>
      request<TokenResponse>('/api/auth/local/token', { method: 'POST', body: { email, password } }),
    register: (email: string, password: string, name: string) =>
      request<TokenResponse>('/api/auth/local/register', { method: 'POST', body: { email, password, name } }),
    me: () => request<Me>('/api/me'),
    /** What waits for the user (codes and counts) and this year's quotas: the home page. */
    waiting: () => request<Waiting>('/api/me/waiting'),
    applyOrg: (application: OrgApplication, idempotencyKey = newIdempotencyKey()) =>
      request<Org>('/api/orgs', { method: 'POST', body: application, idempotencyKey }),
    resubmitOrg: (id: string, resubmission: OrgResubmission) =>
      request<Org>(`/api/orgs/${encodeURIComponent(id)}/application`, { method: 'PUT', body: resubmission }),
    listOrgs: (status: OrgStatus, cursor?: string) => {
      const query = new URLSearchParams({ status });
      if (cursor) query.set('cursor', cursor);
      return request<Page<Org>>(`/api/orgs?${query}`);
    },
    getOrg: (id: string) => request<Org>(`/api/orgs/${encodeURIComponent(id)}`),
    orgAudit: (id: string) => request<Page<AuditEntry>>(`/api/orgs/${encodeURIComponent(id)}/audit`),
    approveOrg: (id: string, idempotencyKey = newIdempotencyKey()) =>
      request<Org>(`/api/orgs/${encodeURIComponent(id)}/approve`, { method: 'POST', idempotencyKey }),
    rejectOrg: (id: string, reason: string, idempotencyKey = newIdempotencyKey()) =>
      request<Org>(`/api/orgs/${encodeURIComponent(id)}/reject`, {
        method: 'POST',
        body: { reason },
        idempotencyKey,
      }),
    patents: patentsApi(request),
    patentDisputes: patentDisputesApi(request),
    needs: needsApi(request),
    authorisations: authorisationsApi(request),
    files: ledgerFilesApi(request),
    declarations: declarationsApi(request),
    listings: listingsApi(request),
    bundles: bundlesApi(request),
    pushes: pushesApi(request),
    marketSignals: marketSignalsApi(request),
    marketDemand: marketDemandApi(request),
    conversionNeeds: conversionNeedsApi(request),
    licences: licencesApi(request),
    deals: dealsApi(request),
    confirmations: confirmationsApi(request),
    events: eventsApi(request),
    directory: directoryApi(request),
    quotas: quotasApi(request),
    gradingSettings: gradingSettingsApi(request),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
export type {
  AuthorisationsApi,
  BundlesApi,
  DealsApi,
  DeclarationsApi,
  DirectoryApi,
  EventsApi,
  LedgerFilesApi,
  LicencesApi,
  ListingsApi,
  MarketDemandApi,
  MarketSignalsApi,
  NeedsApi,
  PatentDisputesApi,
  PatentsApi,
  PushesApi,
  QuotasApi,
};

/**
 * The file name a download suggests: the RFC 5987 `filename*` (UTF-8, so Chinese names survive) before
 * the plain `filename`; `null` when there is none.
 *
 * @example filenameFromDisposition("attachment; filename=\"a.xlsx\"; filename*=UTF-8''%E5%8F%B0.xlsx") // '台.xlsx'
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;\s]+)/.exec(header);
  return plain?.[1] ?? plain?.[2] ?? null;
}

/**
 * Groups server field errors by form field, e.g. `contact.email`; a leading `/` or `body.` is ignored.
 * `localise` picks the reader's half of a bilingual message.
 */
export function fieldErrors(
  error: unknown,
  localise: (message: string) => string = (m) => m,
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const { path, message: raw } of error.details) {
    // Some refusals list findings rather than fields (a 422 of failing guards): those have no path.
    if (typeof path !== 'string' || typeof raw !== 'string') continue;
    const message = localise(raw);
    const field = path
      .replace(/^\//, '')
      .replace(/\//g, '.')
      .replace(/^body\./, '');
    byField[field] ??= message;
  }
  return byField;
}
