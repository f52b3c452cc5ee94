import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text.ts';
import { LedgerFormatError } from './errors.ts';
import { isBlank, type SheetRow } from './sheet-row.ts';

/** Reads CSV (or tab-separated text) bytes; row numbers are records, as Excel shows them. */
export function readCsvRows(bytes: Uint8Array): SheetRow[] {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (cause) {
    const line = (cause as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? `第 ${line} 行` : '';
    throw new LedgerFormatError(
      'malformed_csv',
      `CSV 文件${where}格式有误 / malformed CSV${typeof line === 'number' ? ` at line ${line}` : ''}`,
      { cause },
    );
  }
  return records
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter(({ cells }) => !cells.every(isBlank));
}

/** Excel's "Unicode text" export is tab-separated; everything else Chinese Excel writes uses commas. */
function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return tabs > commas ? '\t' : ',';
}
