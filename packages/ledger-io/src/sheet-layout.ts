import type { Column, Ledger } from './types.ts';
import type { CellValue, SheetCell, SheetModel } from './xlsx-model.ts';

/** Kinds whose cells must stay text, so Excel does not turn `0123`, `2021-06-01` or `ZL…` into numbers. */
const TEXT_KINDS = new Set(['text', 'list', 'date', 'enum', 'boolean']);

export function isTextColumn(column: Column): boolean {
  return TEXT_KINDS.has(column.kind ?? 'text');
}

/** The ledger's sheet with its header row: bold, frozen, each column sized; data rows to be added. */
export function ledgerSheet<T>(
  ledger: Ledger<T>,
  { markRequired = false }: { markRequired?: boolean } = {},
): SheetModel & { rows: SheetCell[][] } {
  const header = ledger.columns.map(
    (column): SheetCell => ({
      // The red asterisk is read back fine: header matching ignores '*'.
      value:
        markRequired && column.required
          ? [{ text: '*', bold: true, color: 'FFC00000' }, { text: column.header }]
          : column.header,
      style: 'header',
    }),
  );
  return {
    name: ledger.sheetName,
    columns: ledger.columns.map((column) => ({
      width: column.width ?? defaultWidth(column),
      text: isTextColumn(column),
    })),
    rows: [header],
    freezeHeader: true,
  };
}

/** A data row: cells of text columns keep the text format, so Excel shows them as typed. */
export function dataRow<T>(ledger: Ledger<T>, values: readonly CellValue[]): SheetCell[] {
  return ledger.columns.map((column, at) =>
    isTextColumn(column) ? { value: values[at] ?? null, style: 'text' } : { value: values[at] ?? null },
  );
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
