import type { ImportResult } from '@openlicense/contract/ledger-files';
import type { DownloadedFile, Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { multipartFile } from './multipart.ts';

/** The ledgers that import and export spreadsheets through the same three routes. */
export type LedgerResource = 'patents' | 'needs';

export type { ImportResult, ImportRowError } from '@openlicense/contract/ledger-files';

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
