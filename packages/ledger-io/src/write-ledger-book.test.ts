import { describe, expect, it } from 'vitest';
import { sheetsOf } from '../tests/helpers/xlsx.ts';
import { defineLedger } from './define-ledger.ts';
import { writeLedgerBook } from './write-ledger-book.ts';

const ledger = (sheetName: string) =>
  defineLedger<Record<string, unknown>>({
    sheetName,
    rowSchema: undefined as never,
    columns: [
      { key: 'name', header: '名称' },
      { key: 'amount', header: '金额', kind: 'number' },
    ],
  });

describe('writeLedgerBook', () => {
  it('writes each ledger as its own sheet, in order, with its header and rows', async () => {
    const bytes = await writeLedgerBook([
      { ledger: ledger('汇总'), records: [{ name: '合计', amount: 3 }] },
      {
        ledger: ledger('明细'),
        records: [
          { name: '甲', amount: 1 },
          { name: '乙', amount: 2 },
        ],
      },
    ]);
    const sheets = await sheetsOf(bytes);
    expect(sheets.map((s) => s?.name)).toEqual(['汇总', '明细']);
    expect(sheets[1]?.getRow(1).values).toEqual([undefined, '名称', '金额']);
    expect(sheets[1]?.getRow(3).values).toEqual([undefined, '乙', 2]);
    expect(sheets[1]?.rowCount).toBe(3);
  });
});
