import { orgInJurisdiction } from '@openlicense/app';
import {
  type ApiDeps,
  type ApiRouter,
  createHttpApp,
  EVALUATION_REPORT_SPEC,
  guard,
  PUSH_EVIDENCE_SPEC,
} from '@openlicense/http';
import { writeLedgerBook, writeLedgerFile } from '@openlicense/ledger-io';
import { allEvaluationSheets, evaluationsOf, orgEvaluationSheets } from './evaluation-report.ts';
import { evidenceYear, pushesOfYear } from './export-push-evidence.ts';
import { evidenceSheetRows, PUSH_EVIDENCE_SHEET } from './push-evidence-sheet.ts';
import { spreadsheetDeps, UPLOAD_LIMIT_BYTES } from './spreadsheet-deps.ts';
import { xlsxResponse } from './xlsx-response.ts';

/**
 * The report exports (push evidence, the evaluation report): a function of their own, since with the
 * ledger routes one bundle weighed 337 KB, over the 300 KB a function's bundle may weigh.
 */
export function createReportApp(given: ApiDeps) {
  const deps = spreadsheetDeps(given);
  return createHttpApp(deps, reportRoutes(deps), { bodyLimitBytes: UPLOAD_LIMIT_BYTES });
}

/** The report routes over `deps` (already restricted: `spreadsheetDeps`). */
export function reportRoutes(deps: ApiDeps) {
  return (router: ApiRouter) => {
    router
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
  };
}
