import type { Ledger } from './types.ts';
import { ledgerSheetWith } from './write-ledger-file.ts';
import { writeXlsx } from './write-xlsx.ts';

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
  return writeXlsx(sheets.map(({ ledger, records }) => ledgerSheetWith(ledger, records)));
}
