import { foldHeader } from './fold-text.ts';
import type { Ledger } from './types.ts';

/** The template's second sheet; a ledger's own sheet may not take its name. */
export const INSTRUCTIONS_SHEET = '填写说明';

const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

/**
 * Declares a ledger once, for import, export and the template. Checks the definition up front
 * (unique keys and headers, usable sheet name) so a mistake fails when the module loads, not
 * when a user uploads.
 *
 * @example
 * const patentLedger = defineLedger({
 *   sheetName: '专利台账',
 *   columns: [
 *     { key: 'patentNumber', header: '专利号', aliases: ['ZL号', 'Patent No.'], required: true },
 *     { key: 'legal.feeStatus', header: '年费状态', kind: 'enum', values: { 已缴: 'paid', 失效: 'lapsed' } },
 *   ],
 *   rowSchema: PatentRow,
 * });
 */
export function defineLedger<T>(ledger: Ledger<T>): Ledger<T> {
  if (!SHEET_NAME.test(ledger.sheetName) || ledger.sheetName === INSTRUCTIONS_SHEET) {
    throw new Error(`ledger sheet name "${ledger.sheetName}" is not usable in Excel`);
  }
  if (ledger.columns.length === 0) throw new Error(`ledger "${ledger.sheetName}" has no columns`);
  const keys = new Set<string>();
  const headers = new Map<string, string>();
  for (const column of ledger.columns) {
    if (keys.has(column.key)) throw new Error(`ledger column key "${column.key}" is declared twice`);
    for (const key of keys) {
      if (key.startsWith(`${column.key}.`) || column.key.startsWith(`${key}.`)) {
        throw new Error(`ledger column keys "${key}" and "${column.key}" overlap`);
      }
    }
    keys.add(column.key);
    for (const name of [column.header, ...(column.aliases ?? [])]) {
      if (foldHeader(name) === '') throw new Error(`ledger column "${column.key}" has an empty header`);
      const taken = headers.get(foldHeader(name));
      if (taken !== undefined && taken !== column.key) {
        throw new Error(`ledger header "${name}" matches both "${taken}" and "${column.key}"`);
      }
      headers.set(foldHeader(name), column.key);
    }
  }
  return Object.freeze({ ...ledger, columns: Object.freeze([...ledger.columns]) });
}
