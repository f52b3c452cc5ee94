import { CsvSyntaxError, eachCsvRecord } from './csv-records.ts';
import { decodeText } from './decode-text.ts';
import { LedgerFormatError } from './errors.ts';
import { isBlank, type SheetRow } from './sheet-row.ts';
import { SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';

/**
 * Reads CSV (or tab-separated text) bytes; row numbers are records, as Excel shows them. Blank
 * records are dropped as they are read (csv-parse built an error object for each record whose field
 * count differed, so a file of blank lines took minutes), and the file is refused at the first record past a limit
 * of `SPREADSHEET_LIMITS` (rows, columns, cell length).
 */
export function readCsvRows(bytes: Uint8Array): SheetRow[] {
  const text = decodeText(bytes);
  const rows: SheetRow[] = [];
  try {
    eachCsvRecord(text, guessDelimiter(text), (cells, record) => {
      if (cells.every(isBlank)) return;
      if (lastFilled(cells) > SPREADSHEET_LIMITS.columns) throw new SpreadsheetLimitError('columns');
      if (cells.some((cell) => cell.length > SPREADSHEET_LIMITS.cellCharacters))
        throw new SpreadsheetLimitError('cellCharacters');
      // The header row, then at most `rows` data rows.
      if (rows.length > SPREADSHEET_LIMITS.rows) throw new SpreadsheetLimitError('rows');
      rows.push({ row: record, cells });
    });
  } catch (cause) {
    if (!(cause instanceof CsvSyntaxError)) throw cause;
    throw new LedgerFormatError(
      'malformed_csv',
      `CSV 文件第 ${cause.line} 行的引号没有闭合 / malformed CSV: a quoted field at line ${cause.line} is never closed`,
      { cause },
    );
  }
  return rows;
}

/** How many columns hold something (trailing empty fields from `a,b,,,,` do not count). */
function lastFilled(cells: readonly string[]): number {
  let last = cells.length;
  while (last > 0 && isBlank(cells[last - 1])) last--;
  return last;
}

/** Excel's "Unicode text" export is tab-separated; everything else Chinese Excel writes uses commas. */
function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return tabs > commas ? '\t' : ',';
}
