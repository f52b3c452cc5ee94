import { LedgerFormatError } from './errors.ts';

export type LedgerFileFormat = 'xlsx' | 'csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: a legacy .xls, or an .xlsx Excel has encrypted with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);

/**
 * Decides how to read an upload. The bytes win over the name (a workbook renamed to .csv is still a
 * workbook); the name decides for text, which has no magic bytes.
 */
export function detectFormat(bytes: Uint8Array, filename: string): LedgerFileFormat {
  if (bytes.length === 0) throw new LedgerFormatError('empty_file', '文件为空 / the file is empty');
  const extension = /\.([^./\\]+)$/.exec(filename.trim())?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC) || extension === 'xls') {
    throw new LedgerFormatError(
      'legacy_xls',
      '不支持 .xls 或设置了密码的工作簿，请在 Excel 中另存为 .xlsx / .xls and password-protected workbooks are not supported; save as .xlsx in Excel',
    );
  }
  if (TEXT_EXTENSIONS.has(extension)) return 'csv';
  if (extension === 'xlsx' || extension === 'xlsm') {
    throw new LedgerFormatError(
      'corrupt_file',
      '文件名为 .xlsx，但内容不是 Excel 工作簿 / the file is named .xlsx but is not an Excel workbook',
    );
  }
  throw new LedgerFormatError(
    'unsupported_format',
    '仅支持 .xlsx 和 .csv 文件 / only .xlsx and .csv files are supported',
  );
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, at) => bytes[at] === byte);
}
