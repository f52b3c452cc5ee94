export { defineLedger, INSTRUCTIONS_SHEET } from './define-ledger.ts';
export { duplicateKeys } from './duplicate-keys.ts';
export { LedgerFormatError, type LedgerFormatErrorCode } from './errors.ts';
export { readLedgerFile } from './read-ledger-file.ts';
export { SPREADSHEET_LIMITS, type SpreadsheetLimit, SpreadsheetLimitError } from './spreadsheet-limits.ts';
export type { Column, ColumnKind, Ledger, LedgerReadResult, LedgerRow, LedgerRowError } from './types.ts';
export { type LedgerBookSheet, writeLedgerBook } from './write-ledger-book.ts';
export { writeLedgerFile } from './write-ledger-file.ts';
export { writeTemplate } from './write-template.ts';
