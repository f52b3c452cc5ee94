import * as z from 'zod/mini';
import { type CellConverter, cellConverter } from './cell-converter.ts';
import { cellText } from './cell-text.ts';
import { type MatchedColumn, matchHeaders } from './header-match.ts';
import { setPath } from './row-path.ts';
import { isBlank, type SheetRow } from './sheet-row.ts';
import type { Column, Ledger, LedgerReadResult, LedgerRow, LedgerRowError } from './types.ts';
import { bilingualZodMessage } from './zod-issue-message.ts';

interface ColumnReader extends MatchedColumn {
  readonly convert: CellConverter;
}

/** Turns spreadsheet rows (header included) into parsed ledger rows and per-cell errors. */
export function parseRows<T>(ledger: Ledger<T>, sheetRows: readonly SheetRow[]): LedgerReadResult<T> {
  const { matched, unknownHeaders, errors, dataRows } = matchHeaders(ledger, sheetRows);
  if (errors.length > 0) return { rows: [], errors, unknownHeaders };

  const readers: ColumnReader[] = matched.map((match) => ({
    ...match,
    convert: cellConverter(match.column),
  }));
  const columnOf = issueColumnFinder(ledger.columns);
  const rows: LedgerRow<T>[] = [];
  for (const sheetRow of dataRows) {
    if (readers.every(({ index }) => isBlank(sheetRow.cells[index]))) continue;
    if (isTemplateExample(ledger, readers, sheetRow)) continue;
    const result = parseRow(ledger, readers, columnOf, sheetRow);
    if ('value' in result) rows.push({ row: sheetRow.row, value: result.value });
    else errors.push(...result.errors);
  }
  return { rows, errors, unknownHeaders };
}

function parseRow<T>(
  ledger: Ledger<T>,
  readers: readonly ColumnReader[],
  columnOf: (path: readonly PropertyKey[]) => Column,
  { row, cells }: SheetRow,
): { value: T } | { errors: LedgerRowError[] } {
  const record: Record<string, unknown> = {};
  // Conversion errors are the clearest; the schema's complaints about the same cell add nothing.
  const converted = new Map<Column, string[]>();
  for (const { column, index, convert } of readers) {
    const cell = cells[index];
    if (isBlank(cell)) {
      if (column.required) converted.set(column, ['必填 / required']);
      continue;
    }
    const conversion = convert(cell);
    if (conversion.ok) setPath(record, column.key, conversion.value);
    else converted.set(column, [conversion.message]);
  }

  const parsed = z.safeParse(ledger.rowSchema, record, { error: bilingualZodMessage });
  if (parsed.success && converted.size === 0) return { value: parsed.data };

  const messages = new Map(converted);
  for (const issue of parsed.error?.issues ?? []) {
    const column = columnOf(issue.path);
    if (converted.has(column)) continue;
    const list = messages.get(column) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    messages.set(column, list);
  }
  return {
    errors: ledger.columns.flatMap((column) =>
      (messages.get(column) ?? []).map((message) => ({ row, column: column.header, message })),
    ),
  };
}

/**
 * The column a schema issue belongs to: the column at its path, else the column holding it
 * (`tags.2` → `tags`), else the first column inside it (`legal` → `legal.annualFee`), else the first.
 */
function issueColumnFinder(columns: readonly Column[]): (path: readonly PropertyKey[]) => Column {
  const byKey = new Map(columns.map((column) => [column.key, column]));
  return (path) => {
    const parts = path.map(String);
    for (let length = parts.length; length > 0; length--) {
      const column = byKey.get(parts.slice(0, length).join('.'));
      if (column) return column;
    }
    const prefix = `${parts.join('.')}.`;
    return columns.find((column) => column.key.startsWith(prefix)) ?? columns[0]!;
  };
}

/**
 * The template's example row, left in place by the user, is not data: every column with an example
 * is in the file (it came from the template) and every cell still shows the example.
 */
function isTemplateExample<T>(
  ledger: Ledger<T>,
  readers: readonly ColumnReader[],
  { cells }: SheetRow,
): boolean {
  const withExample = ledger.columns.filter((column) => column.example !== undefined).length;
  return (
    withExample > 0 &&
    readers.filter(({ column }) => column.example !== undefined).length === withExample &&
    readers.every(({ column, index }) => cellText(cells[index]) === (column.example?.trim() ?? ''))
  );
}
