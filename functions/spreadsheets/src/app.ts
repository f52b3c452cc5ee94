import { type ApiDeps, createHttpApp } from '@openlicense/http';
import { type LedgerOptions, ledgerRoutes } from './ledger-app.ts';
import { reportRoutes } from './report-app.ts';
import { ledgerDeps, spreadsheetDeps, UPLOAD_LIMIT_BYTES } from './spreadsheet-deps.ts';

export { createLedgerApp, type LedgerOptions } from './ledger-app.ts';
export { createReportApp } from './report-app.ts';

/**
 * Every spreadsheet route (templates, imports, exports, reports) in one app, as the laptop and the tests
 * serve them; in AWS the ledger routes (`createLedgerApp`) and the reports (`createReportApp`) are two
 * functions, so the spreadsheet library stays out of the API's bundles and each stays under 300 KB.
 */
export function createSpreadsheetApp(given: ApiDeps, options: LedgerOptions = {}) {
  const deps = spreadsheetDeps(given);
  const ledgers = ledgerRoutes(ledgerDeps(given), options);
  const reports = reportRoutes(deps);
  return createHttpApp(
    deps,
    (router) => {
      ledgers(router);
      reports(router);
    },
    { bodyLimitBytes: UPLOAD_LIMIT_BYTES },
  );
}
