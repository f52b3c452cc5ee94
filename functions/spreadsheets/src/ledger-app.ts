import {
  ApiError,
  type ImportDispatch,
  type ImportFiles,
  importJobView,
  memorySnapshotStore,
  queueImport,
} from '@openlicense/app';
import {
  type ApiDeps,
  type ApiRouter,
  createHttpApp,
  guard,
  IMPORT_JOB_SPEC,
  NEED_SHEET_SPECS,
  PATENT_SHEET_SPECS,
} from '@openlicense/http';
import {
  LedgerFormatError,
  SpreadsheetLimitError,
  writeLedgerFile,
  writeTemplate,
} from '@openlicense/ledger-io';
import type { Context } from 'hono';
import { needsToExport } from './export-needs.ts';
import { inProcessImportDispatch } from './import-job-runner.ts';
import { assertNeedImporter } from './import-needs.ts';
import { NEED_SHEET, needToSheet } from './need-sheet.ts';
import { PATENT_EXPORT_SHEET, toExportSheet } from './patent-export-sheet.ts';
import { PATENT_SHEET } from './patent-sheet.ts';
import { readUpload } from './read-upload.ts';
import { inProcessSheetWork, type SheetWork } from './sheet-work.ts';
import { ledgerDeps, UPLOAD_LIMIT_BYTES } from './spreadsheet-deps.ts';
import { xlsxResponse } from './xlsx-response.ts';

export interface LedgerOptions {
  sheetWork?: SheetWork;
  /** Where uploaded rows and finished reports wait (default: this process's memory). */
  importFiles?: ImportFiles;
  /** Starts queued import jobs (default: in this process, as on a laptop). */
  importDispatch?: ImportDispatch;
}

/**
 * The ledger routes (templates, imports queued as jobs and their jobs, the patent and need exports): the
 * spreadsheets function. The reports (`report-app.ts`) are a function of their own, so each bundle stays
 * under 300 KB; `createSpreadsheetApp` serves both on a laptop and in the tests. Same edge as the API:
 * sign-in, errors, idempotency.
 */
export function createLedgerApp(given: ApiDeps, options: LedgerOptions = {}) {
  const deps = ledgerDeps(given);
  return createHttpApp(deps, ledgerRoutes(deps, options), { bodyLimitBytes: UPLOAD_LIMIT_BYTES });
}

/** The ledger routes over `deps` (already restricted: `ledgerDeps`). */
export function ledgerRoutes(deps: ApiDeps, options: LedgerOptions = {}) {
  const sheetWork = options.sheetWork ?? inProcessSheetWork;
  const importFiles = options.importFiles ?? memorySnapshotStore();
  const importDispatch =
    options.importDispatch ??
    inProcessImportDispatch(() => ({ deps, importFiles, sheetWork, log: logJobFault }));
  const jobDeps = { ...deps, importFiles, importDispatch };
  return (router: ApiRouter) => {
    router
      .route(PATENT_SHEET_SPECS.template, async (c) => {
        guard(c, 'patent.write');
        return xlsxResponse(c, await writeTemplate(PATENT_SHEET), '专利台账导入模板.xlsx');
      })
      .route(PATENT_SHEET_SPECS.import, async (c) => {
        const principal = guard(c, 'patent.add');
        const { bytes, filename } = await readUpload(c, 'file');
        const read = await sheetWork.read('patents', bytes, filename).catch(formatError);
        const job = await queueImport(jobDeps, principal, { ledger: 'patents', filename, rows: read });
        return accepted(c, job.id);
      })
      .route(PATENT_SHEET_SPECS.export, async (c) => {
        const principal = guard(c, 'patent.read', {
          ownerOrgId: c.get('principal')?.membership?.orgId ?? '',
        });
        const holder = principal.membership!.orgId;
        const [patents, grades] = await Promise.all([
          deps.store.patents.allByHolder(holder),
          deps.store.patentGrades.listByHolder(holder),
        ]);
        const gradeOf = new Map(grades.map((record) => [record.patentId, record]));
        const rows = patents.map((patent) => toExportSheet(patent, gradeOf.get(patent.number)));
        return xlsxResponse(c, await writeLedgerFile(PATENT_EXPORT_SHEET, rows), '专利台账.xlsx');
      })
      .route(NEED_SHEET_SPECS.template, async (c) => {
        guard(c, 'need.list');
        return xlsxResponse(c, await writeTemplate(NEED_SHEET), '技术需求台账导入模板.xlsx');
      })
      .route(NEED_SHEET_SPECS.import, async (c) => {
        const principal = guard(c, 'need.list');
        assertNeedImporter(principal);
        const { bytes, filename } = await readUpload(c, 'file');
        const read = await sheetWork.read('needs', bytes, filename).catch(formatError);
        const job = await queueImport(jobDeps, principal, { ledger: 'needs', filename, rows: read });
        return accepted(c, job.id);
      })
      .route(IMPORT_JOB_SPEC, async (c, { params }) => {
        // Any member of the uploading organisation; the job is looked up with the caller's organisation.
        const principal = guard(c, 'org.read', {
          ownerOrgId: c.get('principal')?.membership?.orgId ?? '',
        });
        return c.json(await importJobView(jobDeps, principal, params.jobId));
      })
      .route(NEED_SHEET_SPECS.export, async (c) => {
        const principal = guard(c, 'need.list');
        const needs = await needsToExport(deps, principal);
        const rows = needs.map((n) => needToSheet(n, n.ownerName));
        return xlsxResponse(c, await writeLedgerFile(NEED_SHEET, rows), '技术需求台账.xlsx');
      });
  };
}

/** 202 with the job to poll, in `Location` and in the body (an idempotent replay answers the body only). */
function accepted(c: Context, jobId: string) {
  const location = `/api/imports/${jobId}`;
  return c.json({ jobId, status: 'queued' as const, location }, 202, { Location: location });
}

function logJobFault(message: string, error: unknown): void {
  console.error(JSON.stringify({ level: 'ERROR', message, error: String(error) }));
}

/**
 * A file that is not a readable XLSX/CSV is the caller's mistake: 400 with the reader's reason; one
 * over a limit of `SPREADSHEET_LIMITS` is 413 `spreadsheet_too_large` naming the limit and its maximum.
 */
function formatError(error: unknown): never {
  if (error instanceof SpreadsheetLimitError) {
    const details = [{ path: 'file', message: error.message, limit: error.limit, max: error.max }];
    throw new ApiError(413, error.code, error.message, details);
  }
  if (error instanceof LedgerFormatError)
    throw new ApiError(400, error.code, error.message, [{ path: 'file', message: error.message }]);
  throw error;
}
