import { describe, expect, it } from 'vitest';
import { rowXml, sheetXml, workbookParts, zipOf } from '../tests/helpers/hostile-xlsx.ts';
import { readXlsxRows } from './read-xlsx.ts';

describe('readXlsxRows', () => {
  it('reads a workbook whose sheet comes before xl/workbook.xml in the zip', async () => {
    // Prepare: the same parts, the sheet first (exceljs's own writer sometimes writes them so)
    const parts = workbookParts(
      sheetXml(`${rowXml(1, ['专利号', '名称'])}${rowXml(2, ['201811093527.8', '一种方法'])}`),
    );
    const sheetFirst = [
      ...parts.filter((p) => p.name.startsWith('xl/worksheets/')),
      ...parts.filter((p) => !p.name.startsWith('xl/worksheets/')),
    ];

    // Act
    const rows = await readXlsxRows(zipOf(sheetFirst), 'Sheet1');

    // Assess
    expect(rows.map((r) => r.cells)).toEqual([
      ['专利号', '名称'],
      ['201811093527.8', '一种方法'],
    ]);
  });
});
