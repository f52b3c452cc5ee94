import type { DownloadedFile, Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { multipartFile } from './multipart.ts';

/** The ledgers that import and export spreadsheets through the same three routes. */
export type LedgerResource = 'patents' | 'needs';

export interface ImportRowError {
  /** Spreadsheet row number, as Excel shows it. */
  row: number;
  /** The column's header, e.g. 专利号. */
  column: string;
  /** `中文 / English`. */
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** The first 1,000 problems. */
  errors: ImportRowError[];
  /** How many problems in all. */
  errorCount: number;
  /** Every problem as an XLSX, when there is any. */
  errorReport?: { filename: string; contentType: string; base64: string };
}

export function ledgerFilesApi(request: Requester) {
  return {
    /** The fill-in template; the route needs the Authorization header, so it is fetched, not linked. */
    template: (resource: LedgerResource) =>
      request<DownloadedFile>(`/api/${resource}/template.xlsx`, { blob: true }),
    export: (resource: LedgerResource) =>
      request<DownloadedFile>(`/api/${resource}/export.xlsx`, { blob: true }),
    /** Uploads an XLSX or CSV as multipart field `file`; a retry with the same key sends the same bytes. */
    import: (resource: LedgerResource, file: File, idempotencyKey = newIdempotencyKey()) =>
      request<ImportResult>(`/api/${resource}/import`, {
        method: 'POST',
        encoded: multipartFile('file', file, idempotencyKey),
        idempotencyKey,
      }),
  };
}

export type LedgerFilesApi = ReturnType<typeof ledgerFilesApi>;
