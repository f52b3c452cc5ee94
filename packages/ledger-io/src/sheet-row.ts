/** An Excel error value such as `#N/A` or `#REF!`. */
export interface CellError {
  readonly error: string;
}

/** A cell as read from XLSX or CSV, before a column gives it meaning. */
export type RawCell = string | number | boolean | Date | CellError | undefined;

/** One non-empty spreadsheet row; `cells[0]` is column A. */
export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  readonly row: number;
  readonly cells: readonly RawCell[];
}

export function isBlank(cell: RawCell): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
