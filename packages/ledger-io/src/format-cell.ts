import { chinaDate } from './calendar-date.ts';
import { labelWriter } from './enum-labels.ts';
import type { Column } from './types.ts';

/** What a cell receives on export: text, a number, or nothing. */
export type CellOutput = string | number | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns a stored value back into what the user typed: lists joined with '；', enum values as their
 * labels, booleans as 是/否, dates as `YYYY-MM-DD` text (a date cell would show in the reader's
 * locale format, and read back through their time zone).
 */
export function cellFormatter(column: Column): (value: unknown) => CellOutput {
  switch (column.kind ?? 'text') {
    case 'text':
      return (value) => (typeof value === 'number' ? String(value) : plain(value));
    case 'number':
      return plain;
    case 'boolean':
      return plain;
    case 'date':
      return formatDate;
    case 'enum': {
      const label = labelWriter(column);
      return (value) => (typeof value === 'string' ? label(value) : plain(value));
    }
    case 'list': {
      const label = labelWriter(column);
      return (value) =>
        Array.isArray(value) ? value.map((item) => label(String(item))).join('；') : plain(value);
    }
  }
}

function formatDate(value: unknown): CellOutput {
  if (typeof value === 'string' && !ISO_DATE.test(value)) {
    // A full timestamp is an instant; the user wants the day it was in China.
    const instant = new Date(value);
    if (value.includes('T') && !Number.isNaN(instant.getTime())) return chinaDate(instant) ?? value;
  }
  return plain(value);
}

function plain(value: unknown): CellOutput {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return chinaDate(value) ?? null;
  if (Array.isArray(value)) return value.map(String).join('；');
  return JSON.stringify(value);
}
