import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sampleLedger } from '../tests/helpers/sample-ledger.ts';
import { sheetsOf } from '../tests/helpers/xlsx.ts';
import { defineLedger } from './define-ledger.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { writeTemplate } from './write-template.ts';

describe('writeTemplate', () => {
  it('writes the headers, marking required ones, and the example row', async () => {
    // Act
    const [sheet] = await sheetsOf(await writeTemplate(sampleLedger));

    // Assess
    expect(sheet?.name).toBe('专利台账');
    expect(sheet?.getCell('A1').text).toBe('*专利号');
    expect(sheet?.getCell('C1').text).toBe('申请日');
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'ZL202110000001.2',
      '一种测试装置',
      '2021-06-01',
      '张三；李四',
      '已缴',
      900,
      '是',
    ]);
  });

  it('describes every column and the ledger instructions on a 填写说明 sheet', async () => {
    // Act
    const [, instructions] = await sheetsOf(await writeTemplate(sampleLedger));

    // Assess
    expect(instructions?.name).toBe('填写说明');
    expect(instructions?.getRow(2).values).toEqual([
      undefined,
      '专利号',
      '必填 / required',
      '',
      '文本 / text',
      'ZL202110000001.2',
      'ZL号、Patent No.',
    ]);
    expect(instructions?.getCell('C6').value).toBe('已缴、滞纳期、失效');
    expect(instructions?.getCell('D4').value).toMatch(/^日期/);
    const notes = instructions?.getColumn(1).values.map(String) ?? [];
    expect(notes).toContain('专利号请按 ZL 开头填写 / patent numbers start with ZL');
  });

  it('offers dropdowns for enum and yes/no columns on the first thousand rows', async () => {
    // Act
    const [sheet] = await sheetsOf(await writeTemplate(sampleLedger));

    // Assess
    expect(sheet?.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"已缴,滞纳期,失效"'],
    });
    expect(sheet?.getCell('E1001').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet?.getCell('G500').dataValidation).toMatchObject({ formulae: ['"是,否"'] });
    expect(sheet?.getCell('A2').dataValidation).toBeUndefined();
  });

  it('reads back as no rows and no errors while the example is unchanged', async () => {
    // Act
    const result = await readLedgerFile(sampleLedger, await writeTemplate(sampleLedger), '模板.xlsx');

    // Assess
    expect(result).toEqual({ rows: [], errors: [], unknownHeaders: [] });
  });

  it('reads back the rows a user typed under the example', async () => {
    // Prepare
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTemplate(sampleLedger)).slice().buffer);
    const sheet = workbook.getWorksheet('专利台账');
    for (const [address, value] of Object.entries({
      A3: 'ZL202110000009.8',
      B3: '真实专利',
      C3: '2022/3/4',
      E3: '失效',
    })) {
      if (sheet) sheet.getCell(address).value = value;
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, '模板.xlsx');

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 3,
        value: {
          patentNumber: 'ZL202110000009.8',
          title: '真实专利',
          applicationDate: '2022-03-04',
          legal: { feeStatus: 'lapsed' },
        },
      },
    ]);
  });

  it('leaves out a dropdown whose labels cannot be inlined', async () => {
    // Prepare
    const values = Object.fromEntries(Array.from({ length: 80 }, (_, n) => [`选项${n}`, `v${n}`]));
    const ledger = defineLedger({
      sheetName: '技术需求台账',
      columns: [{ key: 'field', header: '技术领域', kind: 'enum', values }],
      rowSchema: z.object({ field: z.string() }),
    });

    // Act
    const [sheet] = await sheetsOf(await writeTemplate(ledger));

    // Assess
    expect(sheet?.getCell('A2').dataValidation).toBeUndefined();
  });
});
