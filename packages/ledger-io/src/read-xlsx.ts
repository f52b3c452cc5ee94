import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import { LedgerFormatError } from './errors.ts';
import { foldLabel } from './fold-text.ts';
import type { RawCell, SheetRow } from './sheet-row.ts';

/** Parts of a sheet that carry no data; skipping them saves time on large or decorated files. */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'drawing',
  'picture',
  'extLst',
  'headerFooter',
];

/** Reads the worksheet named `sheetName`, else the first visible one. */
export async function readXlsxRows(bytes: Uint8Array, sheetName: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer, { ignoreNodes: IGNORED_NODES });
  } catch (cause) {
    throw new LedgerFormatError(
      'corrupt_file',
      '无法读取该 Excel 文件，文件可能已损坏 / the Excel file could not be read; it may be damaged',
      { cause },
    );
  }
  const rows: SheetRow[] = [];
  pickSheet(workbook, sheetName).eachRow((row, rowNumber) => {
    // `values` is sparse and 1-based: values[1] is column A.
    const values = row.values as readonly unknown[];
    const cells: RawCell[] = [];
    for (let column = 1; column < values.length; column++) cells.push(rawCell(values[column]));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function pickSheet(workbook: Workbook, sheetName: string): Worksheet {
  const sheets = workbook.worksheets;
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
function rawCell(value: unknown): RawCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const cell = value as CellObject;
  if (Array.isArray(cell.richText)) {
    return cell.richText.map((run: { text?: unknown } | null) => String(run?.text ?? '')).join('');
  }
  if (cell.formula !== undefined || cell.sharedFormula !== undefined) return rawCell(cell.result);
  if (cell.hyperlink !== undefined) return rawCell(cell.text);
  if (cell.error !== undefined) return { error: String(cell.error) };
  return undefined;
}
