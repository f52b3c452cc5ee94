import { LedgerFormatError } from './errors.ts';
import { foldLabel } from './fold-text.ts';
import { isBlank, type RawCell, type SheetRow } from './sheet-row.ts';
import { SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';
import { dateStyles, type SheetEntry, sharedStrings, workbookInfo } from './xlsx-parts.ts';
import { type CellContext, SheetRowScanner } from './xlsx-sheet-rows.ts';
import { checkXlsxZip, inflateChunks } from './zip-directory.ts';

/** Bytes of sheet XML decoded at a time: the sheet is read row by row, never held whole. */
const DECODE_CHUNK = 512 * 1024;

/**
 * Reads the worksheet named `sheetName`, else the first visible one, within `SPREADSHEET_LIMITS`.
 * The zip is checked first (`checkXlsxZip`: unpacked size from the directory before anything is
 * inflated, every part capped at its declared size, sheets' row elements counted as they inflate);
 * then the chosen sheet is inflated again in bounded chunks and read row by row, so it is never held
 * whole and a sheet over the row, column or cell limit is refused at the first row past it. Parts
 * may come in any zip order.
 */
export async function readXlsxRows(bytes: Uint8Array, sheetName: string): Promise<SheetRow[]> {
  const parts = new Map<string, Buffer>();
  const entries = checkXlsxZip(bytes, (name, content) => {
    if (name.startsWith('xl/') && /\.(xml|rels)$/i.test(name)) parts.set(name, content);
  });
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const workbook = workbookInfo(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const sheet = pickSheet(workbook.sheets, sheetName);
  const entry = entries.find(({ name }) => name === sheet.path);
  if (!entry) throw damaged();
  const context: CellContext = {
    sharedStrings: sharedStrings(text(workbook.sharedStringsPath)),
    dateStyles: dateStyles(text(workbook.stylesPath)),
    date1904: workbook.date1904,
  };
  parts.clear();
  const rows: SheetRow[] = [];
  const scanner = new SheetRowScanner(context, (number, cells) => {
    const sheetRow = limitedRow(number, cells);
    if (!sheetRow) return;
    // The header row, then at most `rows` data rows.
    if (rows.length > SPREADSHEET_LIMITS.rows) throw new SpreadsheetLimitError('rows');
    rows.push(sheetRow);
  });
  const decoder = new TextDecoder('utf-8');
  let batch: Uint8Array[] = [];
  let batched = 0;
  const flush = () => {
    scanner.push(decoder.decode(Buffer.concat(batch), { stream: true }));
    batch = [];
    batched = 0;
  };
  inflateChunks(bytes, entry, (chunk) => {
    batch.push(chunk);
    batched += chunk.length;
    if (batched >= DECODE_CHUNK) flush();
  });
  flush();
  scanner.push(decoder.decode());
  return rows;
}

/** A row's cells within the column and cell limits, or nothing for a row without a value. */
function limitedRow(number: number, found: ReadonlyMap<number, RawCell>): SheetRow | undefined {
  let lastFilled = -1;
  for (const [column, cell] of found) {
    if (typeof cell === 'string' && cell.length > SPREADSHEET_LIMITS.cellCharacters)
      throw new SpreadsheetLimitError('cellCharacters');
    if (!isBlank(cell) && column > lastFilled) lastFilled = column;
  }
  if (lastFilled < 0) return undefined;
  if (lastFilled + 1 > SPREADSHEET_LIMITS.columns) throw new SpreadsheetLimitError('columns');
  const cells: RawCell[] = [];
  for (let column = 0; column <= lastFilled; column++) cells.push(found.get(column));
  return { row: number, cells };
}

function pickSheet(sheets: readonly SheetEntry[], sheetName: string): SheetEntry {
  const sheet =
    sheets.find((candidate) => foldLabel(candidate.name) === foldLabel(sheetName)) ??
    sheets.find((candidate) => candidate.state === 'visible') ??
    sheets[0];
  if (!sheet)
    throw new LedgerFormatError('no_worksheet', '工作簿中没有工作表 / the workbook has no worksheet');
  return sheet;
}

function damaged(): LedgerFormatError {
  return new LedgerFormatError(
    'corrupt_file',
    '无法读取该 Excel 文件，文件可能已损坏 / the Excel file could not be read; it may be damaged',
  );
}
