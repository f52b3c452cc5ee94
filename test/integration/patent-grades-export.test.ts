import { defineLedger, readLedgerFile } from '@openlicense/ledger-io';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { NOT_GRADED_NOTE } from '../../functions/spreadsheets/src/patent-export-sheet.ts';
import { PATENT_SHEET } from '../../functions/spreadsheets/src/patent-sheet.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/** The export's number, grade and reasons cells as written (the ledger's own row schema keeps neither). */
const GRADE_CELLS = defineLedger({
  sheetName: '专利台账',
  rowSchema: z.object({ number: z.string(), grade: z.string().optional(), gradeReasons: z.string() }),
  columns: [
    { key: 'number', header: '专利号', required: true },
    { key: 'grade', header: '转化潜力等级' },
    { key: 'gradeReasons', header: '分级理由' },
  ],
});

describe('patent ledger export with grades (分级分类)', () => {
  it('carries each patent’s grade and its reasons in Chinese; a patent not graded yet has an empty grade and a note', async () => {
    // Prepare
    const table = await createTestTable();
    const api = createTestApi(table);
    const university = await api.member('university', 'admin');
    const graded = randomPatentNumber(2019);
    const ungraded = randomPatentNumber(2018);
    for (const number of [graded, ungraded])
      await api.request('/api/patents', {
        method: 'POST',
        token: university.token,
        json: patentInput(number, { patentees: [{ name: university.org.name }] }),
      });
    await table.store.patentGrades.put({
      patentId: graded,
      holderOrgId: university.org.id,
      grade: {
        grade: 'A',
        score: 86,
        reasons: [
          { code: 'term_long', params: { yearsLeft: 14, expiryDate: '2039-03-14' }, effect: 25 },
          { code: 'chain_priority', params: { chains: ['先进储能材料', '新能源汽车'] }, effect: 15 },
        ],
      },
      matchedNeeds: [],
      computedAt: '2026-12-07T02:00:00.000Z',
    });

    // Act
    const res = await api.request('/api/patents/export.xlsx', { token: university.token });
    const bytes = new Uint8Array(await res.arrayBuffer());

    // Assess
    expect(res.status).toBe(200);
    const { rows } = await readLedgerFile(GRADE_CELLS, bytes, '专利台账.xlsx');
    const byNumber = new Map(rows.map((row) => [row.value.number.replace(/^ZL/, ''), row.value]));
    expect(byNumber.get(graded)).toMatchObject({
      grade: 'A',
      gradeReasons: '剩余保护期 14 年（至 2039-03-14），较长；服务本地重点产业链：先进储能材料、新能源汽车',
    });
    expect(byNumber.get(ungraded)?.grade).toBeUndefined();
    expect(byNumber.get(ungraded)?.gradeReasons).toBe(NOT_GRADED_NOTE);
    // The export still imports as a ledger: the grade columns are only extra headers.
    const asImport = await readLedgerFile(PATENT_SHEET, bytes, '专利台账.xlsx');
    expect(asImport.errors).toEqual([]);
    expect(asImport.unknownHeaders).toEqual(['转化潜力等级', '分级理由']);
  });
});
