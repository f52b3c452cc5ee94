import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { chinaYear, type EvidenceKind, type Org, PatentInputSchema, toPatent } from '@openlicense/domain';
import { keys, quotaAdd } from '@openlicense/store';
import ExcelJS from 'exceljs';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidenceChains } from '../../packages/local/src/evidence-verify.ts';
import { declarationRecordOf, todayInChina } from '../support/declaration-input.ts';
import { needOf } from '../support/need-input.ts';
import { proposalOf } from '../support/push-input.ts';
import { createTestApi, patentInput, randomPatentNumber, randomUscc } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/**
 * Quotas for every role (issue 6): the year's targets (the guide's defaults, the IP office's changes),
 * each organisation's actuals and status, the IP office's overview with the evidence behind it, the
 * evaluation workbook whose totals equal its rows, and the hash chain checked by the endpoint and the command.
 */
let table: TestTable;
let api: ReturnType<typeof createTestApi>;
let office: Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

beforeAll(async () => {
  table = await createTestTable();
  api = createTestApi(table);
  office = await api.member('ip_office', 'admin');
});

const ctx = () => ({ doc: table.clients.doc, tableName: table.tableName });

/**
 * One fact that counts for `orgId`, written as the licence, deal and event code writes it: the counters
 * and the evidence entry in one `store.evidence.write`.
 */
async function counted(
  orgId: string,
  kind: EvidenceKind,
  counts: Record<string, number>,
  at: string,
  extra: { amountFen?: number; data?: Record<string, string | number | boolean> } = {},
) {
  const subjectId = ulid();
  const result = await table.store.evidence.write(
    [
      {
        orgId,
        kind,
        subjectId,
        actorId: 'test',
        summary: `${kind} ${subjectId}`,
        at,
        ...(extra.amountFen === undefined ? {} : { amountFen: extra.amountFen }),
        ...(extra.data ? { data: extra.data } : {}),
      },
    ],
    () => [quotaAdd(ctx(), orgId, chinaYear(at), counts)],
  );
  expect(result.ok).toBe(true);
  return subjectId;
}

