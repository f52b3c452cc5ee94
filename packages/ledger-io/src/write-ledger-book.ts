import ExcelJS from 'exceljs';
import { cellFormatter } from './format-cell.ts';
import { getPath } from './row-path.ts';
import { addFilter, addLedgerSheet } from './sheet-layout.ts';
import type { Ledger } from './types.ts';
import { workbookBytes } from './workbook-bytes.ts';

/** One sheet of a workbook: its ledger (name and columns) and its rows. */
export interface LedgerBookSheet {
  // biome-ignore lint/suspicious/noExplicitAny: sheets of different row types share one workbook.
  readonly ledger: Ledger<any>;
  readonly records: readonly object[];
}

/**
 * Exports several ledgers as the sheets of one XLSX, in order, each laid out as `writeLedgerFile`
 * lays out its one sheet (Chinese headers, frozen header row, filter buttons).
 */
export async function writeLedgerBook(sheets: readonly LedgerBookSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const { ledger, records } of sheets) {
    const sheet = addLedgerSheet(workbook, ledger);
    const formatters = ledger.columns.map((column) => ({ key: column.key, format: cellFormatter(column) }));
    for (const record of records)
      sheet.addRow(formatters.map(({ key, format }) => format(getPath(record, key))));
    addFilter(sheet, ledger, records.length + 1);
  }
  return workbookBytes(workbook);
}
