import { LedgerFormatError } from './errors.ts';
import { foldLabel } from './fold-text.ts';
import { isBlank, type RawCell, type SheetRow } from './sheet-row.ts';
import { SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';
import { dateStyles, type SheetEntry, sharedStrings, workbookInfo } from './xlsx-parts.ts';
import { type CellContext, SheetRowScanner } from './xlsx-sheet-rows.ts';
import { checkXlsxZip } from './zip-directory.ts';

/**
 * Row elements a sheet may hold, empty ones included: Excel writes an element for a row with only a
 * height or a format, so a real ledger may hold more than it has data rows, but not five times more.
 * Counted in the XML before it is parsed, so a million near-empty rows are refused at once.
 */
const ROW_ELEMENTS_ALLOWED = SPREADSHEET_LIMITS.rows * 5;

function rowElements(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf('<row'); at >= 0; at = xml.indexOf('<row', at + 4)) {
    const next = xml[at + 4];
    // `<row>` or `<row ...`, not `<rowBreaks>`.
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d)
      count++;
  }
  return count;
}

/** Bytes of sheet XML decoded at a time: the sheet is scanned row by row, never as one string. */
const DECODE_CHUNK = 1024 * 1024;

/**
 * Reads the worksheet named `sheetName`, else the first visible one, within `SPREADSHEET_LIMITS`.
 * The zip is checked first (`checkXlsxZip`: unpacked size from the directory before anything is
 * inflated, every part capped at its declared size, row elements counted); then the chosen sheet's
 * XML is decoded a chunk at a time and read row by row, so a sheet over the row, column or cell
 * limit is refused at the first row past it. Parts may come in any zip order.
 */
export async function readXlsxRows(bytes: Uint8Array, sheetName: string): Promise<SheetRow[]> {
  const parts = new Map<string, Buffer>();
  checkXlsxZip(bytes, (name, content) => {
    if (name.startsWith('xl/worksheets/') && rowElements(content) > ROW_ELEMENTS_ALLOWED)
      throw new SpreadsheetLimitError('rows');
    if (name.startsWith('xl/') && /\.(xml|rels)$/i.test(name)) parts.set(name, content);
  });
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const workbook = workbookInfo(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const sheet = pickSheet(workbook.sheets, sheetName);
  const xml = sheet.path === undefined ? undefined : parts.get(sheet.path);
  if (!xml) throw damaged();
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
  for (let at = 0; at < xml.length; at += DECODE_CHUNK) {
    scanner.push(decoder.decode(xml.subarray(at, at + DECODE_CHUNK), { stream: true }));
  }
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
