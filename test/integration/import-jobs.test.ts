import { noIdentitySync } from '@openlicense/app';
import type { ImportJobView } from '@openlicense/contract/import-jobs';
import { membershipOf, type Org, type Principal } from '@openlicense/domain';
import { createSpreadsheetApp, inProcessSheetWork } from '@openlicense/fn-spreadsheets';
import { createLocalIssuer } from '@openlicense/http';
import { writeLedgerFile } from '@openlicense/ledger-io';
import { unzipSync } from 'fflate';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importNeeds } from '../../functions/spreadsheets/src/import-needs.ts';
import { importReport } from '../../functions/spreadsheets/src/import-report.ts';
import { NEED_SHEET } from '../../functions/spreadsheets/src/need-sheet.ts';
import { restrictSpreadsheetStore } from '../../functions/spreadsheets/src/spreadsheet-store.ts';
import { importAndWait, waitForImportJob } from '../support/import-job.ts';
import { needInput } from '../support/need-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/** An enterprise's own need ledger row, as typed into the sheet (budget in 万元). */
const sheetRow = (clientRef: string, overrides: Record<string, unknown> = {}) => ({
  ...needInput({ clientRef, ...overrides }),
  budget: { minFen: 50, maxFen: 150 },
  publish: false,
});

const upload = (bytes: Uint8Array) => {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], '技术需求台账.xlsx'));
  return form;
};

/** Good rows, a row missing its title, a row with a bad deadline, and a 导入编号 used twice. */
const mixedFile = () =>
  writeLedgerFile(NEED_SHEET, [
    sheetRow('J-1'),
    sheetRow('J-2', { title: '' }),
    sheetRow('J-3', { title: '高压直流继电器灭弧结构优化' }),
    sheetRow('J-4', { deadline: '2019-02-30' }),
    sheetRow('J-1', { title: '重复编号的需求' }),
    sheetRow('J-5', { title: '锂电池极片辊压厚度在线检测技术' }),
  ]);

let table: TestTable;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  table = await createTestTable();
  api = createTestApi(table);
});

const principalOf = (member: { user: { id: string; email: string; name: string }; org: Org }): Principal => ({
  userId: member.user.id,
  email: member.user.email,
  name: member.user.name,
  membership: membershipOf(member.org, 'admin'),
});

