import ExcelJS, { type CellValue, type Worksheet } from 'exceljs';

/** An XLSX as a user might save it: `rows[0]` is row 1; `style` may decorate the sheet first. */
export async function xlsxOf(
  rows: readonly (readonly CellValue[])[],
  { sheetName = 'Sheet1', style }: { sheetName?: string; style?: (sheet: Worksheet) => void } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const [at, values] of rows.entries()) {
    for (const [column, value] of values.entries()) sheet.getCell(at + 1, column + 1).value = value;
  }
  style?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheets of an XLSX, for asserting on what was written. */
export async function sheetsOf(bytes: Uint8Array): Promise<Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook.worksheets;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function hex(bytes: string): Uint8Array {
  return Uint8Array.from(Buffer.from(bytes.replace(/\s+/g, ''), 'hex'));
}