const json = async (res: Response) => {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${res.status} ${text}`);
  }
};

/** Every sheet of a workbook as header → cell value rows (numbers stay numbers). */
async function readBook(res: Response) {
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook.worksheets.map((sheet) => {
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
      headers[column - 1] = cell.text;
    });
    const rows: Record<string, string | number>[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const values = Object.fromEntries(
        headers.map((header, i) => {
          const value = row.getCell(i + 1).value;
          return [header, typeof value === 'number' ? value : row.getCell(i + 1).text];
        }),
      );
      if (Object.values(values).some((v) => v !== '')) rows.push(values);
    }
    return { name: sheet.name, headers, rows };
  });
}

const AT_2025 = (month: number, day = 10) => `2025-${String(month).padStart(2, '0')}-${day}T04:00:00.000Z`;

describe('yearly targets', () => {
  it('answers the guide’s defaults for a year never set, and takes the IP office’s changes with optimistic locking', async () => {
    // Prepare
    const agency = await api.member('agency', 'member');
    // Act
    const defaults = await json(await api.request('/api/quota-targets?year=2031', { token: agency.token }));
    const saved = await api.request('/api/quota-targets?year=2031', {
      method: 'PUT',
      token: office.token,
      json: { agency: { precisePushes: 1200, eventsHeld: 3 }, university: { growthPercent: 30 }, version: 0 },
    });
    const stale = await api.request('/api/quota-targets?year=2031', {
      method: 'PUT',
      token: office.token,
      json: { agency: { precisePushes: 900 }, version: 0 },
    });
    const negative = await api.request('/api/quota-targets?year=2031', {
      method: 'PUT',
      token: office.token,
      json: { park: { brokeredFen: -1 }, version: 1 },
    });
    const upside = await api.request('/api/quota-targets?year=2031', {
      method: 'PUT',
      token: office.token,
      json: { park: { eventsHeld: 5 }, version: 1 },
    });
    const byAgency = await api.request('/api/quota-targets?year=2031', {
      method: 'PUT',
      token: agency.token,
      json: { agency: { precisePushes: 1 }, version: 1 },
    });
    const quotas = await json(await api.request('/api/quotas?year=2031', { token: agency.token }));
    // Assess
    expect(defaults).toMatchObject({
      year: 2031,
      version: 0,
      values: {
        agency: {
          precisePushes: 1000,
          eventsHeld: 2,
          eventsHeldUpTo: 3,
          brokeredCount: 3,
          brokeredFen: 100_000_000,
        },
        enterprise: { intakeCount: 2, intakeFen: 200_000_000 },
        university: { growthPercent: 20 },
      },
    });
    expect(saved.status).toBe(200);
    expect(await json(saved)).toMatchObject({
      version: 1,
      values: {
        agency: { precisePushes: 1200, eventsHeld: 3, brokeredCount: 3 },
        park: { precisePushes: 1000 },
      },
      defaults: { agency: { precisePushes: 1000 } },
      updatedBy: office.user.id,
    });
    expect(stale.status).toBe(409);
    expect(negative.status).toBe(400);
    expect((await json(negative)).error.details[0].path).toContain('brokeredFen');
    expect(upside.status).toBe(422);
    expect((await json(upside)).error.details[0].path).toBe('park.eventsHeldUpTo');
    expect(byAgency.status).toBe(403);
    expect(quotas.targets.map((t: { key: string; target: number }) => [t.key, t.target])).toEqual([
      ['precise_pushes', 1200],
      ['events_held', 3],
      ['brokered_deals', 3],
    ]);
    // Other years keep the defaults.
    const other = await json(await api.request('/api/quota-targets?year=2030', { token: office.token }));
    expect(other.values.agency.precisePushes).toBe(1000);
  });

  it('measures 宣传培训 only once the IP office sets a target for the type, apart from matchmaking events', async () => {
    // Prepare: a park that held one matchmaking event and one training in 2034
    const park = await api.member('park', 'admin');
    const agency = await api.member('agency', 'admin');
    await counted(park.org.id, 'event_held', { eventsHeld: 1 }, '2034-03-10T04:00:00.000Z');
    await counted(park.org.id, 'training_held', { trainingsHeld: 1 }, '2034-04-10T04:00:00.000Z');
    const keys = async (member: typeof park) =>
      (await json(await api.request('/api/quotas?year=2034', { token: member.token }))).targets.map(
        (t: { key: string }) => t.key,
      );
    // Act: before and after the IP office sets parks (not agencies) a target of 2
    const before = await keys(park);
    const saved = await api.request('/api/quota-targets?year=2034', {
      method: 'PUT',
      token: office.token,
      json: { park: { trainingsHeld: 2 }, version: 0 },
    });
    const negative = await api.request('/api/quota-targets?year=2034', {
      method: 'PUT',
      token: office.token,
      json: { agency: { trainingsHeld: -1 }, version: 1 },
    });
    const quotas = await json(await api.request('/api/quotas?year=2034', { token: park.token }));
    // Assess
    expect(before).toEqual(['precise_pushes', 'events_held', 'brokered_deals']);
    expect(saved.status).toBe(200);
    expect(await json(saved)).toMatchObject({ values: { park: { trainingsHeld: 2 } } });
    expect(negative.status).toBe(400);
    expect((await json(negative)).error.details[0].path).toContain('trainingsHeld');
    expect(quotas.targets.map((t: { key: string; actual: number }) => [t.key, t.actual])).toEqual([
      ['precise_pushes', 0],
      ['events_held', 1],
      ['trainings_held', 1],
      ['brokered_deals', 0],
    ]);
    expect(quotas.targets[2]).toMatchObject({ target: 2, met: false, status: 'on_track' });
    expect(await keys(agency)).not.toContain('trainings_held');
  });

  it('measures every role on its counters: met, missed once the year is over, a university on last year × 1.2', async () => {
    // Prepare
    const [agency, enterprise, university] = await Promise.all([
      api.member('agency', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('university', 'admin'),
    ]);
    await counted(agency.org.id, 'event_held', { eventsHeld: 1 }, AT_2025(3));
    await counted(agency.org.id, 'event_held', { eventsHeld: 1 }, AT_2025(9));
    await counted(agency.org.id, 'deal_signed', { brokeredCount: 1, brokeredFen: 120_000_000 }, AT_2025(6), {
      amountFen: 120_000_000,
    });
    await counted(enterprise.org.id, 'open_licence', { intakeCount: 1, intakeFen: 50_000_00 }, AT_2025(5), {
      amountFen: 50_000_00,
    });
    for (const month of [2, 7]) {
      await counted(
        university.org.id,
        'open_licence',
        { conversionCount: 1, conversionFen: 10_000_00 },
        `2024-0${month}-01T04:00:00.000Z`,
        {
          amountFen: 10_000_00,
        },
      );
    }
    for (const month of [3, 4, 8])
      await counted(
        university.org.id,
        'deal_signed',
        { conversionCount: 1, conversionFen: 8_000_00 },
        AT_2025(month),
        {
          amountFen: 8_000_00,
        },
      );
    // Act
    const get = async (token: string, year: number) =>
      json(await api.request(`/api/quotas?year=${year}`, { token }));
    const [a, e, u, future] = await Promise.all([
      get(agency.token, 2025),
      get(enterprise.token, 2025),
      get(university.token, 2025),
      get(agency.token, 2099),
    ]);
    // Assess
    expect(a).toMatchObject({ orgId: agency.org.id, orgType: 'agency', year: 2025, status: 'missed' });
    expect(a.targets).toEqual([
      expect.objectContaining({
        key: 'precise_pushes',
        target: 1000,
        actual: 0,
        met: false,
        status: 'missed',
      }),
      expect.objectContaining({
        key: 'events_held',
        target: 2,
        upTo: 3,
        actual: 2,
        met: true,
        status: 'met',
      }),
      expect.objectContaining({
        key: 'brokered_deals',
        target: 3,
        actual: 1,
        either: expect.objectContaining({ target: 100_000_000, actual: 120_000_000 }),
        met: true,
        status: 'met',
      }),
    ]);
    expect(
      e.targets.map((t: { key: string; actual: number; status: string }) => [t.key, t.actual, t.status]),
    ).toEqual([
      ['intake_count', 1, 'missed'],
      ['intake_fen', 50_000_00, 'missed'],
    ]);
    // 2024: 2 conversions of ¥20,000 → 2025 targets 3 (2 × 1.2, up) and ¥24,000; 3 conversions of ¥24,000 done.
    expect(u.targets).toEqual([
      expect.objectContaining({
        key: 'conversion_count',
        target: 3,
        actual: 3,
        met: true,
        basis: expect.stringContaining('上年 2 次'),
      }),
      expect.objectContaining({ key: 'conversion_fen', target: 24_000_00, actual: 24_000_00, met: true }),
    ]);
    expect(u.status).toBe('met');
    expect(future.status).toBe('on_track');
    expect(future.targets.every((t: { expected: number }) => t.expected === 0)).toBe(true);
    // This year, nothing done yet by a new agency: behind the pace of the elapsed part of the year.
    const now = await get(agency.token, Number(chinaYear(new Date())));
    expect(now.targets[0]).toMatchObject({ key: 'precise_pushes', actual: 0, status: 'at_risk' });
  });
});

describe('IP office overview and evidence', () => {
  it('lists every approved organisation with its status, filters by type and status, and drills down to the evidence', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    const pending = await api.member('enterprise', 'admin', 'pending');
    const pushed = await counted(agency.org.id, 'push_delivered', { pushes: 1, delivered: 1 }, AT_2025(4), {
      data: { enterpriseName: '衡阳测试企业', listingTitle: '一种电池隔膜' },
    });
    await counted(agency.org.id, 'open_licence', { brokeredCount: 1, brokeredFen: 30_000_00 }, AT_2025(5), {
      amountFen: 30_000_00,
    });
    await counted(agency.org.id, 'royalty_paid', { brokeredFen: 5_000_00 }, AT_2025(6), {
      amountFen: 5_000_00,
    });
    // Act
    const overview = await json(await api.request('/api/quotas/overview?year=2025', { token: office.token }));
    const agencies = await json(
      await api.request('/api/quotas/overview?year=2025&type=agency&status=missed', { token: office.token }),
    );
    const refused = await api.request('/api/quotas/overview?year=2025', { token: agency.token });
    const all = await json(
      await api.request(`/api/evidence?year=2025&orgId=${agency.org.id}`, { token: office.token }),
    );
    const brokered = await json(
      await api.request(`/api/evidence?year=2025&orgId=${agency.org.id}&target=brokered_deals`, {
        token: office.token,
      }),
    );
    const own = await json(
      await api.request('/api/evidence?year=2025&kind=push_delivered', { token: agency.token }),
    );
    const first = await json(await api.request('/api/evidence?year=2025&limit=2', { token: agency.token }));
    const next = await json(
      await api.request(`/api/evidence?year=2025&limit=2&after=${first.nextAfter}`, { token: agency.token }),
    );
    const other = await api.request(`/api/evidence?year=2025&orgId=${agency.org.id}`, {
      token: pending.token,
    });
    const badKind = await api.request('/api/evidence?year=2025&kind=bribe', { token: agency.token });
    // Assess
    const ids = overview.items.map((i: { orgId: string }) => i.orgId);
    expect(ids).toContain(agency.org.id);
    expect(ids).not.toContain(pending.org.id);
    expect(ids).not.toContain(office.org.id);
    expect(overview.counts.missed).toBeGreaterThanOrEqual(1);
    const mine = overview.items.find((i: { orgId: string }) => i.orgId === agency.org.id);
    expect(mine).toMatchObject({ orgName: agency.org.name, orgType: 'agency', status: 'missed' });
    expect(mine.targets[0]).toMatchObject({ key: 'precise_pushes', actual: 1 });
    expect(
      agencies.items.every(
        (i: { orgType: string; status: string }) => i.orgType === 'agency' && i.status === 'missed',
      ),
    ).toBe(true);
    expect(agencies.items.map((i: { orgId: string }) => i.orgId)).toContain(agency.org.id);
    expect(refused.status).toBe(403);
    expect(all.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
    expect(all.totals).toEqual({ rows: 3, count: 2, amountFen: 35_000_00 });
    expect(brokered).toMatchObject({
      target: 'brokered_deals',
      totals: { rows: 2, count: 1, amountFen: 35_000_00 },
    });
    expect(own.items).toEqual([
      expect.objectContaining({ subjectId: pushed, kind: 'push_delivered', hash: expect.any(String) }),
    ]);
    expect(other.status).toBe(404);
    expect(first).toMatchObject({ nextAfter: 2, totals: { rows: 3 } });
    expect(first.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2]);
    expect(next.items.map((e: { seq: number }) => e.seq)).toEqual([3]);
    expect(next.nextAfter).toBeUndefined();
    expect(badKind.status).toBe(400);
    expect((await json(badKind)).error.details[0].path).toBe('query.kind');
  });

  it('keeps the Changsha office to its region: a Fuzhou (350100) organisation is left out of its overview and report, and its quota and evidence refused', async () => {
    // Prepare: an approved Fuzhou enterprise with a counted licence, beside a Changsha one
    const at = new Date().toISOString();
    const fuzhouOrg: Org = {
      id: ulid(),
      name: `福州闽江测试企业${ulid().slice(-4)}`,
      uscc: randomUscc(),
      type: 'enterprise',
      regionCode: '350100',
      contact: { name: '测试', phone: '13900000000', email: 'contact@test.openlicense.cn' },
      status: 'approved',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const fuzhouAdmin = await api.user('Fuzhou');
    await table.store.orgs.create(
      fuzhouOrg,
      { userId: fuzhouAdmin.user.id, email: fuzhouAdmin.user.email, role: 'admin' },
      { id: ulid(), orgId: fuzhouOrg.id, at, actorId: 'test', action: 'org.applied', summary: 'test' },
    );
    const changsha = await api.member('enterprise', 'admin');
    for (const orgId of [fuzhouOrg.id, changsha.org.id])
      await counted(orgId, 'open_licence', { intakeCount: 1, intakeFen: 100_000_00 }, AT_2025(3), {
        amountFen: 100_000_00,
      });
    const asOffice = (path: string) => api.request(path, { token: office.token });
    // Act
    const overview = await json(await asOffice('/api/quotas/overview?year=2025&type=enterprise'));
    const quota = await json(await asOffice(`/api/quotas?year=2025&orgId=${fuzhouOrg.id}`));
    const evidence = await json(await asOffice(`/api/evidence?year=2025&orgId=${fuzhouOrg.id}`));
    const verify = await json(await asOffice(`/api/evidence/verify?orgId=${fuzhouOrg.id}`));
    const report = await asOffice(`/api/reports/evaluation.xlsx?year=2025&orgId=${fuzhouOrg.id}`);
    const all = await readBook(await asOffice('/api/reports/evaluation.xlsx?year=2025&orgId=all'));
    const pushes = await json(await asOffice(`/api/pushes?year=2025&orgId=${fuzhouOrg.id}`));
    const pushSheet = await asOffice(`/api/pushes/evidence.xlsx?year=2025&orgId=${fuzhouOrg.id}`);
    const own = await json(await api.request('/api/quotas?year=2025', { token: fuzhouAdmin.token }));
    // Assess
    const listed = overview.items.map((item: { orgId: string }) => item.orgId);
    expect(listed).toContain(changsha.org.id);
    expect(listed).not.toContain(fuzhouOrg.id);
    for (const refused of [quota, evidence, verify, pushes])
      expect(refused.error?.code).toBe('out_of_jurisdiction');
    for (const sheet of [report, pushSheet]) {
      expect(sheet.status).toBe(403);
      expect((await sheet.json()).error.code).toBe('out_of_jurisdiction');
    }
    const named = all[0]!.rows.map((r) => r.机构);
    expect(named).toContain(changsha.org.name);
    expect(named).not.toContain(fuzhouOrg.name);
    expect(own.orgId).toBe(fuzhouOrg.id);
  });

  it('finds a broken chain through the endpoint and the command', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    const intact = await api.member('park', 'admin');
    for (const month of [1, 2, 3])
      await counted(agency.org.id, 'push_delivered', { pushes: 1 }, AT_2025(month));
    await counted(intact.org.id, 'event_held', { eventsHeld: 1 }, AT_2025(5));
    const before = await json(await api.request('/api/evidence/verify', { token: agency.token }));
    // Someone edits the second entry straight in the table.
    await table.clients.doc.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.evidence(agency.org.id, '2025', 2),
        UpdateExpression: 'SET summary = :s',
        ExpressionAttributeValues: { ':s': '篡改后的摘要' },
      }),
    );
    // Act
    const after = await json(
      await api.request(`/api/evidence/verify?orgId=${agency.org.id}`, { token: office.token }),
    );
    const results = await verifyEvidenceChains(table.store, [agency.org.id, intact.org.id]);
    const command = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'packages/local/src/evidence-verify-cli.ts',
        '--endpoint',
        table.endpoint,
        '--table',
        table.tableName,
        '--org',
        agency.org.id,
        '--org',
        intact.org.id,
      ],
      { cwd: new URL('../..', import.meta.url).pathname },
    ).then(
      (out) => ({ code: 0, stdout: out.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    // Assess
    expect(before).toMatchObject({ orgId: agency.org.id, ok: true, entries: 3 });
    expect(after).toMatchObject({ orgId: agency.org.id, ok: false, brokenAt: 2, reason: 'hash_mismatch' });
    expect(after.message).toContain('第 2 条');
    expect(results.map((r) => [r.orgId, r.check.ok])).toEqual([
      [agency.org.id, false],
      [intact.org.id, true],
    ]);
    expect(command.code).toBe(1);
    expect(command.stdout).toContain(
      `BROKEN  ${agency.org.name} (${agency.org.id}): 第 2 条起断裂（hash_mismatch）`,
    );
    expect(command.stdout).toContain(`OK      ${intact.org.name} (${intact.org.id}): 1 条证据`);
  }, 60_000);
});

describe('evaluation report', () => {
  it('has a summary and one sheet per target whose totals equal its rows and the counters', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    for (const month of [1, 2, 3, 4])
      await counted(agency.org.id, 'push_delivered', { pushes: 1, delivered: 1 }, AT_2025(month), {
        data: { enterpriseName: `企业${month}`, listingTitle: `成果${month}` },
      });
    await counted(agency.org.id, 'event_held', { eventsHeld: 1 }, AT_2025(5), {
      data: { title: '新能源对接会' },
    });
    await counted(agency.org.id, 'open_licence', { brokeredCount: 1, brokeredFen: 40_000_00 }, AT_2025(6), {
      amountFen: 40_000_00,
      data: { licenseeName: '湖南受让企业' },
    });
    await counted(agency.org.id, 'deal_signed', { brokeredCount: 1, brokeredFen: 60_000_12 }, AT_2025(7), {
      amountFen: 60_000_12,
    });
    await counted(agency.org.id, 'royalty_paid', { brokeredFen: 1_234_56 }, AT_2025(8), {
      amountFen: 1_234_56,
    });
    // Another year's evidence stays out of the 2025 report.
    await counted(agency.org.id, 'push_delivered', { pushes: 1 }, '2026-03-01T04:00:00.000Z');
    // Act
    const sheets = await readBook(
      await api.request('/api/reports/evaluation.xlsx?year=2025', { token: agency.token }),
    );
    // Assess
    expect(sheets.map((s) => s.name)).toEqual([
      '绩效评价汇总',
      '1 精准推送',
      '2 举办对接活动',
      '3 促成高校院所向企业许可、转让',
      '4 宣传培训（政策宣讲、专家座谈、实操培训）',
      '待确认与有异议（不计入）',
    ]);
    const [summary, pushes, events, brokered, briefings] = sheets;
    expect(
      summary!.rows.map((r) => [
        r.考核指标,
        r.目标值,
        r.实际完成,
        r.佐证合计,
        r.佐证条数,
        r.与佐证核对,
        r.是否达成,
      ]),
    ).toEqual([
      ['精准推送', 1000, 4, 4, 4, '一致', '否'],
      ['举办对接活动', 2, 1, 1, 1, '一致', '否'],
      ['促成高校院所向企业许可/转让', 3, 2, 2, 3, '一致', '否'],
      ['（或）促成许可/转让金额', 1_000_000, 101_234.68, 101_234.68, 3, '一致', '否'],
      // No 宣传培训 target by default: its section is there, recorded and not assessed.
      ['宣传培训（政策宣讲、专家座谈、实操培训）', '未设目标', 0, 0, 0, '一致', '—'],
    ]);
    expect(briefings!.rows).toEqual([expect.objectContaining({ 序号: '合计', 事项: '0 条佐证' })]);
    for (const sheet of [pushes!, events!, brokered!]) {
      const rows = sheet.rows.slice(0, -1);
      const totals = sheet.rows.at(-1)!;
      expect(totals.序号).toBe('合计');
      expect(totals.事项).toBe(`${rows.length} 条佐证`);
      expect(totals.计数).toBe(rows.reduce((sum, r) => sum + Number(r.计数), 0));
      expect(Math.round(Number(totals['金额（元）']) * 100)).toBe(
        rows.reduce((sum, r) => sum + Math.round(Number(r['金额（元）']) * 100), 0),
      );
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(String(r.哈希)))).toBe(true);
    }
    expect(pushes!.rows).toHaveLength(5);
    expect(pushes!.rows[0]).toMatchObject({ 序号: '1', 类型: '精准推送送达', 对方: '企业1', 计数: 1 });
    expect(String(pushes!.rows[0]!.事项)).toContain('成果1');
    expect(brokered!.rows.map((r) => r.类型)).toEqual(['开放许可生效', '交易签约', '提成支付', '']);
    expect(brokered!.rows.at(-1)).toMatchObject({ 计数: 2, '金额（元）': 101_234.68 });
    expect(brokered!.rows[0]).toMatchObject({ 对方: '湖南受让企业', '金额（元）': 40_000 });
    const counters = await table.store.quotas.counts(agency.org.id, 2025);
    expect(counters).toMatchObject({ pushes: 4, eventsHeld: 1, brokeredCount: 2, brokeredFen: 101_234_68 });
  });

  it('lets the IP office export one organisation’s or every organisation’s, and no one else another’s', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    const stranger = await api.member('enterprise', 'admin');
    await counted(
      enterprise.org.id,
      'open_licence',
      { intakeCount: 1, intakeFen: 2_500_000_00 },
      AT_2025(3),
      {
        amountFen: 2_500_000_00,
      },
    );
    await counted(enterprise.org.id, 'deal_signed', { intakeCount: 1, intakeFen: 0 }, AT_2025(4), {
      amountFen: 0,
    });
    // Act
    const one = await readBook(
      await api.request(`/api/reports/evaluation.xlsx?year=2025&orgId=${enterprise.org.id}`, {
        token: office.token,
      }),
    );
    const all = await readBook(
      await api.request('/api/reports/evaluation.xlsx?year=2025&orgId=all', { token: office.token }),
    );
    const refused = await api.request(`/api/reports/evaluation.xlsx?year=2025&orgId=${enterprise.org.id}`, {
      token: stranger.token,
    });
    const notAll = await api.request('/api/reports/evaluation.xlsx?year=2025&orgId=all', {
      token: enterprise.token,
    });
    // Assess
    expect(one.map((s) => s.name)).toEqual([
      '绩效评价汇总',
      '1 引进专利（许可、转让、作价入股）',
      '2 引进专利金额',
      '待确认与有异议（不计入）',
    ]);
    expect(one[0]!.rows.map((r) => [r.考核指标, r.实际完成, r.佐证合计, r.是否达成])).toEqual([
      ['引进专利（许可、转让、作价入股）', 2, 2, '是'],
      ['引进专利金额', 2_500_000, 2_500_000, '是'],
    ]);
    expect(all[0]!.name).toBe('全部机构汇总');
    const mine = all[0]!.rows.filter((r) => r.机构 === enterprise.org.name);
    expect(mine.map((r) => [r.考核指标, r.实际完成, r.佐证合计])).toEqual([
      ['引进专利（许可、转让、作价入股）', 2, 2],
      ['引进专利金额', 2_500_000, 2_500_000],
    ]);
    const sheet = all.find((s) => s.name === String(mine[0]!.明细表))!;
    expect(sheet.rows.map((r) => [r.序号, r.计入指标 ?? ''])).toEqual([
      ['1', '引进专利（许可、转让、作价入股）；引进专利金额'],
      ['2', '引进专利（许可、转让、作价入股）；引进专利金额'],
      ['合计：引进专利（许可、转让、作价入股）', ''],
      ['合计：引进专利金额', ''],
    ]);
    expect(sheet.rows[2]).toMatchObject({ 计数: 2 });
    expect(sheet.rows[3]).toMatchObject({ '金额（元）': 2_500_000 });
    expect(all.every((s) => s.name.length <= 31)).toBe(true);
    expect(refused.status).toBe(404);
    expect(notAll.status).toBe(403);
  });

  it('adds up what the push and licence code wrote: a delivered push and the licence it brought, on three trails', async () => {
    // Prepare: a university's published listing, pushed by an agency to an enterprise that takes its licence.
    const [agency, enterprise, university] = await Promise.all([
      api.member('agency', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('university', 'admin'),
    ]);
    const listing = declarationRecordOf(university.org.id, {
      status: 'published',
      royalty: { method: 'lump_sum', amountFen: 4_800_000 },
    });
    await table.store.declarations.create(listing);
    const need = {
      ...needOf(enterprise.org.id, {}, { collectedBy: { orgId: agency.org.id, userId: agency.user.id } }),
      status: 'open' as const,
    };
    await table.store.needs.create(need);
    const proposal = proposalOf(agency.org.id, {
      needId: need.id,
      enterpriseOrgId: enterprise.org.id,
      enterpriseName: enterprise.org.name,
      listingId: listing.id,
    });
    await table.store.proposals.upsert([proposal], new Date());
    const approved = await api.request(`/api/proposals/${proposal.id}/approve`, {
      method: 'POST',
      token: agency.token,
      json: {},
    });
    const push = await table.store.pushes.deliver((await json(approved)).id, new Date());
    // Act
    const taken = await api.request(`/api/listings/${listing.id}/licenses`, {
      method: 'POST',
      token: enterprise.token,
      json: {
        startDate: todayInChina(),
        contact: { name: '王经理', phone: '13812345678', email: 'wang@example.cn' },
        acceptsTerms: true,
        payment: { amountFen: 4_800_000, paidOn: todayInChina(), proofReference: 'HX2026000001' },
        pushId: push.id,
      },
    });
    expect(taken.status, await taken.clone().text()).toBe(201);
    // The university confirms it received the payment: its share and the agency's brokered licence count
    const licence = await json(taken);
    const confirmed = await api.request(
      `/api/licenses/${licence.id}/receipts/${licence.receipts[0].id}/confirm`,
      {
        method: 'POST',
        token: university.token,
        json: { version: licence.version },
      },
    );
    // Assess
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    const year = chinaYear(new Date());
    const actual = async (member: typeof agency) =>
      (await json(await api.request(`/api/quotas?year=${year}`, { token: member.token }))).targets.map(
        (t: { key: string; actual: number; either?: { actual: number } }) => [
          t.key,
          t.actual,
          t.either?.actual,
        ],
      );
    expect(await actual(agency)).toEqual([
      ['precise_pushes', 1, undefined],
      ['events_held', 0, undefined],
      ['brokered_deals', 1, 4_800_000],
    ]);
    expect(await actual(enterprise)).toEqual([
      ['intake_count', 1, undefined],
      ['intake_fen', 4_800_000, undefined],
    ]);
    expect(await actual(university)).toEqual([
      ['conversion_count', 1, undefined],
      ['conversion_fen', 4_800_000, undefined],
    ]);
    for (const member of [agency, enterprise, university]) {
      const [summary] = await readBook(
        await api.request(`/api/reports/evaluation.xlsx?year=${year}`, { token: member.token }),
      );
      expect(
        summary!.rows.every((r) => r.与佐证核对 === '一致'),
        JSON.stringify(summary!.rows),
      ).toBe(true);
      expect(await json(await api.request('/api/evidence/verify', { token: member.token }))).toMatchObject({
        ok: true,
      });
    }
    const [, pushes] = await readBook(
      await api.request(`/api/reports/evaluation.xlsx?year=${year}`, { token: agency.token }),
    );
    expect(pushes!.rows[0]).toMatchObject({ 类型: '精准推送送达', 对方: enterprise.org.name });
  });

  it('meets the brokered target on the amount of a signed transfer only once each party confirmed, showing it apart until then', async () => {
    // Prepare: a university patent transferred to an enterprise, brokered by an agency, signed for ¥1,500,000.
    const [agency, enterprise, university] = await Promise.all([
      api.member('agency', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('university', 'admin'),
    ]);
    const number = randomPatentNumber();
    await table.store.patents.create(
      toPatent(
        PatentInputSchema.parse(
          patentInput(number, { patentees: [{ name: university.org.name, orgId: university.org.id }] }),
        ),
        university.org.id,
        new Date().toISOString(),
      ),
    );
    const post = async (path: string, token: string, body: unknown) =>
      json(await api.request(path, { method: 'POST', token, json: body }));
    let deal = await post('/api/deals', agency.token, {
      kind: 'transfer',
      acquirerOrgId: enterprise.org.id,
      brokerOrgId: agency.org.id,
      patentNumbers: [number],
    });
    for (const to of ['contacted', 'negotiating'])
      deal = await post(`/api/deals/${deal.id}/stage`, agency.token, { to, version: deal.version });
    deal = await post(`/api/deals/${deal.id}/stage`, enterprise.token, {
      to: 'signed',
      amountFen: 150_000_000,
      version: deal.version,
    });
    expect(deal.stage, JSON.stringify(deal)).toBe('signed');
    const year = chinaYear(new Date());
    const quotasOf = async (member: typeof agency) =>
      json(await api.request(`/api/quotas?year=${year}`, { token: member.token }));
    const awaitingSheet = async (member: typeof agency) =>
      (
        await readBook(
          await api.request(`/api/reports/evaluation.xlsx?year=${year}`, { token: member.token }),
        )
      ).find((s) => s.name === '待确认与有异议（不计入）')!;
    // Assess: signed but unconfirmed, it counts for nobody and is listed apart
    expect((await quotasOf(agency)).targets[2]).toMatchObject({
      key: 'brokered_deals',
      actual: 0,
      met: false,
    });
    expect((await quotasOf(university)).awaiting).toEqual({ unconfirmed: 1, disputed: 0 });
    expect((await awaitingSheet(university)).rows).toEqual([
      expect.objectContaining({ 状态: '待确认', 本机构角色: '供方', '金额（元）': 1_500_000 }),
    ]);
    // Act: each party confirms its own part
    for (const member of [agency, enterprise, university])
      deal = await post(`/api/deals/${deal.id}/confirm`, member.token, { version: deal.version });
    // Assess
    expect((await quotasOf(agency)).targets[2]).toMatchObject({
      key: 'brokered_deals',
      actual: 1,
      either: { actual: 150_000_000 },
      met: true,
      status: 'met',
    });
    expect((await quotasOf(university)).awaiting).toEqual({ unconfirmed: 0, disputed: 0 });
    for (const member of [agency, enterprise, university]) {
      const [summary, ...sheets] = await readBook(
        await api.request(`/api/reports/evaluation.xlsx?year=${year}`, { token: member.token }),
      );
      expect(
        summary!.rows.every((r) => r.与佐证核对 === '一致'),
        JSON.stringify(summary!.rows),
      ).toBe(true);
      const signed = sheets.flatMap((s) => s.rows).find((r) => r.类型 === '交易签约');
      expect(signed).toMatchObject({ '金额（元）': 1_500_000, 计数: 1 });
      expect((await awaitingSheet(member)).rows.map((r) => r.状态)).toEqual(['无']);
    }
  });

  it('shows the IP office each organisation’s unconfirmed and disputed results apart in the overview', async () => {
    // Prepare: a deal the enterprise signed alone naming a university that then disputes it
    const [enterprise, university] = await Promise.all([
      api.member('enterprise', 'admin'),
      api.member('university', 'admin'),
    ]);
    const number = randomPatentNumber();
    await table.store.patents.create(
      toPatent(
        PatentInputSchema.parse(
          patentInput(number, { patentees: [{ name: university.org.name, orgId: university.org.id }] }),
        ),
        university.org.id,
        new Date().toISOString(),
      ),
    );
    const post = async (path: string, token: string, body: unknown) =>
      json(await api.request(path, { method: 'POST', token, json: body }));
    let deal = await post('/api/deals', enterprise.token, {
      kind: 'ordinary_license',
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [number],
      stage: 'negotiating',
    });
    deal = await post(`/api/deals/${deal.id}/stage`, enterprise.token, {
      to: 'signed',
      amountFen: 9_000_000,
      version: deal.version,
    });
    const year = chinaYear(new Date());
    const overview = async () =>
      (await json(await api.request(`/api/quotas/overview?year=${year}`, { token: office.token }))).items;
    const row = (items: { orgId: string }[], orgId: string) => items.find((i) => i.orgId === orgId);
    expect(row(await overview(), university.org.id)).toMatchObject({
      awaiting: { unconfirmed: 1, disputed: 0 },
    });
    // Act
    await post(`/api/deals/${deal.id}/dispute`, university.token, {
      version: deal.version,
      reason: '未签署该合同',
    });
    // Assess
    const after = await overview();
    expect(row(after, university.org.id)).toMatchObject({
      awaiting: { unconfirmed: 0, disputed: 1 },
      targets: [expect.objectContaining({ key: 'conversion_count', actual: 0 }), expect.anything()],
    });
    expect(row(after, enterprise.org.id)).toMatchObject({ awaiting: { unconfirmed: 1, disputed: 0 } });
    const listed = await json(
      await api.request(`/api/confirmations?orgId=${university.org.id}`, { token: office.token }),
    );
    expect(listed.items).toEqual([
      expect.objectContaining({ kind: 'deal', id: deal.id, status: 'disputed', reason: '未签署该合同' }),
    ]);
  });

  it('documents every quota route', async () => {
    const doc = await json(await api.request('/api/openapi.json'));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/quotas',
        '/quotas/overview',
        '/quota-targets',
        '/evidence',
        '/evidence/verify',
        '/reports/evaluation.xlsx',
      ]),
    );
    expect(Object.keys(doc.paths['/quota-targets'])).toEqual(expect.arrayContaining(['get', 'put']));
  });
});
