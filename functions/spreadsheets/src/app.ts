import {
  ApiError,
  type ImportDispatch,
  type ImportFiles,
  importJobView,
  memorySnapshotStore,
  orgInJurisdiction,
  queueImport,
} from '@openlicense/app';
import {
  type ApiDeps,
  createHttpApp,
  EVALUATION_REPORT_SPEC,
  guard,
  IMPORT_JOB_SPEC,
  NEED_SHEET_SPECS,
  PATENT_SHEET_SPECS,
  PUSH_EVIDENCE_SPEC,
} from '@openlicense/http';
import {
  LedgerFormatError,
  SpreadsheetLimitError,
  writeLedgerBook,
  writeLedgerFile,
  writeTemplate,
} from '@openlicense/ledger-io';
import type { Context } from 'hono';
import { allEvaluationSheets, evaluationsOf, orgEvaluationSheets } from './evaluation-report.ts';
import { needsToExport } from './export-needs.ts';
import { evidenceYear, pushesOfYear } from './export-push-evidence.ts';
import { inProcessImportDispatch } from './import-job-runner.ts';
import { assertNeedImporter } from './import-needs.ts';
import { NEED_SHEET, needToSheet } from './need-sheet.ts';
import { PATENT_SHEET, toSheet } from './patent-sheet.ts';
import { evidenceSheetRows, PUSH_EVIDENCE_SHEET } from './push-evidence-sheet.ts';
import { readUpload } from './read-upload.ts';
import { inProcessSheetWork, type SheetWork } from './sheet-work.ts';
import { restrictSpreadsheetStore } from './spreadsheet-store.ts';
import { xlsxResponse } from './xlsx-response.ts';

/** Uploads of a 10,000-row ledger fit well inside this; API Gateway's own payload limit is 10 MB. */
const UPLOAD_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * The spreadsheet routes (templates, imports, exports), in a function of their own so the
 * spreadsheet library stays out of the API's bundle. Same edge: sign-in, errors, idempotency.
 */
export function createSpreadsheetApp(
  given: ApiDeps,
  options: {
    sheetWork?: SheetWork;
    /** Where uploaded rows and finished reports wait (default: this process's memory). */
    importFiles?: ImportFiles;
    /** Starts queued import jobs (default: in this process, as on a laptop). */
    importDispatch?: ImportDispatch;
  } = {},
) {
  const sheetWork = options.sheetWork ?? inProcessSheetWork;
  // Only the repositories its Lambda builds (SPREADSHEET_REPOSITORIES), on the laptop and in the tests too.
  const deps: ApiDeps = { ...given, store: restrictSpreadsheetStore(given.store) };
  const importFiles = options.importFiles ?? memorySnapshotStore();
  const importDispatch =
    options.importDispatch ??
    inProcessImportDispatch(() => ({ deps, importFiles, sheetWork, log: logJobFault }));
  const jobDeps = { ...deps, importFiles, importDispatch };
  return createHttpApp(
    deps,
    (router) => {
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
          const patents = await deps.store.patents.allByHolder(principal.membership!.orgId);
          return xlsxResponse(c, await writeLedgerFile(PATENT_SHEET, patents.map(toSheet)), '专利台账.xlsx');
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
        })
        .route(PUSH_EVIDENCE_SPEC, async (c, { query }) => {
          // As `GET /api/pushes`: a broker's own evidence; the IP office names the broker (`orgId`).
          const principal = guard(c, 'push.list', query.orgId ? { ownerOrgId: query.orgId } : {});
          if (query.orgId) await orgInJurisdiction(deps, principal, 'evidence.read', query.orgId);
          const orgId = query.orgId ?? principal.membership?.orgId ?? '';
          const year = evidenceYear(query.year, deps.now());
          const rows = evidenceSheetRows(await pushesOfYear(deps, orgId, year));
          const file = await writeLedgerFile(PUSH_EVIDENCE_SHEET, rows);
          return xlsxResponse(c, file, `精准推送佐证-${year}.xlsx`);
        })
        .route(EVALUATION_REPORT_SPEC, async (c, { query }) => {
          // As `GET /api/evidence`: an organisation's own; the IP office names one, or `all`.
          const all = query.orgId === 'all';
          const principal = all
            ? guard(c, 'quota.overview')
            : guard(c, 'evidence.read', query.orgId ? { ownerOrgId: query.orgId } : {});
          if (!all && query.orgId) await orgInJurisdiction(deps, principal, 'evidence.read', query.orgId);
          const orgId = query.orgId ?? principal.membership?.orgId ?? '';
          const year = Number(evidenceYear(query.year, deps.now()));
          const evaluations = await evaluationsOf(deps, orgId, year, principal.membership?.regionCode);
          const sheets = all ? allEvaluationSheets(evaluations) : orgEvaluationSheets(evaluations[0]!);
          const who = all ? '全部机构' : (evaluations[0]?.report.orgName ?? orgId);
          return xlsxResponse(c, await writeLedgerBook(sheets), `绩效评价-${who}-${year}.xlsx`);
        });
    },
    { bodyLimitBytes: UPLOAD_LIMIT_BYTES },
  );
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
