import type { PatentInput } from '@openlicense/domain';
import {
  defineLedger,
  type LedgerReadResult,
  type LedgerRowError,
  readLedgerFile,
  writeLedgerFile,
} from '@openlicense/ledger-io';
import * as z from 'zod/mini';
import { NEED_SHEET, type NeedRow } from './need-sheet.ts';
import { PATENT_SHEET } from './patent-sheet.ts';

/** What each importable ledger's rows parse to. */
export interface LedgerRows {
  patents: PatentInput;
  needs: NeedRow;
}
export type LedgerName = keyof LedgerRows;

/**
 * The CPU-heavy half of an import: reading the file and writing the problem list. In AWS it runs in
 * the spreadsheet function's own Lambda (`inProcessSheetWork`); on a laptop, where one process
 * serves everything, `packages/local` runs the same code in a worker thread so requests keep being
 * answered while a large or hostile file is read.
 */
export interface SheetWork {
  read<K extends LedgerName>(
    ledger: K,
    bytes: Uint8Array,
    filename: string,
  ): Promise<LedgerReadResult<LedgerRows[K]>>;
  /** Every problem of an import as an XLSX (行, 列, 问题). */
  errorReport(errors: readonly LedgerRowError[]): Promise<Uint8Array>;
}

const LEDGERS = { patents: PATENT_SHEET, needs: NEED_SHEET } as const;

const ERROR_SHEET = defineLedger<LedgerRowError>({
  sheetName: '导入问题',
  columns: [
    { key: 'row', header: '行', kind: 'number', width: 8 },
    { key: 'column', header: '列', width: 16 },
    { key: 'message', header: '问题', width: 90 },
  ],
  rowSchema: z.object({ row: z.number().check(z.int()), column: z.string(), message: z.string() }),
});

export const inProcessSheetWork: SheetWork = {
  read: (ledger, bytes, filename) =>
    readLedgerFile(LEDGERS[ledger] as never, bytes, filename) as Promise<LedgerReadResult<never>>,
  errorReport: (errors) => writeLedgerFile(ERROR_SHEET, errors),
};
