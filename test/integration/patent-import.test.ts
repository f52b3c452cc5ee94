import { readLedgerFile, writeLedgerFile } from '@openlicense/ledger-io';
import { describe, expect, it } from 'vitest';
import { PATENT_SHEET } from '../../functions/spreadsheets/src/patent-sheet.ts';
import { importAndWait } from '../support/import-job.ts';
import { createTestApi, patentInput, patentNumberFor, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/**
 * What a TTO officer types into Excel: the sheet's own cell shapes (names, labels, lists). The importing
 * organisation is the patentee unless `overrides` names others.
 */
const sheetRow = (
  holder: { org: { name: string } },
  number: string,
  overrides: Record<string, unknown> = {},
) => {
  const input = patentInput(number, { patentees: [{ name: holder.org.name }], ...overrides }) as ReturnType<
    typeof patentInput
  > & {
    patentees: { name: string }[];
  };
  return { ...input, patentees: input.patentees.map((p) => p.name) };
};

const upload = (bytes: Uint8Array, filename = '专利台账.xlsx') => {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], filename));
  return form;
};

describe('patent ledger import and export (XLSX)', () => {
  it('keeps every good row, reports every bad row by row and column, and changes nothing on re-import', async () => {
    // Prepare
    const api = createTestApi(await createTestTable());
    const university = await api.member('university', 'admin');
    const neighbour = await api.member('university', 'admin');
    const taken = randomPatentNumber();
    await api.request('/api/patents', {
      method: 'POST',
      token: neighbour.token,
      json: patentInput(taken, { patentees: [{ name: neighbour.org.name }] }),
    });
    const good = [randomPatentNumber(), randomPatentNumber(), randomPatentNumber()];
    const someoneElses = randomPatentNumber();
    const badCheck = `${good[0]!.slice(0, -1)}${good[0]!.endsWith('1') ? '2' : '1'}`;
    // The holder's name as typed in a sheet: a full-width space inside it still names the holder.
    const typed = `${university.org.name.slice(0, 2)}\u3000${university.org.name.slice(2)}`;
    const file = await writeLedgerFile(PATENT_SHEET, [
      sheetRow(university, good[0]!, { patentees: [{ name: typed }, { name: '湖南大学' }] }),
      sheetRow(university, badCheck),
      sheetRow(university, good[1]!, { filingDate: '2019-02-30' }),
      sheetRow(university, good[2]!),
      sheetRow(university, taken),
      sheetRow(university, good[2]!, { title: '重复行' }),
      sheetRow(university, someoneElses, { patentees: [{ name: neighbour.org.name }] }),
    ]);
    const importFile = async () =>
      (
        await importAndWait(api.request, '/api/patents/import', {
          method: 'POST',
          token: university.token,
          body: upload(file),
        })
      ).json();
    // Act
    const first = await importFile();
    const second = await importFile();
    // Assess
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(first.errors).toEqual([
      expect.objectContaining({ row: 3, column: '专利号' }),
      expect.objectContaining({ row: 4, column: '申请日' }),
      expect.objectContaining({
        row: 6,
        column: '专利号',
        message: expect.stringContaining(neighbour.org.name),
      }),
      expect.objectContaining({ row: 7, column: '专利号', message: expect.stringContaining('第 5 行') }),
      expect.objectContaining({
        row: 8,
        column: '专利权人',
        message: expect.stringContaining(university.org.name),
      }),
    ]);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const someoneElsesNow = await api.request(`/api/patents/${someoneElses}`, { token: neighbour.token });
    expect(someoneElsesNow.status).toBe(404);
  });

  it('refuses a whole import from an organisation not approved yet, and stores none of its rows', async () => {
    // Prepare
    const api = createTestApi(await createTestTable());
    const pending = await api.member('enterprise', 'admin', 'pending');
    const number = randomPatentNumber();
    const bytes = await writeLedgerFile(PATENT_SHEET, [sheetRow(pending, number)]);
    // Act
    const res = await importAndWait(api.request, '/api/patents/import', {
      method: 'POST',
      token: pending.token,
      body: upload(bytes),
    });
    // Assess
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('org_not_approved');
    const ledger = await (await api.request('/api/patents', { token: pending.token })).json();
    expect(ledger.items).toEqual([]);
  });

  it('updates rows whose content changed and exports the ledger back to XLSX', async () => {
    const api = createTestApi(await createTestTable());
    const park = await api.member('park', 'admin');
    const number = randomPatentNumber();
    const post = (rows: Record<string, unknown>[]) =>
      writeLedgerFile(PATENT_SHEET, rows).then(async (bytes) =>
        (
          await importAndWait(api.request, '/api/patents/import', {
            method: 'POST',
            token: park.token,
            body: upload(bytes),
          })
        ).json(),
      );
    await post([sheetRow(park, number)]);
    const changed = await post([sheetRow(park, number, { title: '一种改进的高镍正极材料制备方法' })]);
    const exported = await api.request('/api/patents/export.xlsx', { token: park.token });
    const readBack = await readLedgerFile(
      PATENT_SHEET,
      new Uint8Array(await exported.arrayBuffer()),
      'export.xlsx',
    );
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0, errors: [] });
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    expect(readBack.errors).toEqual([]);
    expect(readBack.rows.map((r) => r.value)).toEqual([
      expect.objectContaining({ number, title: '一种改进的高镍正极材料制备方法' }),
    ]);
  });

  it('serves a template that imports as nothing, and refuses a file that is not a spreadsheet', async () => {
    const api = createTestApi(await createTestTable());
    const university = await api.member('university', 'member');
    const template = await api.request('/api/patents/template.xlsx', { token: university.token });
    const bytes = new Uint8Array(await template.arrayBuffer());
    const asImport = await (
      await importAndWait(api.request, '/api/patents/import', {
        method: 'POST',
        token: university.token,
        body: upload(bytes),
      })
    ).json();
    const garbage = await importAndWait(api.request, '/api/patents/import', {
      method: 'POST',
      token: university.token,
      body: upload(new TextEncoder().encode('%PDF-1.4 not a sheet'), 'scan.pdf'),
    });
    expect(template.status).toBe(200);
    expect(asImport).toEqual({ created: 0, updated: 0, unchanged: 0, errors: [], errorCount: 0 });
    expect(garbage.status).toBe(400);
    expect((await garbage.json()).error.details[0].path).toBe('file');
  });

  it('imports a 1,000-row ledger whole: every row created, none reported', async () => {
    // Ten reads of existing numbers (100 a batch) and many rounds of the job's 16 concurrent writes: the
    // paths a 10,000-row file takes. How long 10,000 (or the limit's 20,000) rows take is a figure, not a
    // test: `npm run bench:ledger-import` (bench/ledger-import/run.ts).
    const table = await createTestTable();
    const api = createTestApi(table);
    const university = await api.member('university', 'admin');
    const start = Math.floor(Math.random() * 9_000_000);
    const rows = Array.from({ length: 1_000 }, (_, i) =>
      sheetRow(university, patentNumberFor(2015, start + i)),
    );
    const bytes = await writeLedgerFile(PATENT_SHEET, rows);
    const result = await (
      await importAndWait(api.request, '/api/patents/import', {
        method: 'POST',
        token: university.token,
        body: upload(bytes),
      })
    ).json();
    expect(result.errors).toEqual([]);
    expect(result.created).toBe(1_000);
  }, 300_000);
});

describe('retrying an upload', () => {
  it('replays the first result when the same file is sent again with the same Idempotency-Key', async () => {
    // Prepare: two FormData bodies of the same file get different multipart boundaries
    const api = createTestApi(await createTestTable());
    const university = await api.member('university', 'admin');
    const bytes = await writeLedgerFile(PATENT_SHEET, [sheetRow(university, randomPatentNumber())]);
    const headers = { 'idempotency-key': `upload-${Date.now()}` };
    const send = () =>
      importAndWait(api.request, '/api/patents/import', {
        method: 'POST',
        token: university.token,
        headers,
        body: upload(bytes),
      });
    // Act
    const first = await send();
    const retry = await send();
    // Assess
    expect(await first.json()).toMatchObject({ created: 1 });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    // The retry is answered the first upload's job, not a second one.
    expect(retry.headers.get('x-import-job')).toBe(first.headers.get('x-import-job'));
    expect(await retry.json()).toMatchObject({ created: 1 });
  });
});
