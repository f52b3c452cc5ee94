import { PatentInputSchema, toPatent } from '@openlicense/domain';
import { defineLedger, readLedgerFile, writeLedgerFile } from '@openlicense/ledger-io';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PATENT_SHEET, toSheet } from './patent-sheet.ts';

const patent = toPatent(
  PatentInputSchema.parse({
    number: '201710601862.3',
    title: '一种高镍三元正极材料的制备方法',
    patentees: [{ name: '中南大学' }],
    filingDate: '2017-07-26',
    legal: { annualFee: 'paid', proceedingsSuspended: false },
  }),
  'ORG1',
  '2026-01-05T00:00:00.000Z',
);

/** The 专利号 column as the cells hold it, without the import's normalising. */
const RAW_NUMBERS = defineLedger<{ number: string }>({
  sheetName: '专利台账',
  rowSchema: z.object({ number: z.string() }),
  columns: [{ key: 'number', header: '专利号', required: true, example: '' }],
});

describe('patent ledger export', () => {
  it('writes the number with its ZL prefix, as the ledger shows it', async () => {
    // Act
    const bytes = await writeLedgerFile(PATENT_SHEET, [toSheet(patent)]);

    // Assess
    const raw = await readLedgerFile(RAW_NUMBERS, bytes, '专利台账.xlsx');
    expect(raw.rows.map((row) => row.value.number)).toEqual(['ZL201710601862.3']);
  });

  it('imports its own export back to the same number', async () => {
    // Act
    const readBack = await readLedgerFile(
      PATENT_SHEET,
      await writeLedgerFile(PATENT_SHEET, [toSheet(patent)]),
      '专利台账.xlsx',
    );

    // Assess
    expect(readBack.errors).toEqual([]);
    expect(readBack.rows.map((row) => row.value.number)).toEqual(['201710601862.3']);
  });
});
