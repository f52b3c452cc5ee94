import { sheetDate } from './calendar-date.ts';
import type { CellError, RawCell } from './sheet-row.ts';

export function isCellError(cell: RawCell): cell is CellError {
  return typeof cell === 'object' && !(cell instanceof Date);
}

/** Drops binary noise the way Excel shows numbers (15 significant digits): 0.1 + 0.2 → 0.3. */
export function tidyNumber(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(15));
}

/** The cell as the user reads it in Excel, trimmed; dates as `YYYY-MM-DD`. */
export function cellText(cell: RawCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(tidyNumber(cell));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return sheetDate(cell) ?? '';
  return cell.error;
}

/** The user's text quoted for an error message, shortened so one long cell cannot flood the report. */
export function quoted(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}
