import type { LedgerRow, LedgerRowError } from './types.ts';

/**
 * Errors for rows whose natural key repeats an earlier row of the same file (`与第 N 行重复`).
 * The first occurrence stays valid; rows without a key are ignored. Normalise inside `keyOf`
 * (case, full-width) when the key needs it.
 *
 * @example
 * duplicateKeys(result.rows, { column: '专利号', keyOf: (patent) => patent.patentNumber })
 */
export function duplicateKeys<T>(
  rows: readonly LedgerRow<T>[],
  { column, keyOf }: { column: string; keyOf: (value: T) => string | undefined },
): LedgerRowError[] {
  const firstRow = new Map<string, number>();
  const errors: LedgerRowError[] = [];
  for (const { row, value } of rows) {
    const key = keyOf(value);
    if (key === undefined || key === '') continue;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row);
    else errors.push({ row, column, message: `与第 ${first} 行重复 / duplicates row ${first}` });
  }
  return errors;
}
