import type { ApiDeps } from '@openlicense/http';
import { restrictLedgerStore, restrictSpreadsheetStore } from './spreadsheet-store.ts';

/** Uploads of a 10,000-row ledger fit well inside this; API Gateway's own payload limit is 10 MB. */
export const UPLOAD_LIMIT_BYTES = 8 * 1024 * 1024;

/** Only the repositories its Lambda builds (`SPREADSHEET_REPOSITORIES`), on the laptop and in the tests too. */
export const spreadsheetDeps = (given: ApiDeps): ApiDeps => ({
  ...given,
  store: restrictSpreadsheetStore(given.store),
});

/** Only the repositories the ledger routes reach (`LEDGER_REPOSITORIES`): what the spreadsheets function builds. */
export const ledgerDeps = (given: ApiDeps): ApiDeps => ({
  ...given,
  store: restrictLedgerStore(given.store),
});
