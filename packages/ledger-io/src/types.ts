import type * as z from 'zod/mini';

/**
 * How a cell is read and written.
 * - `text`: as typed (numbers and dates shown as text).
 * - `list`: split on ；;，,、 and new lines; written joined with '；'.
 * - `date`: Excel dates, `2021/6/1`, `2021-06-01`, `2021年6月1日`, `20210601` → `YYYY-MM-DD`.
 * - `number`: numbers, also typed as text with thousands separators or full-width digits.
 * - `boolean`: 是/否, 有/无, Y/N, yes/no, true/false, 1/0.
 * - `enum`: a label from `values` (or a stored value itself).
 */
export type ColumnKind = 'text' | 'list' | 'date' | 'number' | 'boolean' | 'enum';

/** One column of a ledger as the user sees it in Excel. */
export interface Column {
  /** Path in the row object; dotted for nested fields (`legal.annualFee`). */
  readonly key: string;
  /** The Chinese header written in templates and exports (`专利号`). */
  readonly header: string;
  /** Other headers accepted on import (`ZL号`, `Patent No.`). */
  readonly aliases?: readonly string[];
  /** The column must be present and every row must fill it. */
  readonly required?: boolean;
  /** Defaults to `text`. */
  readonly kind?: ColumnKind;
  /**
   * Chinese label → stored value, for `enum` and `list` columns. Several labels may share a value
   * (synonyms); the first one is written on export.
   */
  readonly values?: Readonly<Record<string, string>>;
  /** What the template's example row shows, as the user would type it. */
  readonly example?: string;
  /** Column width in Excel characters; derived from the header when absent. */
  readonly width?: number;
}

/** A ledger: one sheet of columns, each data row parsed by `rowSchema`. */
export interface Ledger<T> {
  readonly sheetName: string;
  readonly columns: readonly Column[];
  /** Any zod 4 schema, classic or mini (`zod/mini` keeps the functions' bundles small). */
  readonly rowSchema: z.core.$ZodType<T>;
  /** Extra lines for the template's 填写说明 sheet. */
  readonly instructions?: readonly string[];
}

/** A problem with one cell (or, for header problems, one column) of the file. */
export interface LedgerRowError {
  /** 1-based spreadsheet row number as the user sees it in Excel. */
  readonly row: number;
  /** The column's Chinese header. */
  readonly column: string;
  /** Chinese first, then ' / ' English. */
  readonly message: string;
}

export interface LedgerRow<T> {
  /** 1-based spreadsheet row number as the user sees it in Excel. */
  readonly row: number;
  readonly value: T;
}

export interface LedgerReadResult<T> {
  /** Rows that converted and parsed cleanly, in file order. */
  readonly rows: LedgerRow<T>[];
  /** Every problem found; a row with any error is not in `rows`. */
  readonly errors: LedgerRowError[];
  /** Non-empty headers that match no column, as written in the file. */
  readonly unknownHeaders: string[];
}
