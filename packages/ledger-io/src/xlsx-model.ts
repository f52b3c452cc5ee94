/**
 * What this package writes into an XLSX: sheets of plain cells with one of a few fixed styles.
 * Small on purpose: `write-xlsx.ts` turns it into SpreadsheetML without a spreadsheet library.
 */

/** The cell formats the templates and exports use; `write-xlsx.ts` declares each once in styles.xml. */
export type CellStyle = 'text' | 'header' | 'example' | 'exampleText' | 'notesHeader' | 'wrap';

/** A run of rich text; `color` is ARGB (`FFC00000`). */
export interface RichRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: string;
}

export type CellValue = string | number | null | readonly RichRun[];

export interface SheetCell {
  readonly value: CellValue;
  readonly style?: CellStyle;
}

export interface SheetColumn {
  /** In Excel characters. */
  readonly width: number;
  /** New cells typed in the column stay text (`@`), so `0123` or `2021-06-01` are kept as typed. */
  readonly text?: boolean;
}

/** A dropdown over one column's rows (1-based, inclusive). */
export interface ListValidation {
  /** 0-based. */
  readonly column: number;
  readonly fromRow: number;
  readonly toRow: number;
  readonly labels: readonly string[];
  readonly errorTitle: string;
  readonly error: string;
}

export interface SheetModel {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  /** `rows[0]` is row 1; `cells[0]` column A; an empty array is a blank row. */
  readonly rows: SheetCell[][];
  readonly freezeHeader?: boolean;
  /** Filter buttons over columns 1…`columns.length` and rows 1…`filterTo`. */
  readonly filterTo?: number;
  readonly validations?: readonly ListValidation[];
}
