import { cellText } from './cell-text.ts';
import { columnLetter } from './column-letter.ts';
import { foldHeader } from './fold-text.ts';
import type { SheetRow } from './sheet-row.ts';
import type { Column, Ledger, LedgerRowError } from './types.ts';

/** Title rows above the header ("XX公司专利台账") are common; look this far down for the header. */
const HEADER_SEARCH_ROWS = 10;

export interface MatchedColumn {
  readonly column: Column;
  /** 0-based index into `SheetRow.cells`. */
  readonly index: number;
}

export interface HeaderMatch {
  /** The ledger's columns found in the file, in ledger order. */
  readonly matched: MatchedColumn[];
  readonly unknownHeaders: string[];
  /** Missing required or repeated columns; when present, no row may be accepted. */
  readonly errors: LedgerRowError[];
  /** The rows below the header. */
  readonly dataRows: readonly SheetRow[];
}

/**
 * Finds the header row — the one among the first rows that names the most columns, normally
 * row 1 — and maps each column to its position.
 */
export function matchHeaders<T>(ledger: Ledger<T>, rows: readonly SheetRow[]): HeaderMatch {
  const lookup = headerLookup(ledger.columns);
  const headerAt = findHeaderRow(rows, lookup);
  const headerRow = rows[headerAt]?.row ?? 1;
  const positions = new Map<Column, number>();
  const unknownHeaders: string[] = [];
  const errors: LedgerRowError[] = [];

  for (const [index, cell] of (rows[headerAt]?.cells ?? []).entries()) {
    const text = cellText(cell);
    if (text === '') continue;
    const column = lookup.get(foldHeader(text));
    const first = column && positions.get(column);
    if (!column) {
      unknownHeaders.push(text);
    } else if (first !== undefined) {
      const where = `${columnLetter(first)}、${columnLetter(index)}`;
      errors.push({
        row: headerRow,
        column: column.header,
        message: `“${column.header}”列重复（第 ${where} 列） / column “${column.header}” appears twice (${where})`,
      });
    } else {
      positions.set(column, index);
    }
  }

  for (const column of ledger.columns) {
    if (column.required && !positions.has(column)) {
      errors.push({
        row: headerRow,
        column: column.header,
        message: `缺少必填列“${column.header}” / missing required column “${column.header}”`,
      });
    }
  }

  const matched = ledger.columns.flatMap((column) => {
    const index = positions.get(column);
    return index === undefined ? [] : [{ column, index }];
  });
  return { matched, unknownHeaders, errors, dataRows: rows.slice(headerAt + 1) };
}

function headerLookup(columns: readonly Column[]): Map<string, Column> {
  const lookup = new Map<string, Column>();
  for (const column of columns) {
    for (const name of [column.header, ...(column.aliases ?? [])]) lookup.set(foldHeader(name), column);
  }
  return lookup;
}

function findHeaderRow(rows: readonly SheetRow[], lookup: Map<string, Column>): number {
  let best = 0;
  let bestCount = 0;
  for (const [at, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const named = new Set(row.cells.map((cell) => lookup.get(foldHeader(cellText(cell)))));
    named.delete(undefined);
    if (named.size > bestCount) {
      best = at;
      bestCount = named.size;
    }
  }
  return best;
}
