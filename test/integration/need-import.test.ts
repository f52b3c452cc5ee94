import { readLedgerFile, writeLedgerFile } from '@openlicense/ledger-io';
import { describe, expect, it } from 'vitest';
import { NEED_SHEET } from '../../functions/spreadsheets/src/need-sheet.ts';
import { authorisationInput } from '../support/authorisation-input.ts';
import { importAndWait } from '../support/import-job.ts';
import { needInput } from '../support/need-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/** A row as typed into the sheet: budgets in 万元, the enterprise named. */
const sheetRow = (clientRef: string, enterpriseName: string, overrides: Record<string, unknown> = {}) => ({
  ...needInput({ clientRef, ...overrides }),
  budget: { minFen: 50, maxFen: 150 },
  enterpriseName,
  publish: true,
});

const upload = (bytes: Uint8Array) => {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], '技术需求台账.xlsx'));
  return form;
};

describe('technology-need import (an agency for the enterprises that authorised it)', () => {
  it('stores rows for authorised enterprises, reports the others by row, and is idempotent by 导入编号', async () => {
    // Prepare
    const api = createTestApi(await createTestTable());
    const agency = await api.member('agency', 'member');
    const client = await api.member('enterprise', 'admin');
    const stranger = await api.member('enterprise', 'admin');
    const granted = await api.request('/api/authorisations', {
      method: 'POST',
      token: client.token,
      json: authorisationInput(agency.org.id),
    });
    expect(granted.status).toBe(201);
    const file = await writeLedgerFile(NEED_SHEET, [
      sheetRow('R-1', client.org.name),
      sheetRow('R-2', stranger.org.name),
      sheetRow('R-3', client.org.name, { title: '需求' }),
      sheetRow('R-4', client.org.name, { title: '高压直流继电器灭弧结构优化', visibility: 'agencies' }),
      sheetRow('R-1', client.org.name, { title: '重复编号的需求' }),
    ]);
    const importFile = async (bytes: Uint8Array) =>
      (
        await importAndWait(api.request, '/api/needs/import', {
          method: 'POST',
          token: agency.token,
          body: upload(bytes),
        })
      ).json();
    // Act
    const first = await importFile(file);
    const again = await importFile(file);
    const ledger = await (await api.request('/api/needs?limit=50', { token: client.token })).json();
    // Assess
    expect(first, JSON.stringify(first)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(first.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: '企业名称',
        message: expect.stringContaining(stranger.org.name),
      }),
      expect.objectContaining({ row: 4, column: '需求名称' }),
      expect.objectContaining({ row: 6, column: '导入编号', message: expect.stringContaining('第 2 行') }),
    ]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(ledger.items).toHaveLength(2);
    expect(ledger.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          collectedByOrgId: agency.org.id,
          status: 'open',
          budget: { minFen: 50_000_000, maxFen: 150_000_000 },
        }),
      ]),
    );
  });

  it('lets an enterprise re-import its own ledger with a change, and exports it back', async () => {
    const api = createTestApi(await createTestTable());
    const enterprise = await api.member('enterprise', 'admin');
    const post = async (rows: Record<string, unknown>[]) =>
      (
        await importAndWait(api.request, '/api/needs/import', {
          method: 'POST',
          token: enterprise.token,
          body: upload(await writeLedgerFile(NEED_SHEET, rows)),
        })
      ).json();
    await post([sheetRow('E-1', '')]);
    const changed = await post([sheetRow('E-1', '', { title: '汽车起重机吊重防摇摆自适应控制技术' })]);
    const exported = await api.request('/api/needs/export.xlsx', { token: enterprise.token });
    const readBack = await readLedgerFile(
      NEED_SHEET,
      new Uint8Array(await exported.arrayBuffer()),
      'export.xlsx',
    );
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0, errors: [] });
    expect(readBack.errors).toEqual([]);
    expect(readBack.rows.map((r) => r.value)).toEqual([
      expect.objectContaining({
        clientRef: 'E-1',
        title: '汽车起重机吊重防摇摆自适应控制技术',
        budget: { minFen: 50_000_000, maxFen: 150_000_000 },
      }),
    ]);
  });

  it('refuses needs imports to the IP office and universities', async () => {
    const api = createTestApi(await createTestTable());
    const university = await api.member('university', 'admin');
    const res = await importAndWait(api.request, '/api/needs/import', {
      method: 'POST',
      token: university.token,
      body: upload(await writeLedgerFile(NEED_SHEET, [])),
    });
    expect(res.status).toBe(403);
  });
});

describe('a park importing its enterprises’ needs in one file', () => {
  it('imports 180 needs for three authorising enterprises, each row checked against its authorisation', async () => {
    // Prepare: three enterprises in the park authorise it; a fourth does not
    const api = createTestApi(await createTestTable());
    const park = await api.member('park', 'admin');
    const firms = await Promise.all([1, 2, 3].map(() => api.member('enterprise', 'admin')));
    for (const firm of firms)
      await api.request('/api/authorisations', {
        method: 'POST',
        token: firm.token,
        json: authorisationInput(park.org.id),
      });
    const outsider = await api.member('enterprise', 'admin');
    const rows = Array.from({ length: 180 }, (_, i) =>
      sheetRow(`P-${i}`, firms[i % 3]!.org.name, {
        title: `园区企业技术需求第${i + 1}项：高精度传感器封装`,
      }),
    );
    rows.push(sheetRow('P-X', outsider.org.name));
    // Act
    const res = await importAndWait(api.request, '/api/needs/import', {
      method: 'POST',
      token: park.token,
      body: upload(await writeLedgerFile(NEED_SHEET, rows)),
    });
    const result = await res.json();
    const ledger = await (await api.request('/api/needs?limit=200', { token: firms[0]!.token })).json();
    // Assess
    expect(result).toMatchObject({ created: 180, updated: 0, unchanged: 0 });
    expect(result.errors).toEqual([expect.objectContaining({ row: 182, column: '企业名称' })]);
    // 60 each: more than a page's default 50, all within one page of 200
    expect(ledger.items).toHaveLength(60);
  }, 300_000);
});
