import type { StoreRepositoryName } from '@openlicense/store';

/**
 * The store repositories the spreadsheets function reaches: sign-in and idempotency (users, orgs,
 * idempotency), the ledgers it imports and exports (patents, needs, and the authorisations an agency
 * imports needs under), the push evidence export (pushes) and the evaluation report (quotas, quota
 * targets, evidence, and the deals and licences awaiting confirmation), and its import jobs (importJobs). Its Lambda builds only these
 * (`createSpreadsheetStore`), and `createSpreadsheetApp` restricts whatever store it is handed to them, so
 * code reaching another repository fails on the laptop and in the tests, not in AWS.
 */
export const SPREADSHEET_REPOSITORIES = [
  'users',
  'orgs',
  'idempotency',
  'patents',
  'needs',
  'authorisations',
  'pushes',
  'quotas',
  'quotaTargets',
  'evidence',
  'deals',
  'licences',
  'importJobs',
] as const satisfies readonly StoreRepositoryName[];

export type SpreadsheetRepository = (typeof SPREADSHEET_REPOSITORIES)[number];

/**
 * Those the ledger routes (templates, imports and their jobs, the patent and need exports) reach: the
 * spreadsheets function builds only these; the report exports, a function of their own, build them all.
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
] as const satisfies readonly SpreadsheetRepository[];

export type LedgerRepository = (typeof LEDGER_REPOSITORIES)[number];
