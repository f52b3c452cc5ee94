import type { Principal } from '@openlicense/domain';
import type { ImportJob } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import { type ImportDispatch, type ImportFiles, importFileNames } from './import-job-ports.ts';

/**
 * Queues an import of rows already read (and checked against the reading limits) from an upload: the rows
 * are stored, the job is recorded as queued for the uploader's organisation, and a worker is started. The
 * slow part, one write per row, runs in the worker, so no gateway timeout can cut it.
 */
export async function queueImport(
  deps: AppDeps & { importFiles: ImportFiles; importDispatch: ImportDispatch },
  principal: Principal,
  upload: {
    ledger: ImportJob['ledger'];
    filename: string;
    rows: { rows: readonly unknown[]; errors: readonly unknown[] };
  },
): Promise<ImportJob> {
  const orgId = principal.membership!.orgId;
  const at = deps.now().toISOString();
  const job: ImportJob = {
    id: deps.newId(),
    orgId,
    ledger: upload.ledger,
    status: 'queued',
    filename: upload.filename.slice(0, 200),
    principal,
    total: upload.rows.rows.length + new Set(upload.rows.errors.map(rowOf)).size,
    processed: 0,
    createdAt: at,
    updatedAt: at,
  };
  await deps.importFiles.put(
    importFileNames(job.id).rows,
    new TextEncoder().encode(JSON.stringify(upload.rows)),
  );
  await deps.store.importJobs.create(job);
  await deps.importDispatch.start({ jobId: job.id, orgId });
  return job;
}

const rowOf = (error: unknown) => (error as { row?: number }).row ?? -1;
