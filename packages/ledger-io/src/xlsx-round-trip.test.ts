import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rowXml, sheetXml, workbookParts, zipOf } from '../tests/helpers/hostile-xlsx.ts';
import { sampleLedger } from '../tests/helpers/sample-ledger.ts';
import { sheetsOf } from '../tests/helpers/xlsx.ts';
import { defineLedger } from './define-ledger.ts';
import { readXlsxRows } from './read-xlsx.ts';
import { writeLedgerBook } from './write-ledger-book.ts';
import { writeTemplate } from './write-template.ts';

const ledger = (sheetName: string) =>
  defineLedger<Record<string, unknown>>({
    sheetName,
    rowSchema: undefined as never,
    columns: [
      { key: 'name', header: '名称' },
      { key: 'amount', header: '金额', kind: 'number' },
      { key: 'day', header: '日期', kind: 'date' },
    ],
  });

const TRICKY = [
  { name: '<甲> & "乙"', amount: 1, day: '2021-06-01' },
  { name: '  两端有空格  ', amount: -2.5, day: '2021-05-31T16:30:00.000Z' },
  { name: '第一行\n第二行', amount: 1234567.891 },
  { name: '控制\u0001字符\u0008与孤立代理\uD800去掉', amount: 0 },
  { name: '字面 _x0041_ 与表情 😀' },
  { name: '=SUM(A1:A2)', amount: Number.NaN },
];
const EXPECTED_NAMES = [
  '<甲> & "乙"',
  '  两端有空格  ',
  '第一行\n第二行',
  '控制字符与孤立代理去掉',
  '字面 _x0041_ 与表情 😀',
  '=SUM(A1:A2)',
];

