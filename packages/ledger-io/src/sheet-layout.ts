import type { Workbook, Worksheet } from 'exceljs';
import type { Column, Ledger } from './types.ts';

/** Kinds whose cells must stay text, so Excel does not turn `0123`, `2021-06-01` or `ZL…` into numbers. */
const TEXT_KINDS = new Set(['text', 'list', 'date', 'enum', 'boolean']);

/** Adds the ledger's sheet with its header row: bold, frozen, each column sized. */
export function addLedgerSheet<T>(
  workbook: Workbook,
  ledger: Ledger<T>,
  { markRequired = false }: { markRequired?: boolean } = {},
): Worksheet {
  const sheet = workbook.addWorksheet(ledger.sheetName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  for (const [at, column] of ledger.columns.entries()) {
    const sheetColumn = sheet.getColumn(at + 1);
    sheetColumn.width = column.width ?? defaultWidth(column);
    if (TEXT_KINDS.has(column.kind ?? 'text')) sheetColumn.numFmt = '@';
    const cell = sheet.getCell(1, at + 1);
    // The red asterisk is read back fine: header matching ignores '*'.
    cell.value =
      markRequired && column.required
        ? {
            richText: [
              { text: '*', font: { bold: true, color: { argb: 'FFC00000' } } },
              { text: column.header },
            ],
          }
        : column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  }
  return sheet;
}

/** Turns on the filter buttons over the header and `lastRow` rows. */
export function addFilter<T>(sheet: Worksheet, ledger: Ledger<T>, lastRow: number): void {
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(lastRow, 1), column: ledger.columns.length },
  };
}

/** Wide enough for the header or the example, counting a Chinese character as two. */
function defaultWidth(column: Column): number {
  const widest = Math.max(displayWidth(column.header), displayWidth(column.example ?? ''));
  return Math.min(Math.max(widest + 4, 10), 50);
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! > 0xff ? 2 : 1;
  return width;
}
