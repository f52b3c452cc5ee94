import { excelSerialDate, parseDateText, sheetDate } from './calendar-date.ts';
import { cellText, isCellError, quoted, tidyNumber } from './cell-text.ts';
import { labelReader, offeredLabels } from './enum-labels.ts';
import { foldLabel } from './fold-text.ts';
import type { RawCell } from './sheet-row.ts';
import type { Column } from './types.ts';

export type Conversion =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/** Turns one non-blank cell into the value its column stores. */
export type CellConverter = (cell: RawCell) => Conversion;

const LIST_SEPARATORS = /[；;，,、\r\n]+/;
const NUMBER_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const BOOLEAN_LABELS = new Map<string, boolean>([
  ...['是', '有', 'y', 'yes', 'true', '1', '√', '✓'].map((label) => [label, true] as const),
  ...['否', '无', 'n', 'no', 'false', '0', '×', '✗'].map((label) => [label, false] as const),
]);

const ok = (value: unknown): Conversion => ({ ok: true, value });
const fail = (message: string): Conversion => ({ ok: false, message });

export function cellConverter(column: Column): CellConverter {
  const convert = byKind(column);
  return (cell) => {
    if (isCellError(cell))
      return fail(`单元格是错误值 ${cell.error} / the cell holds the error ${cell.error}`);
    return convert(cell);
  };
}

function byKind(column: Column): CellConverter {
  switch (column.kind ?? 'text') {
    case 'text':
      return (cell) => ok(cellText(cell));
    case 'list':
      return listConverter(column);
    case 'date':
      return convertDate;
    case 'number':
      return convertNumber;
    case 'boolean':
      return convertBoolean;
    case 'enum':
      return enumConverter(column);
  }
}

function enumConverter(column: Column): CellConverter {
  if (!column.values) return (cell) => ok(cellText(cell));
  const read = labelReader(column);
  const labels = offeredLabels(column);
  return (cell) => {
    const text = cellText(cell);
    const value = read(text);
    return value === undefined ? fail(notOffered(text, labels)) : ok(value);
  };
}

function listConverter(column: Column): CellConverter {
  const read = column.values ? labelReader(column) : (text: string) => text;
  const labels = offeredLabels(column);
  return (cell) => {
    const items: string[] = [];
    for (const text of cellText(cell).split(LIST_SEPARATORS)) {
      const item = text.trim();
      if (item === '') continue;
      const value = read(item);
      if (value === undefined) return fail(notOffered(item, labels));
      items.push(value);
    }
    return ok(items);
  };
}

function notOffered(text: string, labels: readonly string[]): string {
  return `${quoted(text)}不是可选值，可选：${labels.join('、')} / ${quoted(text)} is not one of: ${labels.join(', ')}`;
}

function convertDate(cell: RawCell): Conversion {
  let date: string | undefined;
  if (cell instanceof Date) date = sheetDate(cell);
  else if (typeof cell === 'number') date = parseDateText(String(cell)) ?? excelSerialDate(cell);
  else date = parseDateText(cellText(cell));
  if (date !== undefined) return ok(date);
  const text = quoted(cellText(cell));
  return fail(`${text}不是有效日期，请按 2021-06-01 填写 / ${text} is not a valid date; use e.g. 2021-06-01`);
}

function convertNumber(cell: RawCell): Conversion {
  if (typeof cell === 'number') return ok(tidyNumber(cell));
  if (typeof cell === 'string') {
    // Thousands separators and full-width digits are how numbers arrive when typed as text.
    const folded = cell.normalize('NFKC').replace(/[\s,]/g, '');
    if (NUMBER_TEXT.test(folded)) return ok(Number(folded));
  }
  const text = quoted(cellText(cell));
  return fail(`${text}不是有效数字 / ${text} is not a number`);
}

function convertBoolean(cell: RawCell): Conversion {
  if (typeof cell === 'boolean') return ok(cell);
  const value = BOOLEAN_LABELS.get(foldLabel(cellText(cell)));
  if (value !== undefined) return ok(value);
  const text = quoted(cellText(cell));
  return fail(`${text}应填“是”或“否” / ${text} should be 是 or 否`);
}