describe('spreadsheet imports as asynchronous jobs', () => {
  it('queues an upload (202, Location), then reports it running to done with every row counted', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    // Act
    const res = await api.request('/api/needs/import', {
      method: 'POST',
      token: enterprise.token,
      body: upload(await mixedFile()),
    });
    const accepted = await res.json();
    const job = await waitForImportJob(api.request, accepted.location, enterprise.token);
    const ledger = await (await api.request('/api/needs?limit=50', { token: enterprise.token })).json();
    // Assess
    expect(res.status).toBe(202);
    expect(accepted).toEqual({
      jobId: expect.any(String),
      status: 'queued',
      location: `/api/imports/${accepted.jobId}`,
    });
    expect(res.headers.get('location')).toBe(accepted.location);
    expect(job).toMatchObject({
      jobId: accepted.jobId,
      ledger: 'needs',
      status: 'done',
      filename: '技术需求台账.xlsx',
      total: 6,
      processed: 6,
    });
    expect(job.result).toMatchObject({ created: 3, updated: 0, unchanged: 0, errorCount: 3 });
    expect(job.result!.errors.map((e) => e.row)).toEqual([3, 5, 6]);
    expect(job.result!.errorReport?.filename).toBe('导入问题清单.xlsx');
    expect(ledger.items.map((n: { clientRef?: string }) => n.clientRef).sort()).toEqual([
      'J-1',
      'J-3',
      'J-5',
    ]);
  });

  it('answers a job only to its own organisation: another organisation and an anonymous caller get 404 and 401', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    const colleague = await api.member('enterprise', 'member', 'approved', enterprise.org);
    const stranger = await api.member('enterprise', 'admin');
    const office = await api.member('ip_office', 'admin');
    const res = await api.request('/api/needs/import', {
      method: 'POST',
      token: enterprise.token,
      body: upload(await mixedFile()),
    });
    const { location } = await res.json();
    await waitForImportJob(api.request, location, enterprise.token);
    // Act
    const byColleague = await api.request(location, { token: colleague.token });
    const byStranger = await api.request(location, { token: stranger.token });
    const byOffice = await api.request(location, { token: office.token });
    const anonymous = await api.request(location);
    const unknown = await api.request(`/api/imports/${ulid()}`, { token: enterprise.token });
    // Assess
    expect(byColleague.status).toBe(200);
    expect((await byColleague.json()).result.created).toBe(3);
    expect(byStranger.status).toBe(404);
    expect((await byStranger.json()).error.code).toBe('not_found');
    expect(byOffice.status).toBe(404);
    expect(anonymous.status).toBe(401);
    expect(unknown.status).toBe(404);
  });

  it('returns the same job to a retry of the same upload with the same Idempotency-Key, and writes each row once', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    const bytes = await mixedFile();
    const send = () =>
      api.request('/api/needs/import', {
        method: 'POST',
        token: enterprise.token,
        headers: { 'idempotency-key': `import-${ulid()}`.slice(0, 40) },
        body: upload(bytes),
      });
    const key = `import-retry-${ulid()}`;
    const sendWithKey = () =>
      api.request('/api/needs/import', {
        method: 'POST',
        token: enterprise.token,
        headers: { 'idempotency-key': key },
        body: upload(bytes),
      });
    // Act
    const first = await sendWithKey();
    const firstBody = await first.json();
    await waitForImportJob(api.request, firstBody.location, enterprise.token);
    const retry = await sendWithKey();
    const retryBody = await retry.json();
    const fresh = await send();
    const freshBody = await fresh.json();
    const freshJob = await waitForImportJob(api.request, freshBody.location, enterprise.token);
    const ledger = await (await api.request('/api/needs?limit=50', { token: enterprise.token })).json();
    // Assess
    expect(first.status).toBe(202);
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retryBody.jobId).toBe(firstBody.jobId);
    // A new key is a new job, and re-importing the same file changes nothing.
    expect(freshBody.jobId).not.toBe(firstBody.jobId);
    expect(freshJob.result).toMatchObject({ created: 0, updated: 0, unchanged: 3, errorCount: 3 });
    expect(ledger.items).toHaveLength(3);
  });

  it('reports exactly what the synchronous import reported for the same file, problem workbook included', async () => {
    // Prepare: two enterprises, the same file; one through the job, one through the import run in-line.
    const viaJob = await api.member('enterprise', 'admin');
    const inline = await api.member('enterprise', 'admin');
    const bytes = await mixedFile();
    const deps = {
      store: restrictSpreadsheetStore(table.store),
      identitySync: noIdentitySync,
      now: () => new Date(),
      newId: () => ulid(),
      catalogue: undefined as never,
    };
    // Act
    const res = await importAndWait(api.request, '/api/needs/import', {
      method: 'POST',
      token: viaJob.token,
      body: upload(bytes),
    });
    const asJob = await res.json();
    const read = await inProcessSheetWork.read('needs', bytes, '技术需求台账.xlsx');
    const synchronous = await importReport(
      await importNeeds(deps, principalOf(inline), read),
      inProcessSheetWork,
    );
    // Assess
    const { errorReport: jobReport, ...jobRest } = asJob;
    const { errorReport: syncReport, ...syncRest } = synchronous;
    expect(jobRest).toEqual(syncRest);
    // The workbook's sheet and strings (its document properties carry the time it was written).
    const sheet = (base64: string) =>
      Object.entries(unzipSync(Buffer.from(base64, 'base64')))
        .filter(([name]) => name.startsWith('xl/'))
        .map(([name, bytes]) => `${name}\n${new TextDecoder().decode(bytes)}`)
        .join('\n');
    expect(sheet(jobReport.base64)).toEqual(sheet(syncReport!.base64));
    expect(sheet(jobReport.base64)).toContain('导入编号');
  });

  it('marks a job failed, saying to import again, when its uploaded rows are gone', async () => {
    // Prepare: a spreadsheet function whose file store loses what it is given.
    const enterprise = await api.member('enterprise', 'admin');
    const issuer = createLocalIssuer('test-secret');
    const sheets = createSpreadsheetApp(
      {
        store: table.store,
        verifier: issuer.verifier,
        identitySync: noIdentitySync,
        now: () => new Date(),
        newId: () => ulid(),
        catalogue: undefined as never,
      },
      { importFiles: { get: async () => undefined, put: async () => {} } },
    );
    const request = (path: string, init: RequestInit & { token?: string } = {}) => {
      const headers = new Headers(init.headers);
      if (init.token) headers.set('authorization', `Bearer ${init.token}`);
      return Promise.resolve(sheets.request(path, { ...init, headers }));
    };
    // Act
    const res = await request('/api/needs/import', {
      method: 'POST',
      token: enterprise.token,
      body: upload(await mixedFile()),
    });
    const job: ImportJobView = await waitForImportJob(request, (await res.json()).location, enterprise.token);
    // Assess
    expect(job.status).toBe('failed');
    expect(job.failure?.code).toBe('import_failed');
    expect(job.failure?.message).toContain('重新导入');
    expect(job.result).toBeUndefined();
  });
});
