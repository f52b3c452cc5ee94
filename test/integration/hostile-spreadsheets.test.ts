import { SPREADSHEET_LIMITS, writeLedgerFile } from '@openlicense/ledger-io';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATENT_SHEET } from '../../functions/spreadsheets/src/patent-sheet.ts';
import {
  rowXml,
  sheetXml,
  workbookParts,
  zipOf,
} from '../../packages/ledger-io/tests/helpers/hostile-xlsx.ts';
import { importAndWait } from '../support/import-job.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

const HEADER = ['专利号', '专利名称', '专利类型', '申请日', '专利权人'];

const upload = (bytes: Uint8Array, filename = '专利台账.xlsx') => {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], filename));
  return form;
};

/** Hostile files, each built small in the test, and the limit each must be refused under. */
const HOSTILE: [string, Uint8Array, string, number, string | undefined][] = [
  [
    'a row bomb: a million near-empty rows in a few kilobytes',
    zipOf(workbookParts(sheetXml(rowXml(1, HEADER) + '<row><c/></row>'.repeat(1_000_000)))),
    'a.xlsx',
    413,
    'rows',
  ],
  [
    'one data row more than 20,000',
    zipOf(
      workbookParts(
        sheetXml(
          [rowXml(1, HEADER), ...Array.from({ length: 20_001 }, (_, n) => rowXml(n + 2, ['ZL1', '甲']))].join(
            '',
          ),
        ),
      ),
    ),
    'a.xlsx',
    413,
    'rows',
  ],
  [
    'a 64 MB cell zipped to under a hundred kilobytes',
    zipOf(workbookParts(sheetXml(rowXml(1, HEADER) + rowXml(2, ['x'.repeat(64 * 1024 * 1024)])))),
    'a.xlsx',
    413,
    'unpackedBytes',
  ],
  [
    'a cell over 10,000 characters',
    zipOf(workbookParts(sheetXml(rowXml(1, HEADER) + rowXml(2, ['ZL1', '长'.repeat(10_001)])))),
    'a.xlsx',
    413,
    'cellCharacters',
  ],
  [
    'deep XML',
    zipOf(workbookParts(sheetXml(rowXml(1, HEADER) + '<x>'.repeat(1_000_000) + '</x>'.repeat(1_000_000)))),
    'a.xlsx',
    413,
    'xmlDepth',
  ],
  [
    'a CSV of more than 100 columns',
    new TextEncoder().encode(`${[...HEADER, ...Array.from({ length: 100 }, (_, n) => `c${n}`)].join(',')}\n`),
    'a.csv',
    413,
    'columns',
  ],
  ['a text file with an .xlsx name', new TextEncoder().encode('专利号,专利名称\n'), 'a.xlsx', 400, undefined],
  [
    'a zip that is not a workbook, with an .xlsx name',
    zipOf([{ name: 'word/document.xml', content: '<w:document/>' }]),
    'a.xlsx',
    400,
    undefined,
  ],
];

describe('hostile spreadsheets', () => {
  let api: ReturnType<typeof createTestApi>;
  let token: string;
  beforeAll(async () => {
    api = createTestApi(await createTestTable());
    token = (await api.member('university', 'admin')).token;
  });

  it.each(HOSTILE)('refuses %s with a 4xx naming the limit', async (_, bytes, filename, status, limit) => {
    // Act
    const res = await importAndWait(api.request, '/api/patents/import', {
      method: 'POST',
      token,
      body: upload(bytes, filename),
    });

    // Assess
    expect(res.status).toBe(status);
    const { error } = await res.json();
    expect(error.message).toContain(' / ');
    expect(error.details[0]).toMatchObject({ path: 'file' });
    if (limit) {
      expect(error.code).toBe('spreadsheet_too_large');
      expect(error.details[0]).toMatchObject({
        limit,
        max: SPREADSHEET_LIMITS[limit as keyof typeof SPREADSHEET_LIMITS],
      });
    } else expect(error.code).toBe('corrupt_file');
  });

  it('answers odd XML inside a well-formed zip, and a valid workbook with flipped bytes, with a result or a 4xx', async () => {
    // Prepare
    const valid = await writeLedgerFile(PATENT_SHEET, []);
    const oddSheet = fc
      .array(
        fc.constantFrom(
          '<row>',
          '</row>',
          '<c r="A1">',
          '<c t="s">',
          '<v>',
          '</v>',
          '</c>',
          '<is><t>',
          '</t></is>',
          '&amp;',
          '&#0;',
          '<![CDATA[',
          ']]>',
          '<!--',
          '-->',
          '"',
          'x',
          '<?p?>',
          '<row r="-1">',
          '<c r="ZZZZ99999999">',
        ),
        { maxLength: 40 },
      )
      .map((tokens) => zipOf(workbookParts(sheetXml(rowXml(1, HEADER) + tokens.join('')))));
    const flipped = fc
      .tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 1, max: 255 }))
      .map(([at, xor]) => {
        const bytes = valid.slice();
        bytes[at] = bytes[at]! ^ xor;
        return bytes;
      });

    // Act + Assess
    await fc.assert(
      fc.asyncProperty(fc.oneof(oddSheet, flipped), async (bytes) => {
        const res = await importAndWait(api.request, '/api/patents/import', {
          method: 'POST',
          token,
          body: upload(bytes),
        });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('lists the first 1,000 problems with their total and every problem in an XLSX report', async () => {
    // Prepare: 1,500 rows whose patent number fails its check digit
    const university = await api.member('university', 'admin');
    const rows = Array.from({ length: 1_500 }, () => {
      const number = randomPatentNumber();
      const bad = `${number.slice(0, -1)}${number.endsWith('1') ? '2' : '1'}`;
      const input = patentInput(bad, { patentees: [{ name: university.org.name }] });
      return { ...input, patentees: [university.org.name] };
    });
    const file = await writeLedgerFile(PATENT_SHEET, rows);

    // Act
    const res = await importAndWait(api.request, '/api/patents/import', {
      method: 'POST',
      token: university.token,
      body: upload(file),
    });

    // Assess
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ created: 0, errorCount: 1_500 });
    expect(body.errors).toHaveLength(1_000);
    expect(body.errors[0]).toMatchObject({ row: 2, column: '专利号' });
    expect(body.errorReport).toMatchObject({ filename: '导入问题清单.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(body.errorReport.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '行', '列', '问题']);
    expect(sheet.actualRowCount).toBe(1_501);
    expect(sheet.getRow(1_501).getCell(1).value).toBe(1_501);
  });
});
