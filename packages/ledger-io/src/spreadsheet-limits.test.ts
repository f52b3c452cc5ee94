import { describe, expect, it } from 'vitest';
import { rowXml, sheetXml, workbookParts, zipOf } from '../tests/helpers/hostile-xlsx.ts';
import { sampleLedger } from '../tests/helpers/sample-ledger.ts';
import { utf8 } from '../tests/helpers/xlsx.ts';
import { LedgerFormatError } from './errors.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';

const HEADER = ['专利号', '专利名称'];
const ROW = ['ZL202110000001.2', '甲'];

function xlsx(rowsXml: string): Uint8Array {
  return zipOf(workbookParts(sheetXml(rowsXml)));
}

function dataRows(count: number): string {
  const rows = [rowXml(1, HEADER)];
  for (let n = 2; n <= count + 1; n++) rows.push(rowXml(n, ROW));
  return rows.join('');
}

async function refusal(bytes: Uint8Array, filename = 'a.xlsx') {
  return readLedgerFile(sampleLedger, bytes, filename).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('spreadsheet limits', () => {
  it('reads a hand-built workbook of exactly the allowed rows', async () => {
    // Act
    const result = await readLedgerFile(sampleLedger, xlsx(dataRows(SPREADSHEET_LIMITS.rows)), 'a.xlsx');

    // Assess
    expect(result.rows).toHaveLength(SPREADSHEET_LIMITS.rows);
  });

  it('refuses an XLSX with one data row over the limit, naming rows', async () => {
    // Act
    const error = await refusal(xlsx(dataRows(SPREADSHEET_LIMITS.rows + 1)));

    // Assess
    expect(error).toBeInstanceOf(SpreadsheetLimitError);
    expect(error).toMatchObject({ status: 413, code: 'spreadsheet_too_large', limit: 'rows', max: 20_000 });
    expect((error as Error).message).toContain('20,000');
  });

  it('refuses a million near-empty rows zipped into a few kilobytes before parsing them', async () => {
    // Prepare
    const bomb = zipOf(workbookParts(sheetXml(rowXml(1, HEADER) + '<row><c/></row>'.repeat(1_000_000))));

    // Act
    const error = await refusal(bomb);

    // Assess
    expect(bomb.length).toBeLessThan(200_000);
    expect(error).toMatchObject({ status: 413, limit: 'rows' });
  });

  it('refuses a workbook that unpacks past the limit from its zip directory alone', async () => {
    // Prepare: the directory says 60 MB; the content is small, so nothing large is ever inflated.
    const parts = workbookParts(sheetXml(rowXml(1, HEADER)), { declaredSize: 60 * 1024 * 1024 });

    // Act
    const error = await refusal(zipOf(parts));

    // Assess
    expect(error).toMatchObject({ status: 413, limit: 'unpackedBytes', max: 50 * 1024 * 1024 });
  });

  it('refuses a part that unpacks to more than its directory declares', async () => {
    // Prepare: a 2 MB cell declared as 1 kB
    const sheet = sheetXml(rowXml(1, HEADER) + rowXml(2, ['x'.repeat(2_000_000)]));
    const parts = workbookParts(sheet, { declaredSize: 1024 });

    // Act
    const error = await refusal(zipOf(parts));

    // Assess
    expect(error).toMatchObject({ status: 413, limit: 'unpackedBytes' });
  });

  it('refuses a cell longer than the cell limit', async () => {
    // Act
    const error = await refusal(
      xlsx(rowXml(1, HEADER) + rowXml(2, ['ZL202110000001.2', '长'.repeat(10_001)])),
    );

    // Assess
    expect(error).toMatchObject({ status: 413, limit: 'cellCharacters', max: 10_000 });
  });

  it('refuses a value beyond the column limit', async () => {
    // Prepare
    const wide = [...HEADER, ...Array.from({ length: 99 }, (_, n) => `列${n}`)];

    // Act
    const error = await refusal(xlsx(rowXml(1, wide)));

    // Assess
    expect(error).toMatchObject({ status: 413, limit: 'columns', max: 100 });
  });

  it('refuses deeply nested XML without parsing it', async () => {
    // Prepare
    const deep = `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`;

    // Act
    const error = await refusal(zipOf(workbookParts(sheetXml(rowXml(1, HEADER) + deep))));

    // Assess
    expect(error).toMatchObject({ status: 413, limit: 'xmlDepth' });
  });

  it('refuses a DTD, where entity expansion starts', async () => {
    // Prepare
    const sheet = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${sheetXml(rowXml(1, HEADER)).slice(21)}`;

    // Act
    const error = await refusal(zipOf(workbookParts(sheet)));

    // Assess
    expect(error).toBeInstanceOf(LedgerFormatError);
    expect(error).toMatchObject({ status: 400, code: 'corrupt_file' });
  });

  it('refuses a zip that is not a workbook, named .xlsx', async () => {
    // Act
    const error = await refusal(zipOf([{ name: 'readme.txt', content: 'hello' }]));

    // Assess
    expect(error).toMatchObject({ status: 400, code: 'corrupt_file' });
    expect((error as Error).message).toContain('not an Excel workbook');
  });

  it('refuses a zip of more parts than the limit', async () => {
    // Prepare
    const parts = [
      ...workbookParts(sheetXml(rowXml(1, HEADER))),
      ...Array.from({ length: 1_000 }, (_, n) => ({ name: `xl/media/${n}.txt`, content: '' })),
    ];

    // Act
    const error = await refusal(zipOf(parts));

    // Assess
    expect(error).toMatchObject({ status: 413, limit: 'zipEntries' });
  });

  it('refuses a CSV over the row, column and cell limits, skipping blank lines for free', async () => {
    // Prepare
    const header = `${HEADER.join(',')}\n`;
    const line = `${ROW.join(',')}\n`;
    const tooManyRows = header + line.repeat(SPREADSHEET_LIMITS.rows + 1);
    const manyBlankLines = header + ',,\n'.repeat(1_000_000) + line;
    const tooWide = `${HEADER.join(',')},${'x,'.repeat(100)}\n`;
    const hugeCell = `${header}ZL202110000001.2,${'长'.repeat(10_001)}\n`;

    // Act
    const rows = await refusal(utf8(tooManyRows), 'a.csv');
    const blank = await readLedgerFile(sampleLedger, utf8(manyBlankLines), 'a.csv');
    const wide = await refusal(utf8(tooWide), 'a.csv');
    const cell = await refusal(utf8(hugeCell), 'a.csv');

    // Assess
    expect(rows).toMatchObject({ status: 413, limit: 'rows' });
    expect(blank.rows).toEqual([
      { row: 1_000_002, value: { patentNumber: 'ZL202110000001.2', title: '甲' } },
    ]);
    expect(wide).toMatchObject({ status: 413, limit: 'columns' });
    expect(cell).toMatchObject({ status: 413, limit: 'cellCharacters' });
  });
});
