import type { StoreRepositoryName } from '@openlicense/store';

/**
 * Those the ledger routes (templates, imports and their jobs, the patent and need exports) reach: sign-in
 * and idempotency (users, orgs, idempotency), the ledgers they import and export (patents, needs, and the
 * authorisations an agency imports needs under), the evidence an import writes, and the import jobs. The
 * spreadsheets function builds only these (`createLedgerStore`); the report exports, a function of their
 * own, build them all.
 */
export const LEDGER_REPOSITORIES = [
  'users',
  'orgs',
  'idempotency',
  'patents',
  'needs',
  'authorisations',
  'evidence',
  'importJobs',
  // The patent export carries each patent's grade and reasons (分级分类), which the matcher stores.
  'patentGrades',
] as const satisfies readonly StoreRepositoryName[];

export type LedgerRepository = (typeof LEDGER_REPOSITORIES)[number];

/**
 * The store repositories every spreadsheet route reaches: the ledger routes' and, for the reports, the
 * push evidence export (pushes) and the evaluation report (quotas, quota targets, and the deals and
 * licences awaiting confirmation). The reports' Lambda builds only these (`createSpreadsheetStore`), and
 * `createSpreadsheetApp` restricts whatever store it is handed to them, so code reaching another
 * repository fails on the laptop and in the tests, not in AWS.
 */
export const SPREADSHEET_REPOSITORIES = [
  ...LEDGER_REPOSITORIES,
  'pushes',
  'quotas',
  'quotaTargets',
  'deals',
  'licences',
] as const satisfies readonly StoreRepositoryName[];

export type SpreadsheetRepository = (typeof SPREADSHEET_REPOSITORIES)[number];
