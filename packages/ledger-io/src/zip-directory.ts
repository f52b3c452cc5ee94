import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
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

/** A worksheet's XML: inflated in bounded chunks and never held whole. */
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
/** Compressed bytes inflated at a time: deflate expands at most ~1,032 times, so about 1 MB of XML at once. */
const INPUT_SLICE = 1024;
/** Bytes of a stored (uncompressed) part handed over at a time. */
const STORED_SLICE = 1024 * 1024;

/**
 * Row elements a sheet may hold, empty ones included: Excel writes an element for a row with only a
 * height or a format, so a real ledger may hold more than it has data rows, but not five times more.
 * Counted while the sheet is inflated, so a million near-empty rows are refused before any is read.
 */
const ROW_ELEMENTS_ALLOWED = SPREADSHEET_LIMITS.rows * 5;

/**
 * Checks an XLSX's zip before anything is read from it: the central directory's sizes are summed
 * against the unpacked limit first (nothing inflated), then every part is inflated once with its
 * declared size as a hard cap (a part that unpacks to more than it declares is refused mid-way), its
 * XML scanned for nesting depth and DTDs, and the parts must tile the file so a reader that walks the
 * local headers sees exactly these parts and nothing hidden between them. Worksheets are inflated in
 * bounded chunks, scanned and their row elements counted as they go, and not kept (read one with
 * `inflateChunks`); every other part is handed to `onPart` whole.
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
    if (SHEET_PART.test(entry.name)) {
      const scanner = new XmlScanner();
      inflateChunks(bytes, entry, (chunk) => scanner.feed(chunk));
      continue;
    }
    const content = inflateEntry(bytes, entry);
    if (/\.(xml|rels)$/i.test(entry.name)) {
      new XmlScanner().feed(content);
    }
    onPart?.(entry.name, content);
  }
  return entries;
}

/**
 * Inflates one part (already checked by `checkXlsxZip`) a bounded chunk at a time, its declared size
 * a hard cap, so a reader can stop at the first row over a limit without the part ever being whole.
 */
export function inflateChunks(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const start = dataStart(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw damaged();
    for (let at = 0; at < data.length; at += STORED_SLICE) onChunk(data.subarray(at, at + STORED_SLICE));
    return;
  }
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > entry.size) throw new SpreadsheetLimitError('unpackedBytes');
    if (chunk.length > 0) onChunk(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += INPUT_SLICE)
      inflater.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.length);
  } catch (cause) {
    if (cause instanceof LedgerFormatError) throw cause;
    throw damaged(cause);
  }
  if (total !== entry.size) throw damaged();
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
const ROW_NAME = [0x72, 0x6f, 0x77];

/** Where the scanner is: in text, just after `<`, just after `<!`, or inside a tag. */
const Scan = { Text: 0, AfterOpen: 1, AfterBang: 2, Tag: 3 } as const;

/**
 * Counts element nesting without building anything, fed in chunks, and refuses DTDs (their entities
 * are how a few bytes of XML expand into gigabytes). Quotes inside tags are respected, so `a="/>"` is
 * not a close. Counts `<row>` elements too: more than `ROW_ELEMENTS_ALLOWED` is refused at once.
 */
class XmlScanner {
  private depth = 0;
  private rows = 0;
  private state: number = Scan.Text;
  private quote = 0;
  private closing = false;
  private previous = 0;
  /** Bytes of the tag's name seen, while they still spell `row`; -1 once they do not or the name ended. */
  private name = -1;

  feed(xml: Uint8Array): void {
    const length = xml.length;
    let at = 0;
    while (at < length) {
      if (this.state === Scan.Text) {
        const open = xml.indexOf(LT, at);
        if (open < 0) return;
        this.state = Scan.AfterOpen;
        at = open + 1;
        continue;
      }
      const byte = xml[at]!;
      at++;
      if (this.state === Scan.AfterBang) {
        if (byte === 0x44 || byte === 0x64) throw doctype();
        this.state = byte === LT ? Scan.AfterOpen : Scan.Text;
        continue;
      }
      if (this.state === Scan.AfterOpen) {
        if (byte === BANG) {
          this.state = Scan.AfterBang;
          continue;
        }
        if (byte === QUESTION) {
          this.state = Scan.Text;
          continue;
        }
        this.state = Scan.Tag;
        this.closing = byte === SLASH;
        this.quote = 0;
        this.previous = LT;
        this.name = this.closing ? -1 : 0;
      }
      this.tagByte(byte);
    }
  }

  private tagByte(byte: number): void {
    if (this.name >= 0) {
      if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH || byte === GT) {
        if (this.name === 3 && ++this.rows > ROW_ELEMENTS_ALLOWED) throw new SpreadsheetLimitError('rows');
        this.name = -1;
      } else this.name = this.name < 3 && byte === ROW_NAME[this.name] ? this.name + 1 : -1;
    }
    if (this.quote) {
      if (byte === this.quote) this.quote = 0;
    } else if (byte === 0x22 || byte === 0x27) this.quote = byte;
    else if (byte === GT) {
      if (this.closing) this.depth--;
      else if (this.previous !== SLASH && ++this.depth > SPREADSHEET_LIMITS.xmlDepth)
        throw new SpreadsheetLimitError('xmlDepth');
      this.state = Scan.Text;
    }
    this.previous = byte;
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
