import type { RawCell } from './sheet-row.ts';
import { itemText } from './xlsx-parts.ts';
import { decodeCellText } from './xml-text.ts';

/** How a sheet's cells are read: the workbook's shared strings and which styles are dates. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** One `<row>` as found: its number and its cells by 0-based column (sparse). */
export type RowHandler = (row: number, cells: ReadonlyMap<number, RawCell>) => void;

const DAY_MS = 86_400_000;
/** Days from Excel's 1900 epoch (as it counts, with its 1900 leap year) to 1970-01-01. */
const EXCEL_UNIX_EPOCH = 25_569;
const EPOCH_1904 = 1_462;

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const REF = /(?:^|\s)r\s*=\s*"([^"]*)"/;
const TYPE = /(?:^|\s)t\s*=\s*"([^"]*)"/;
const STYLE = /(?:^|\s)s\s*=\s*"(\d+)"/;
const VALUE = /<v\b[^>]*>([^<]*)<\/v>/;
const INLINE = /<is\b[^>]*>([\s\S]*?)<\/is>/;
const ROW_DELIMITERS = new Set([' ', '>', '/', '\t', '\n', '\r']);

/**
 * Reads a worksheet's `<sheetData>` one row at a time from text pushed in chunks (the decoded XML
 * of an inflated part), so the whole sheet is never held as one string and the caller can stop at
 * the first row over a limit by throwing from `onRow`.
 */
export class SheetRowScanner {
  private pending = '';
  private lastRow = 0;

  constructor(
    private readonly context: CellContext,
    private readonly onRow: RowHandler,
  ) {}

  push(text: string): void {
    const source = this.pending + text;
    let at = 0;
    for (;;) {
      const open = rowOpen(source, at);
      if (open < 0) {
        // Keep a tail that may be the start of a `<row` split across chunks.
        at = Math.max(at, source.length - 4);
        break;
      }
      const tagEnd = source.indexOf('>', open);
      if (tagEnd < 0) {
        at = open;
        break;
      }
      if (source[tagEnd - 1] === '/') {
        this.row(source.slice(open + 4, tagEnd - 1), '');
        at = tagEnd + 1;
        continue;
      }
      const close = source.indexOf('</row>', tagEnd);
      if (close < 0) {
        at = open;
        break;
      }
      this.row(source.slice(open + 4, tagEnd), source.slice(tagEnd + 1, close));
      at = close + 6;
    }
    this.pending = source.slice(at);
  }

  private row(attributes: string, body: string): void {
    const number = Number(REF.exec(attributes)?.[1] ?? Number.NaN);
    this.lastRow = Number.isInteger(number) && number > 0 ? number : this.lastRow + 1;
    const cells = new Map<number, RawCell>();
    let column = -1;
    for (const [, cellAttributes = '', content = ''] of body.matchAll(CELL)) {
      const ref = REF.exec(cellAttributes)?.[1];
      column = ref === undefined ? column + 1 : columnIndex(ref, column + 1);
      const value = this.cell(cellAttributes, content);
      if (value !== undefined) cells.set(column, value);
    }
    this.onRow(this.lastRow, cells);
  }

  private cell(attributes: string, content: string): RawCell {
    const type = TYPE.exec(attributes)?.[1] ?? 'n';
    if (type === 'inlineStr') {
      const inline = INLINE.exec(content)?.[1];
      return inline === undefined ? undefined : itemText(inline);
    }
    const raw = VALUE.exec(content)?.[1];
    if (raw === undefined) return undefined;
    switch (type) {
      case 's':
        return this.context.sharedStrings[Number(raw)] ?? '';
      case 'str':
        return decodeCellText(raw);
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'e':
        return { error: decodeCellText(raw).trim() };
      case 'd':
        return isoDate(raw.trim());
      default: {
        const number = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(number)) return undefined;
        const style = Number(STYLE.exec(attributes)?.[1] ?? 0);
        return this.context.dateStyles[style] ? this.serialDate(number) : number;
      }
    }
  }

  /** The wall-clock time a date cell shows, at UTC (as `calendar-date.ts` expects). */
  private serialDate(serial: number): Date {
    const days = serial - EXCEL_UNIX_EPOCH + (this.context.date1904 ? EPOCH_1904 : 0);
    return new Date(Math.round(days * DAY_MS));
  }
}

/** Where the next `<row` element starts (not `<rowBreaks`), or -1 when it may lie past the text. */
function rowOpen(source: string, from: number): number {
  for (let at = source.indexOf('<row', from); at >= 0; at = source.indexOf('<row', at + 4)) {
    const next = source[at + 4];
    if (next === undefined) return -1;
    if (ROW_DELIMITERS.has(next)) return at;
  }
  return -1;
}

/** 0-based column of a cell reference (`AB12` → 27); `fallback` when it holds no letters. */
function columnIndex(ref: string, fallback: number): number {
  let index = 0;
  let letters = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0) & ~0x20;
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    letters++;
  }
  return letters === 0 ? fallback : index - 1;
}

/** A `t="d"` cell: ISO 8601, read as the wall-clock time it shows. */
function isoDate(text: string): Date | undefined {
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
