import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnLetter } from './column-letter.ts';
import { LedgerFormatError } from './errors.ts';
import { foldLabel } from './fold-text.ts';
import { isBlank, type RawCell, type SheetRow } from './sheet-row.ts';
import { SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';
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

interface SheetRead {
  readonly name: string;
  readonly state: string;
  readonly rows: SheetRow[];
}

/**
 * Reads the worksheet named `sheetName`, else the first visible one, within `SPREADSHEET_LIMITS`.
 * The zip is checked first (`checkXlsxZip`: unpacked size from the directory, before inflating);
 * then exceljs's streaming reader hands over one row at a time, so a sheet over the row, column or
 * cell limit is refused at the first row past it instead of being loaded whole.
 */
export async function readXlsxRows(bytes: Uint8Array, sheetName: string): Promise<SheetRow[]> {
  const errorTexts = new Map<string, string>();
  checkXlsxZip(bytes, (name, content) => {
    if (!name.startsWith('xl/worksheets/')) return;
    if (rowElements(content) > ROW_ELEMENTS_ALLOWED) throw new SpreadsheetLimitError('rows');
    collectErrorTexts(content, errorTexts);
  });
  const sheets: SheetRead[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles say which numbers are dates.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    for await (const worksheet of reader) {
      const { name, state } = worksheet as unknown as { name?: string; state?: string };
      const rows: SheetRow[] = [];
      for await (const row of worksheet) {
        const sheetRow = limitedRow(row.number, row.values as readonly unknown[], errorTexts);
        if (!sheetRow) continue;
        // The header row, then at most `rows` data rows.
        if (rows.length > SPREADSHEET_LIMITS.rows) throw new SpreadsheetLimitError('rows');
        rows.push(sheetRow);
      }
      sheets.push({ name: name ?? '', state: state ?? 'visible', rows });
    }
  } catch (cause) {
    if (cause instanceof LedgerFormatError) throw cause;
    // exceljs's streaming reader needs xl/workbook.xml before the sheets in the zip; producers (exceljs's
    // own writer among them) do not always write it first. The zip check above already bounds what a
    // whole-workbook read can cost, so such a file is read whole instead.
    return pickSheet(await readWhole(bytes, errorTexts), sheetName).rows;
  }
  return pickSheet(sheets, sheetName).rows;
}

/** Every sheet of a workbook loaded whole, within the same row, column and cell limits. */
async function readWhole(bytes: Uint8Array, errorTexts: ReadonlyMap<string, string>): Promise<SheetRead[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new LedgerFormatError(
      'corrupt_file',
      '无法读取该 Excel 文件，文件可能已损坏 / the Excel file could not be read; it may be damaged',
      { cause },
    );
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const sheetRow = limitedRow(number, row.values as readonly unknown[], errorTexts);
      if (!sheetRow) return;
      if (rows.length > SPREADSHEET_LIMITS.rows) throw new SpreadsheetLimitError('rows');
      rows.push(sheetRow);
    });
    return { name: worksheet.name, state: worksheet.state ?? 'visible', rows };
  });
}

/** A row's cells within the column and cell limits, or nothing for a row without a value. */
function limitedRow(
  number: number,
  values: readonly unknown[],
  errorTexts: ReadonlyMap<string, string>,
): SheetRow | undefined {
  // `values` is sparse and 1-based: values[1] is column A.
  const cells: RawCell[] = [];
  let lastFilled = 0;
  for (let column = 1; column < values.length; column++) {
    const cell = rawCell(values[column], () => errorTexts.get(`${columnLetter(column - 1)}${number}`));
    if (typeof cell === 'string' && cell.length > SPREADSHEET_LIMITS.cellCharacters)
      throw new SpreadsheetLimitError('cellCharacters');
    if (!isBlank(cell)) lastFilled = column;
    cells.push(cell);
  }
  if (lastFilled > SPREADSHEET_LIMITS.columns) throw new SpreadsheetLimitError('columns');
  return lastFilled > 0 ? { row: number, cells } : undefined;
}

const ERROR_CELL = /<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?\bt="e"[^>]*>(?:(?!<\/c>)[\s\S])*?<v>([^<]*)<\/v>/g;

/**
 * Error values (`t="e"`) by cell address, from the sheet XML the zip check inflated anyway. Keyed by
 * address alone: two sheets with different errors at one address is a case not worth a second parse.
 */
function collectErrorTexts(xml: Buffer, into: Map<string, string>): void {
  if (xml.indexOf('t="e"') < 0) return;
  for (const match of xml.toString('utf8').matchAll(ERROR_CELL)) into.set(match[1]!, match[2]!);
}

function pickSheet(sheets: readonly SheetRead[], sheetName: string): SheetRead {
  const sheet =
    sheets.find((candidate) => foldLabel(candidate.name) === foldLabel(sheetName)) ??
    sheets.find((candidate) => candidate.state === 'visible') ??
    sheets[0];
  if (!sheet)
    throw new LedgerFormatError('no_worksheet', '工作簿中没有工作表 / the workbook has no worksheet');
  return sheet;
}

/** What exceljs may hand over for a cell; its typings omit hyperlinks whose text is rich text. */
interface CellObject {
  readonly richText?: unknown;
  readonly formula?: unknown;
  readonly sharedFormula?: unknown;
  readonly result?: unknown;
  readonly hyperlink?: unknown;
  readonly text?: unknown;
  readonly error?: unknown;
}

/** Flattens a cell: rich text and hyperlinks to their text, formulas to their cached result. */
function rawCell(value: unknown, errorText: () => string | undefined): RawCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const cell = value as CellObject;
  if (Array.isArray(cell.richText)) {
    return cell.richText.map((run: { text?: unknown } | null) => String(run?.text ?? '')).join('');
  }
  if (cell.formula !== undefined || cell.sharedFormula !== undefined) {
    // The streaming reader drops a formula's cached error (#N/A); its text comes from the XML.
    const error = cell.result === undefined || Number.isNaN(cell.result) ? errorText() : undefined;
    if (error !== undefined) return { error };
    return rawCell(cell.result, errorText);
  }
  if (cell.hyperlink !== undefined) return rawCell(cell.text, errorText);
  if (cell.error !== undefined) return { error: String(cell.error) };
  return undefined;
}
