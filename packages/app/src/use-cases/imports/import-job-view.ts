import type { Principal } from '@openlicense/domain';
import { ApiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { type ImportFiles, importFileNames } from './import-job-ports.ts';

/**
 * An import job as its uploader's organisation sees it: progress while it runs, the report once done.
 * Another organisation's job (or none) is 404: the job is looked up with the caller's organisation.
 */
export async function importJobView(
  deps: AppDeps & { importFiles: ImportFiles },
  principal: Principal,
  jobId: string,
) {
  const orgId = principal.membership?.orgId;
  const job = orgId ? await deps.store.importJobs.get(jobId, orgId) : undefined;
  if (!job) throw new ApiError(404, 'not_found', '没有这个导入任务 / no such import job');
  const { id, orgId: _org, principal: _who, ...rest } = job;
  let result: unknown;
  if (job.status === 'done') {
    const bytes = await deps.importFiles.get(importFileNames(id).result);
    if (bytes) result = JSON.parse(new TextDecoder().decode(bytes));
  }
  return { jobId: id, ...rest, ...(result === undefined ? {} : { result }) };
}
