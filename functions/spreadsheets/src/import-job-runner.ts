import { type AppDeps, type ImportFiles, type ImportJobRef, importFileNames } from '@openlicense/app';
import type { Principal } from '@openlicense/domain';
import type { LedgerReadResult } from '@openlicense/ledger-io';
import type { Metrics } from '@openlicense/observability';
import { importNeeds } from './import-needs.ts';
import { importPatents } from './import-patents.ts';
import type { ImportProgress } from './import-progress.ts';
import { countImport, importReport } from './import-report.ts';
import type { NeedRow } from './need-sheet.ts';
import type { SheetWork } from './sheet-work.ts';

/** How often a running job writes its progress to its record. */
const PROGRESS_EVERY_MS = 1_000;

export interface ImportRunner {
  deps: AppDeps;
  importFiles: ImportFiles;
  sheetWork: SheetWork;
  metrics?: Metrics;
  log?: (message: string, error: unknown) => void;
}

/**
 * Runs one queued import job: the rows the upload read are written as the synchronous import wrote them
 * (every good row kept, every bad row reported by row and column), progress is written every second, and
 * the report is stored for the poll. A job that is not queued (delivered twice, or already finished) is
 * left alone. A fault marks the job failed; rows written before it stay written, and importing the same
 * file again is safe (it changes nothing that is already there).
 */
export async function runImportJob(runner: ImportRunner, ref: ImportJobRef): Promise<void> {
  const { deps, importFiles, sheetWork } = runner;
  const jobs = deps.store.importJobs;
  const job = await jobs.get(ref.jobId, ref.orgId);
  if (!job) return;
  const started = await jobs.update(
    job.id,
    job.orgId,
    { status: 'running', updatedAt: deps.now().toISOString() },
    ['queued'],
  );
  if (!started) return;
  const progress: ImportProgress = { processed: 0 };
  let reported = 0;
  let writing = Promise.resolve();
  const timer = setInterval(() => {
    if (progress.processed === reported) return;
    reported = progress.processed;
    writing = writing
      .then(() =>
        jobs.update(job.id, job.orgId, { processed: reported, updatedAt: deps.now().toISOString() }, [
          'running',
        ]),
      )
      .then(
        () => {},
        () => {},
      );
  }, PROGRESS_EVERY_MS);
  try {
    const stored = await importFiles.get(importFileNames(job.id).rows);
    if (!stored) throw new Error(`the rows of import job ${job.id} are gone`);
    const read = JSON.parse(new TextDecoder().decode(stored)) as LedgerReadResult<never>;
    const principal = job.principal as Principal;
    const outcome =
      job.ledger === 'patents'
        ? await importPatents(deps, principal, read, progress)
        : await importNeeds(deps, principal, read as LedgerReadResult<NeedRow>, progress);
    countImport(runner.metrics, outcome);
    const report = await importReport(outcome, sheetWork);
    await importFiles.put(importFileNames(job.id).result, new TextEncoder().encode(JSON.stringify(report)));
    clearInterval(timer);
    await writing;
    await jobs.update(job.id, job.orgId, {
      status: 'done',
      processed: job.total,
      updatedAt: deps.now().toISOString(),
    });
  } catch (error) {
    clearInterval(timer);
    await writing;
    runner.log?.(`import job ${job.id} failed`, error);
    await jobs.update(job.id, job.orgId, {
      status: 'failed',
      processed: progress.processed,
      updatedAt: deps.now().toISOString(),
      failure: {
        code: 'import_failed',
        message:
          '导入中断：已写入的行保留，请重新导入同一文件（不会重复登记）/ the import stopped: rows written so far stay; import the same file again (nothing is added twice)',
      },
    });
  }
}

/** The laptop's and the tests' worker: the same runner in this process, started and not awaited. */
export function inProcessImportDispatch(runner: () => ImportRunner) {
  return {
    async start(ref: ImportJobRef) {
      const r = runner();
      setImmediate(() => {
        runImportJob(r, ref).catch((error) => r.log?.(`import job ${ref.jobId} could not be run`, error));
      });
    },
  };
}
