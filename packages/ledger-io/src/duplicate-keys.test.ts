import { describe, expect, it } from 'vitest';
import { duplicateKeys } from './duplicate-keys.ts';

describe('duplicateKeys', () => {
  it('reports each later repeat against the first row with that key', () => {
    // Prepare
    const rows = [
      { row: 2, value: { no: 'ZL1' } },
      { row: 3, value: { no: 'ZL2' } },
      { row: 5, value: { no: 'zl1' } },
      { row: 6, value: { no: 'ZL1' } },
    ];

    // Act
    const errors = duplicateKeys(rows, { column: '专利号', keyOf: (value) => value.no.toUpperCase() });

    // Assess
    expect(errors).toEqual([
      { row: 5, column: '专利号', message: '与第 2 行重复 / duplicates row 2' },
      { row: 6, column: '专利号', message: '与第 2 行重复 / duplicates row 2' },
    ]);
  });

  it('ignores rows without a key', () => {
    // Prepare
    const rows = [
      { row: 2, value: {} },
      { row: 3, value: {} },
    ];

    // Act
    const errors = duplicateKeys(rows, { column: '专利号', keyOf: () => undefined });

    // Assess
    expect(errors).toEqual([]);
  });
});
