import { inflateRawSync } from 'node:zlib';
import { LedgerFormatError } from './errors.ts';
import { SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';

/** One part of a zip as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const DEFLATE = 8;
const STORED = 0;

/**
 * Checks an XLSX's zip before a streaming reader inflates it: the central directory's sizes are
 * summed against the unpacked limit first (nothing inflated), then every part is inflated once with
 * its declared size as a hard cap (a part that unpacks to more than it declares is refused mid-way),
 * its XML scanned for nesting depth and DTDs, and the parts must tile the file so a reader that walks
 * the local headers sees exactly these parts and nothing hidden between them.
 */
export function checkXlsxZip(
  bytes: Uint8Array,
  onPart?: (name: string, content: Buffer) => void,
): ZipEntry[] {
  const entries = readCentralDirectory(bytes);
  if (entries.length > SPREADSHEET_LIMITS.zipEntries) throw new SpreadsheetLimitError('zipEntries');
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > SPREADSHEET_LIMITS.unpackedBytes) throw new SpreadsheetLimitError('unpackedBytes');
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw notAWorkbook();
  checkTiling(bytes, entries);
  for (const entry of entries) {
    const content = inflateEntry(bytes, entry);
    if (/\.(xml|rels)$/i.test(entry.name)) scanXml(content);
    onPart?.(entry.name, content);
  }
  return entries;
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notAWorkbook();
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // ZIP64 markers: no workbook small enough to upload needs them.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw damaged();
  if (offset + size > end) throw damaged();
  if (count > SPREADSHEET_LIMITS.zipEntries) throw new SpreadsheetLimitError('zipEntries');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw damaged();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries) {
    if (entry.flags & 1)
      throw new LedgerFormatError(
        'legacy_xls',
        '不支持设置了密码的工作簿 / password-protected workbooks are not supported',
      );
    if (entry.method !== STORED && entry.method !== DEFLATE) throw damaged();
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw damaged();
  }
  return entries;
}

/** Where each part's data starts, checked against its local header. */
function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged();
  if (view.getUint16(at + 8, true) !== entry.method) throw damaged();
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
  if (name !== entry.name) throw damaged();
  const flags = view.getUint16(at + 6, true);
  // Without a data descriptor the local header carries the sizes a streaming reader trusts.
  if (!(flags & 8)) {
    if (view.getUint32(at + 18, true) !== entry.compressedSize) throw damaged();
    if (view.getUint32(at + 22, true) !== entry.size) throw damaged();
  }
  return at + 30 + nameLength + extraLength;
}

function checkTiling(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  for (const entry of sorted) {
    if (entry.localOffset !== expected) throw damaged();
    let next = dataStart(bytes, entry) + entry.compressedSize;
    if (next > bytes.length) throw damaged();
    if (entry.flags & 8)
      next += next + 4 <= bytes.length && view.getUint32(next, true) === DESCRIPTOR ? 16 : 12;
    expected = next;
  }
  // The central directory follows the last part directly: no bytes a local-header reader could take for a part.
  if (expected + 4 > bytes.length || view.getUint32(expected, true) !== CENTRAL) throw damaged();
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const start = dataStart(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw damaged();
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  let content: Buffer;
  try {
    // One byte of headroom: a part that unpacks past its declared size stops there.
    content = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
  } catch (cause) {
    if ((cause as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new SpreadsheetLimitError('unpackedBytes');
    throw damaged(cause);
  }
  if (content.length > entry.size) throw new SpreadsheetLimitError('unpackedBytes');
  if (content.length !== entry.size) throw damaged();
  return content;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * Counts element nesting without building anything, and refuses DTDs (their entities are how a few
 * bytes of XML expand into gigabytes). Quotes inside tags are respected, so `a="/>"` is not a close.
 */
function scanXml(xml: Uint8Array): void {
  let depth = 0;
  let at = 0;
  const length = xml.length;
  while (at < length) {
    const open = xml.indexOf(LT, at);
    if (open < 0) return;
    const next = xml[open + 1];
    if (next === BANG) {
      if (xml[open + 2] === 0x44 || xml[open + 2] === 0x64) throw doctype();
      at = open + 2;
      continue;
    }
    if (next === QUESTION) {
      at = open + 2;
      continue;
    }
    // Find the tag's end, skipping quoted attribute values.
    let cursor = open + 1;
    let quote = 0;
    while (cursor < length) {
      const byte = xml[cursor]!;
      if (quote) {
        if (byte === quote) quote = 0;
      } else if (byte === 0x22 || byte === 0x27) quote = byte;
      else if (byte === GT) break;
      cursor++;
    }
    if (next === SLASH) depth--;
    else if (xml[cursor - 1] !== SLASH) {
      depth++;
      if (depth > SPREADSHEET_LIMITS.xmlDepth) throw new SpreadsheetLimitError('xmlDepth');
    }
    at = cursor + 1;
  }
}

function notAWorkbook(): LedgerFormatError {
  return new LedgerFormatError(
    'corrupt_file',
    '文件不是 Excel 工作簿（.xlsx） / the file is not an Excel workbook (.xlsx)',
  );
}

function damaged(cause?: unknown): LedgerFormatError {
  return new LedgerFormatError(
    'corrupt_file',
    '无法读取该 Excel 文件，文件可能已损坏 / the Excel file could not be read; it may be damaged',
    cause === undefined ? undefined : { cause },
  );
}

function doctype(): LedgerFormatError {
  return new LedgerFormatError(
    'corrupt_file',
    '工作簿含有 DTD 声明，无法读取 / the workbook declares a DTD and is not read',
  );
}