describe('XLSX written here, read by exceljs', () => {
  it('keeps sheet names, text (escaped, forbidden characters dropped), numbers and the bold frozen header', async () => {
    // Act
    const bytes = await writeLedgerBook([
      { ledger: ledger("O'Brien 汇总"), records: [{ name: '合计', amount: 3 }] },
      { ledger: ledger('明细'), records: TRICKY },
    ]);
    const sheets = await sheetsOf(bytes);

    // Assess
    expect(sheets.map((sheet) => sheet.name)).toEqual(["O'Brien 汇总", '明细']);
    const detail = sheets[1];
    expect(detail?.getRow(1).values).toEqual([undefined, '名称', '金额', '日期']);
    expect(detail?.getCell('A1').font?.bold).toBe(true);
    expect(detail?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(detail?.autoFilter).toBe('A1:C7');
    expect(detail?.getColumn(1).values.slice(2)).toEqual(EXPECTED_NAMES);
    expect(detail?.getColumn(2).values.slice(2)).toEqual([1, -2.5, 1234567.891, 0, undefined, 'NaN']);
    expect(detail?.getCell('C2').value).toBe('2021-06-01');
    expect(detail?.getCell('C3').value).toBe('2021-06-01');
    expect(detail?.getCell('C3').numFmt).toBe('@');
  });

  it('reads back the same rows with this package reader', async () => {
    // Act
    const bytes = await writeLedgerBook([{ ledger: ledger('明细'), records: TRICKY }]);
    const rows = await readXlsxRows(bytes, '明细');

    // Assess
    expect(rows.map((row) => row.cells[0])).toEqual(['名称', ...EXPECTED_NAMES]);
    expect(rows.map((row) => row.cells[1])).toEqual(['金额', 1, -2.5, 1234567.891, 0, undefined, 'NaN']);
  });

  it('gives exceljs the template dropdowns, the red required marker and the instructions sheet', async () => {
    // Act
    const [sheet, instructions] = await sheetsOf(await writeTemplate(sampleLedger));

    // Assess
    expect(sheet?.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: ['"已缴,滞纳期,失效"'],
    });
    expect(sheet?.getCell('E1002').dataValidation).toBeUndefined();
    const header = sheet?.getCell('A1').value as ExcelJS.CellRichTextValue;
    expect(header.richText[0]).toMatchObject({
      text: '*',
      font: { bold: true, color: { argb: 'FFC00000' } },
    });
    expect(sheet?.getCell('A2').font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
    expect(instructions?.name).toBe('填写说明');
    expect(instructions?.getCell('A1').font?.bold).toBe(true);
    expect(instructions?.getColumn(4).width).toBe(44);
  });
});

async function excelBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('XLSX written by exceljs, read here', () => {
  const build = (workbook: ExcelJS.Workbook) => {
    workbook.addWorksheet('封面').addRow(['不是这张']);
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['文本', '数字', '布尔', '日期', '富文本', '链接', '公式', '错误']);
    sheet.addRow([
      'ZL202110000001.2',
      0.1,
      true,
      new Date(Date.UTC(2021, 5, 1, 23, 30)),
      { richText: [{ text: '一种', font: { bold: true } }, { text: '装置' }] },
      { text: '链接文字', hyperlink: 'https://example.cn/a?b=1&c=2' },
      { formula: 'A2&"x"', result: 'ZL202110000001.2x' },
      { formula: 'NA()', result: { error: '#N/A' } },
    ]);
    sheet.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
    sheet.getCell('A4').value = '隔一行 & <尖括号>';
    sheet.getCell('C4').value = 42;
  };
  const expected = [
    { row: 1, cells: ['文本', '数字', '布尔', '日期', '富文本', '链接', '公式', '错误'] },
    {
      row: 2,
      cells: [
        'ZL202110000001.2',
        0.1,
        true,
        new Date(Date.UTC(2021, 5, 1, 23, 30)),
        '一种装置',
        '链接文字',
        'ZL202110000001.2x',
        { error: '#N/A' },
      ],
    },
    { row: 4, cells: ['隔一行 & <尖括号>', undefined, 42] },
  ];

  it('reads the named sheet with every kind of cell', async () => {
    // Act
    const rows = await readXlsxRows(await excelBytes(build), '台账');

    // Assess
    expect(rows).toEqual(expected);
  });

  it('reads the same rows when the sheets come before xl/workbook.xml in the zip', async () => {
    // Prepare
    const parts = Object.entries(unzipSync(await excelBytes(build))).map(([name, content]) => ({
      name,
      content,
    }));
    const sheetFirst = [
      ...parts.filter((part) => part.name.startsWith('xl/worksheets/')),
      ...parts.filter((part) => !part.name.startsWith('xl/worksheets/')),
    ];

    // Act
    const rows = await readXlsxRows(zipOf(sheetFirst), '台账');

    // Assess
    expect(sheetFirst[0]?.name).toMatch(/^xl\/worksheets\//);
    expect(rows).toEqual(expected);
  });

  it('takes the first visible sheet when none is named like the ledger', async () => {
    // Prepare
    const bytes = await excelBytes((workbook) => {
      workbook.addWorksheet('隐藏', { state: 'hidden' }).addRow(['不是这张']);
      workbook.addWorksheet('可见').addRow(['这张']);
    });

    // Act
    const rows = await readXlsxRows(bytes, '专利台账');

    // Assess
    expect(rows).toEqual([{ row: 1, cells: ['这张'] }]);
  });
});

describe('XLSX from other producers', () => {
  it('reads inline rich text, phonetic guides, Excel escapes and ISO date cells', async () => {
    // Prepare
    const cells =
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>甲</t></r><r><t xml:space="preserve"> 乙</t></r><rPh sb="0" eb="1"><t>ジア</t></rPh></is></c>' +
      '<c r="B2" t="inlineStr"><is><t>一_x000D_二</t></is></c><c r="C2" t="d"><v>2021-06-01T00:00:00</v></c>' +
      '<c r="D2" t="str"><f>1</f><v>&#x4E09;</v></c></row>';
    const bytes = zipOf(workbookParts(sheetXml(rowXml(1, ['a', 'b', 'c', 'd']) + cells)));

    // Act
    const rows = await readXlsxRows(bytes, 'Sheet1');

    // Assess
    expect(rows[1]?.cells).toEqual(['甲 乙', '一\r二', new Date(Date.UTC(2021, 5, 1)), '三']);
  });
});
