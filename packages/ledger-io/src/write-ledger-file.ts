import { cellFormatter } from './format-cell.ts';
import { getPath } from './row-path.ts';
import { dataRow, ledgerSheet } from './sheet-layout.ts';
import type { Ledger } from './types.ts';
import { writeXlsx } from './write-xlsx.ts';

/**
 * Exports records as an XLSX the user can edit and import again: Chinese headers, values as
 * they would type them (see `Column.kind`), frozen header row, filter buttons.
 */
export async function writeLedgerFile<T>(
  ledger: Ledger<T>,
  records: readonly (T | Record<string, unknown>)[],
): Promise<Uint8Array> {
  return writeXlsx([ledgerSheetWith(ledger, records)]);
}

/** The ledger's sheet holding `records`, one row each. */
export function ledgerSheetWith<T>(ledger: Ledger<T>, records: readonly unknown[]) {
  const sheet = ledgerSheet(ledger);
  const formatters = ledger.columns.map((column) => ({ key: column.key, format: cellFormatter(column) }));
  for (const record of records) {
    sheet.rows.push(
      dataRow(
        ledger,
        formatters.map(({ key, format }) => format(getPath(record, key))),
      ),
    );
  }
  return { ...sheet, filterTo: records.length + 1 };
}
