import ExcelJS from 'exceljs';
import { cellFormatter } from './format-cell.ts';
import { getPath } from './row-path.ts';
import { addFilter, addLedgerSheet } from './sheet-layout.ts';
import type { Ledger } from './types.ts';
import { workbookBytes } from './workbook-bytes.ts';

/**
 * Exports records as an XLSX the user can edit and import again: Chinese headers, values as
 * they would type them (see `Column.kind`).
 */
export async function writeLedgerFile<T>(
  ledger: Ledger<T>,
  records: readonly (T | Record<string, unknown>)[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addLedgerSheet(workbook, ledger);
  const formatters = ledger.columns.map((column) => ({ key: column.key, format: cellFormatter(column) }));
  for (const record of records) {
    sheet.addRow(formatters.map(({ key, format }) => format(getPath(record, key))));
  }
  addFilter(sheet, ledger, records.length + 1);
  return workbookBytes(workbook);
}
