import { LedgerFormatError } from './errors.ts';

/**
 * What one import may hold. A file over any of these is refused at once, before the rest is read:
 * an XLSX's unpacked size is checked from its zip directory before anything is inflated.
 */
export const SPREADSHEET_LIMITS = {
  /** Data rows of one import (the header row aside). */
  rows: 20_000,
  /** The rightmost column holding a value. */
  columns: 100,
  /** Characters of one cell. */
  cellCharacters: 10_000,
  /** Bytes of an XLSX once unzipped (every part together). */
  unpackedBytes: 50 * 1024 * 1024,
  /** Parts of an XLSX zip. */
  zipEntries: 1_000,
  /** Nesting of the XML inside an XLSX; Excel's own files stay under 10. */
  xmlDepth: 100,
} as const;

export type SpreadsheetLimit = keyof typeof SPREADSHEET_LIMITS;

const WHAT: Record<SpreadsheetLimit, (max: number) => string> = {
  rows: (max) =>
    `文件超过 ${grouped(max)} 行数据的上限，请分批导入 / the file has more than ${grouped(max)} data rows; import it in parts`,
  columns: (max) => `文件超过 ${max} 列的上限 / the file has values beyond column ${max}`,
  cellCharacters: (max) =>
    `有单元格超过 ${grouped(max)} 个字符的上限 / a cell holds more than ${grouped(max)} characters`,
  unpackedBytes: (max) =>
    `文件解压后超过 ${max / 1024 / 1024} MB 的上限 / the workbook unpacks to more than ${max / 1024 / 1024} MB`,
  zipEntries: (max) => `工作簿包含的部件超过 ${max} 个 / the workbook holds more than ${max} parts`,
  xmlDepth: (max) => `工作簿的 XML 嵌套超过 ${max} 层 / the workbook's XML nests deeper than ${max} levels`,
};

/** The file is over one of `SPREADSHEET_LIMITS`: 413, naming the limit and its maximum. */
export class SpreadsheetLimitError extends LedgerFormatError {
  override readonly status = 413;
  readonly max: number;

  constructor(
    readonly limit: SpreadsheetLimit,
    where?: string,
  ) {
    const max = SPREADSHEET_LIMITS[limit];
    super('spreadsheet_too_large', where ? `${where}：${WHAT[limit](max)}` : WHAT[limit](max));
    this.name = 'SpreadsheetLimitError';
    this.max = max;
  }
}

function grouped(value: number): string {
  return value.toLocaleString('en-US');
}
