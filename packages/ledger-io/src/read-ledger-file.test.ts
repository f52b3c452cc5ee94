import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleLedger } from '../tests/helpers/sample-ledger.ts';
import { hex, utf8, xlsxOf } from '../tests/helpers/xlsx.ts';
import { LedgerFormatError } from './errors.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { writeLedgerFile } from './write-ledger-file.ts';

const HEADERS = ['专利号', '专利名称', '申请日', '发明人', '年费状态', '年费（元）', '可开放许可'];

describe('readLedgerFile', () => {
  it('reads back what writeLedgerFile wrote, with Excel row numbers', async () => {
    // Prepare
    const records = [
      {
        patentNumber: 'ZL202110000001.2',
        title: '一种测试装置',
        applicationDate: '2021-06-01',
        inventors: ['张三', '李四'],
        legal: { feeStatus: 'late_window' as const, annualFee: 900 },
        licensable: true,
      },
      { patentNumber: 'ZL202120000002.X', title: '另一种装置', licensable: false },
    ];
    const bytes = await writeLedgerFile(sampleLedger, records);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, '专利台账.xlsx');

    // Assess
    expect(result).toEqual({
      rows: [
        { row: 2, value: records[0] },
        { row: 3, value: records[1] },
      ],
      errors: [],
      unknownHeaders: [],
    });
  });

  it('reads a UTF-8 CSV with a BOM and Windows line ends', async () => {
    // Prepare
    const csv = '\uFEFF专利号,专利名称,发明人\r\nZL202110000001.2,一种测试装置,"张三,李四"\r\n';

    // Act
    const result = await readLedgerFile(sampleLedger, utf8(csv), 'patents.csv');

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        value: { patentNumber: 'ZL202110000001.2', title: '一种测试装置', inventors: ['张三', '李四'] },
      },
    ]);
  });

  it('reads a CSV saved by Chinese Excel in GBK', async () => {
    // Prepare: "专利号,专利名称,发明人,年费状态\r\nZL202110000001.2,一种测试装置,张三、李四,已缴\r\n" in GBK
    const bytes = hex(`
      d7a8c0fbbac5 2c d7a8c0fbc3fbb3c6 2c b7a2c3f7c8cb 2c c4eab7d1d7b4ccac 0d0a
      5a4c3230323131303030303030312e32 2c d2bbd6d6b2e2cad4d7b0d6c3 2c d5c5c8fd a1a2 c0eecbc4 2c d2d1bdc9 0d0a
    `);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, '专利台账.csv');

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.value).toEqual({
      patentNumber: 'ZL202110000001.2',
      title: '一种测试装置',
      inventors: ['张三', '李四'],
      legal: { feeStatus: 'paid' },
    });
  });

  it('reads a UTF-8 CSV without a BOM, and tab-separated Unicode text in UTF-16', async () => {
    // Prepare
    const plain = utf8('专利号,专利名称\nZL202110000001.2,一种测试装置\n');
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...Buffer.from('专利号\t专利名称\r\nZL202110000001.2\t一种测试装置\r\n', 'utf16le'),
    ]);

    // Act
    const results = await Promise.all([
      readLedgerFile(sampleLedger, plain, 'a.csv'),
      readLedgerFile(sampleLedger, utf16, 'a.txt'),
    ]);

    // Assess
    for (const result of results) {
      expect(result.rows).toEqual([
        { row: 2, value: { patentNumber: 'ZL202110000001.2', title: '一种测试装置' } },
      ]);
    }
  });

  it('matches headers by alias, ignoring case, spaces, full-width letters and a required marker', async () => {
    // Prepare
    const bytes = await xlsxOf([
      [' ｐａｔｅｎｔ  no. ', '*名称'],
      ['ZL202110000001.2', '一种测试装置'],
    ]);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.value).toEqual({ patentNumber: 'ZL202110000001.2', title: '一种测试装置' });
  });

  it('rejects every row with one header error when a required column is missing', async () => {
    // Prepare
    const bytes = utf8('专利号,发明人\nZL202110000001.2,张三\nZL202110000002.3,李四\n');

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.csv');

    // Assess
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 1, column: '专利名称', message: '缺少必填列“专利名称” / missing required column “专利名称”' },
    ]);
  });

  it('rejects every row when two headers name the same column', async () => {
    // Prepare
    const bytes = utf8('专利号,专利名称,ZL号\nZL202110000001.2,一种测试装置,ZL202110000002.3\n');

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.csv');

    // Assess
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 1,
        column: '专利号',
        message: '“专利号”列重复（第 A、C 列） / column “专利号” appears twice (A、C)',
      },
    ]);
  });

  it('reports bad cells by Excel row and Chinese header while keeping the good rows', async () => {
    // Prepare
    const bytes = await xlsxOf([
      HEADERS,
      ['ZL202110000001.2', '好的专利', '2021/6/1', '张三', '已缴', 900, '是'],
      ['CN123', '名称过长名称过长名称过长名称过长名称过长名称过长', '2021-02-30', '', '欠费', 'abc', '也许'],
      ['ZL202110000003.4', '', '', '', '', -5, ''],
      ['ZL202110000004.5', '也是好的', '', '', '', '', ''],
    ]);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.rows.map(({ row }) => row)).toEqual([2, 5]);
    expect(result.errors).toEqual([
      { row: 3, column: '专利号', message: '专利号格式不正确 / malformed patent number' },
      { row: 3, column: '专利名称', message: expect.stringMatching(/^数值过大.* \/ Too big/) },
      {
        row: 3,
        column: '申请日',
        message:
          '“2021-02-30”不是有效日期，请按 2021-06-01 填写 / “2021-02-30” is not a valid date; use e.g. 2021-06-01',
      },
      {
        row: 3,
        column: '年费状态',
        message: '“欠费”不是可选值，可选：已缴、滞纳期、失效 / “欠费” is not one of: 已缴, 滞纳期, 失效',
      },
      { row: 3, column: '年费（元）', message: '“abc”不是有效数字 / “abc” is not a number' },
      { row: 3, column: '可开放许可', message: '“也许”应填“是”或“否” / “也许” should be 是 or 否' },
      { row: 4, column: '专利名称', message: '必填 / required' },
      { row: 4, column: '年费状态', message: '必填 / required' },
      { row: 4, column: '年费（元）', message: expect.stringMatching(/^数值过小.* \/ Too small/) },
    ]);
  });

  it('skips empty rows, blank-only cells and pre-numbered rows, keeping later row numbers true', async () => {
    // Prepare
    const csv = '序号,专利号,专利名称\n1,ZL202110000001.2,甲\n,,\n\n2,  ,  \n3,ZL202110000004.5,乙\n';

    // Act
    const result = await readLedgerFile(sampleLedger, utf8(csv), 'a.csv');

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ row, value }) => [row, value.title])).toEqual([
      [2, '甲'],
      [6, '乙'],
    ]);
  });

  it('reads Excel date cells as the date shown, whatever the format or time of day', async () => {
    // Prepare: exceljs stores and returns the shown wall-clock time at UTC
    const rows = [
      new Date(Date.UTC(2021, 5, 1)),
      new Date(Date.UTC(2021, 5, 1, 23, 30)),
      new Date(Date.UTC(2021, 0, 1)),
      44348,
      20210601,
      '2021年6月1日',
      '2021.6.1',
      '2021/6/1 0:00',
    ].map((date, at) => [`ZL20211000000${at}.2`, '装置', date]);
    const bytes = await xlsxOf([['专利号', '专利名称', '申请日'], ...rows], {
      style: (sheet) => {
        sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
        sheet.getCell('C3').numFmt = 'yyyy/m/d h:mm';
        sheet.getCell('C4').numFmt = 'yyyy"年"m"月"d"日"';
      },
    });

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ value }) => value.applicationDate)).toEqual([
      '2021-06-01',
      '2021-06-01',
      '2021-01-01',
      '2021-06-01',
      '2021-06-01',
      '2021-06-01',
      '2021-06-01',
      '2021-06-01',
    ]);
  });

  it('reads rich text, hyperlinks, formula results and numbers in text columns', async () => {
    // Prepare
    const bytes = await xlsxOf([
      ['专利号', '专利名称', '发明人'],
      [
        { text: 'ZL202110000001.2', hyperlink: 'https://example.cn/ZL202110000001.2' },
        { richText: [{ text: '一种', font: { bold: true } }, { text: '装置' }] },
        { formula: 'CONCAT("张三","；","李四")', result: '张三；李四' },
      ],
      [
        'ZL202110000002.3',
        { formula: '0.1+0.2', result: 0.30000000000000004 },
        { sharedFormula: 'C2', result: '王五' },
      ],
    ]);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ value }) => value)).toEqual([
      { patentNumber: 'ZL202110000001.2', title: '一种装置', inventors: ['张三', '李四'] },
      { patentNumber: 'ZL202110000002.3', title: '0.3', inventors: ['王五'] },
    ]);
  });

  it('reports a cell holding an Excel error value', async () => {
    // Prepare
    const bytes = await xlsxOf([
      ['专利号', '专利名称'],
      ['ZL202110000001.2', { formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } }],
    ]);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.errors).toEqual([
      { row: 2, column: '专利名称', message: '单元格是错误值 #N/A / the cell holds the error #N/A' },
    ]);
  });

  it('converts enum labels, synonyms and stored values to stored values', async () => {
    // Prepare
    const csv =
      '专利号,专利名称,年费状态\nZL202110000001.2,甲,已缴费\nZL202110000002.3,乙, 滞纳期 \nZL202110000003.4,丙,LAPSED\n';

    // Act
    const result = await readLedgerFile(sampleLedger, utf8(csv), 'a.csv');

    // Assess
    expect(result.rows.map(({ value }) => value.legal?.feeStatus)).toEqual(['paid', 'late_window', 'lapsed']);
  });

  it('splits lists on Chinese and ASCII separators and new lines', async () => {
    // Prepare
    const bytes = await xlsxOf([
      ['专利号', '专利名称', '发明人'],
      ['ZL202110000001.2', '甲', '张三；李四;王五，赵六,钱七、孙八\n周九\r\n；'],
    ]);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.rows[0]?.value.inventors).toEqual(['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九']);
  });

  it('reports headers that match no column, as written', async () => {
    // Prepare
    const bytes = utf8('序号,专利号,专利名称, 备注 ,\n1,ZL202110000001.2,甲,x,\n');

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.csv');

    // Assess
    expect(result.unknownHeaders).toEqual(['序号', '备注']);
    expect(result.rows).toHaveLength(1);
  });

  it('finds the header below a title row and reports rows by their real numbers', async () => {
    // Prepare
    const bytes = await xlsxOf([
      ['XX 公司专利台账（2024 年）'],
      ['专利号', '专利名称'],
      ['ZL202110000001.2', '甲'],
      ['bad', '乙'],
    ]);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.rows).toEqual([{ row: 3, value: { patentNumber: 'ZL202110000001.2', title: '甲' } }]);
    expect(result.errors).toEqual([
      { row: 4, column: '专利号', message: '专利号格式不正确 / malformed patent number' },
    ]);
  });

  it('reads the sheet named like the ledger when a cover sheet comes first', async () => {
    // Prepare
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').addRow(['专利号', '专利名称']);
    const ledgerSheet = workbook.addWorksheet('专利台账');
    ledgerSheet.addRow(['专利号', '专利名称']);
    ledgerSheet.addRow(['ZL202110000001.2', '甲']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'a.xlsx');

    // Assess
    expect(result.rows).toEqual([{ row: 2, value: { patentNumber: 'ZL202110000001.2', title: '甲' } }]);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'a.csv', 'empty_file'],
    ['a legacy .xls', hex('d0cf11e0a1b11ae1'), 'a.xls', 'legacy_xls'],
    ['an .xlsx that is not a workbook', utf8('专利号'), 'a.xlsx', 'corrupt_file'],
    ['a damaged workbook', hex('504b0304 0000 0000'), 'a.xlsx', 'corrupt_file'],
    ['a PDF', hex('255044462d312e34'), 'a.pdf', 'unsupported_format'],
    ['binary bytes named .csv', hex('00010203'), 'a.csv', 'corrupt_file'],
  ])('throws LedgerFormatError for %s', async (_, bytes, filename, code) => {
    // Act
    const reading = readLedgerFile(sampleLedger, bytes, filename);

    // Assess
    await expect(reading).rejects.toBeInstanceOf(LedgerFormatError);
    await expect(reading).rejects.toMatchObject({
      code,
      status: 400,
      message: expect.stringContaining(' / '),
    });
  });

  it('reads a workbook whatever its name says', async () => {
    // Prepare
    const bytes = await xlsxOf([
      ['专利号', '专利名称'],
      ['ZL202110000001.2', '甲'],
    ]);

    // Act
    const result = await readLedgerFile(sampleLedger, bytes, 'upload.csv');

    // Assess
    expect(result.rows).toHaveLength(1);
  });
});
