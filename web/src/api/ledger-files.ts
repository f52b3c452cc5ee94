import type { ImportJobAccepted, ImportJobView } from '@openlicense/contract/import-jobs';
import type { ImportResult } from '@openlicense/contract/ledger-files';
import { ApiError, type DownloadedFile, type Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { multipartFile } from './multipart.ts';

/** The ledgers that import and export spreadsheets through the same three routes. */
export type LedgerResource = 'patents' | 'needs';

export type { ImportJobView } from '@openlicense/contract/import-jobs';
export type { ImportResult, ImportRowError } from '@openlicense/contract/ledger-files';

/** The first wait between polls of an import job, doubled after each poll up to `POLL_MAX_MS`. */
const POLL_FIRST_MS = 250;
const POLL_MAX_MS = 2_000;

export function ledgerFilesApi(request: Requester) {
  return {
    /** The fill-in template; the route needs the Authorization header, so it is fetched, not linked. */
    template: (resource: LedgerResource) =>
      request<DownloadedFile>(`/api/${resource}/template.xlsx`, { blob: true }),
    export: (resource: LedgerResource) =>
      request<DownloadedFile>(`/api/${resource}/export.xlsx`, { blob: true }),
    /**
     * Uploads an XLSX or CSV as multipart field `file` (a retry with the same key sends the same bytes and
     * gets the same job back), then polls the job, backing off, until it is done; `onProgress` hears each
     * poll. Answers the job's report; a job that failed is thrown as an `ApiError` with its reason.
     */
    import: async (
      resource: LedgerResource,
      file: File,
      idempotencyKey = newIdempotencyKey(),
      onProgress: (job: ImportJobView) => void = () => {},
    ): Promise<ImportResult> => {
      const accepted = await request<ImportJobAccepted>(`/api/${resource}/import`, {
        method: 'POST',
        encoded: multipartFile('file', file, idempotencyKey),
        idempotencyKey,
      });
      let wait = POLL_FIRST_MS;
      for (;;) {
        const job = await request<ImportJobView>(accepted.location);
        onProgress(job);
        if (job.status === 'done' && job.result) return job.result;
        if (job.status === 'failed')
          throw new ApiError(422, job.failure?.code ?? 'import_failed', job.failure?.message ?? '');
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, POLL_MAX_MS);
      }
    },
  };
}

export type LedgerFilesApi = ReturnType<typeof ledgerFilesApi>;
