import { detectFormat } from './detect-format.ts';
import { parseRows } from './parse-rows.ts';
import { readCsvRows } from './read-csv.ts';
import { readXlsxRows } from './read-xlsx.ts';
import type { Ledger, LedgerReadResult } from './types.ts';

/**
 * Reads an uploaded XLSX or CSV into typed rows and per-cell errors, every error naming the Excel
 * row number and the Chinese column header. A row with any error is left out of `rows`; a missing
 * required column rejects every row. Throws `LedgerFormatError` when the bytes are not a
 * spreadsheet it can read.
 *
 * @example
 * const { rows, errors, unknownHeaders } = await readLedgerFile(patentLedger, bytes, '专利台账.xlsx');
 */
export async function readLedgerFile<T>(
  ledger: Ledger<T>,
  bytes: Uint8Array,
  filename: string,
): Promise<LedgerReadResult<T>> {
  const sheetRows =
    detectFormat(bytes, filename) === 'xlsx'
      ? await readXlsxRows(bytes, ledger.sheetName)
      : readCsvRows(bytes);
  return parseRows(ledger, sheetRows);
}
