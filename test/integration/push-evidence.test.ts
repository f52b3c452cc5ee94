import type { Proposal, ProposalInput } from '@openlicense/domain';
import ExcelJS from 'exceljs';
import { ulid } from 'ulidx';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

const explanation = {
  summary: '关键词与 IPC 分类吻合',
  signals: [
    { signal: 'text' as const, contribution: 30, evidence: ['隔膜'], text: '共同关键词：隔膜' },
    { signal: 'ipc' as const, contribution: 20, evidence: ['H01M 50/403'], text: '共同 IPC：H01M 50/403' },
  ],
};

/** Reads the evidence sheet back: its headers and every row as header → cell text. */
async function readSheet(bytes: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet('精准推送佐证');
  if (!sheet) throw new Error('no 精准推送佐证 sheet');
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = cell.text.replace(/^\*/, '').trim();
  });
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).text]));
    if (Object.values(values).some((value) => value !== '')) rows.push(values);
  }
  return { headers, rows };
}

async function seedPushes(table: TestTable, broker: { id: string; name: string }, userId: string) {
  const enterprises = [
    { id: ulid(), name: '湖南甲电池有限公司' },
    { id: ulid(), name: '湖南乙材料有限公司' },
    { id: ulid(), name: '湖南丙储能有限公司' },
  ];
  const inputs: ProposalInput[] = enterprises.map((enterprise, i) => {
    const needId = ulid();
    const listingId = ulid();
    return {
      id: `${needId}.${listingId}`,
      brokerOrgId: broker.id,
      needId,
      listingId,
      listingKind: 'listing',
      enterpriseOrgId: enterprise.id,
      enterpriseName: enterprise.name,
      needTitle: `储能需求 ${i + 1}`,
      listingTitle: `一种锂电池隔膜的制备方法 ${i + 1}`,
      holderName: '中南大学',
      score: 90 - i * 5,
      explanation,
    };
  });
  const now = new Date();
  await table.store.proposals.upsert(inputs, now);
  const pushes = [];
  for (const input of inputs) {
    const proposal = (await table.store.proposals.get(broker.id, input.id)) as Proposal;
    pushes.push(
      await table.store.pushes.approve({
        proposal,
        brokerUserId: userId,
        brokerName: broker.name,
        message: '请关注这项开放许可',
        now,
        dedupeDays: 180,
      }),
    );
  }
  const [first, second, third] = pushes;
  if (!first || !second || !third) throw new Error('three pushes expected');
  // One delivered, read and answered; one delivered only; one left approved (not delivered).
  await table.store.pushes.deliver(first.id, now);
  await table.store.pushes.markRead(first.id, first.enterpriseOrgId, now);
  await table.store.pushes.answer(first.id, first.enterpriseOrgId, { kind: 'interested' }, 'U-E', now);
  await table.store.pushes.deliver(second.id, now);
  return { pushes };
}

describe('push evidence XLSX (GET /api/pushes/evidence.xlsx)', () => {
  it('has one row per push of the broker in the year, and totals equal to the rows', async () => {
    // Prepare
    const table = await createTestTable();
    const api = createTestApi(table);
    const agency = await api.member('agency', 'member');
    const other = await api.member('agency', 'admin');
    const { pushes } = await seedPushes(table, agency.org, agency.user.id);
    await seedPushes(table, other.org, other.user.id);
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

    // Act
    const response = await api.request(`/api/pushes/evidence.xlsx?year=${year}`, { token: agency.token });

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      `精准推送佐证-${year}.xlsx`,
    );
    const { headers, rows } = await readSheet(await response.arrayBuffer());
    expect(headers).toEqual(
      expect.arrayContaining(['推送时间', '许可专利/专利包', '推送企业', '推送机构', '匹配度', '匹配说明']),
    );
    expect(headers).toEqual(expect.arrayContaining(['是否送达', '是否已读', '企业反馈']));
    const data = rows.filter((row) => row.推送时间 !== '合计');
    const totals = rows.find((row) => row.推送时间 === '合计');
    expect(data.map((row) => row.推送企业).sort()).toEqual(pushes.map((push) => push.enterpriseName).sort());
    expect(new Set(data.map((row) => row.推送机构))).toEqual(new Set([agency.org.name]));
    expect(data.map((row) => row['许可专利/专利包']).sort()).toEqual(
      pushes.map((push) => push.listingTitle).sort(),
    );
    expect(data.every((row) => (row.匹配说明 ?? '').includes('共同关键词：隔膜'))).toBe(true);
    expect(data.map((row) => row.是否送达).sort()).toEqual(['否', '是', '是']);
    expect(data.filter((row) => row.是否已读 === '是')).toHaveLength(1);
    expect(data.filter((row) => row.企业反馈 !== '')).toHaveLength(1);
    expect(totals).toBeDefined();
    expect(totals?.['许可专利/专利包']).toBe(`${data.length} 条推送`);
    expect(Number(totals?.是否送达)).toBe(data.filter((row) => row.是否送达 === '是').length);
    expect(Number(totals?.是否已读)).toBe(data.filter((row) => row.是否已读 === '是').length);
    expect(totals?.企业反馈).toContain('感兴趣 1');
    const office = await api.member('ip_office', 'member');
    const forOffice = await api.request(`/api/pushes/evidence.xlsx?year=${year}&orgId=${agency.org.id}`, {
      token: office.token,
    });
    expect(forOffice.status).toBe(200);
    expect((await readSheet(await forOffice.arrayBuffer())).rows).toEqual(rows);
  });

  it('is empty but for its totals in a year without pushes, and refuses enterprises and other brokers’ evidence', async () => {
    // Prepare
    const table = await createTestTable();
    const api = createTestApi(table);
    const park = await api.member('park', 'member');
    const other = await api.member('agency', 'member');
    const enterprise = await api.member('enterprise', 'admin');

    // Act
    const empty = await api.request('/api/pushes/evidence.xlsx?year=2024', { token: park.token });
    const forEnterprise = await api.request('/api/pushes/evidence.xlsx', { token: enterprise.token });
    const foreign = await api.request(`/api/pushes/evidence.xlsx?orgId=${other.org.id}`, {
      token: park.token,
    });
    const badYear = await api.request('/api/pushes/evidence.xlsx?year=20x4', { token: park.token });
    const anonymous = await api.request('/api/pushes/evidence.xlsx');

    // Assess
    expect(empty.status).toBe(200);
    const { rows } = await readSheet(await empty.arrayBuffer());
    expect(rows).toEqual([expect.objectContaining({ 推送时间: '合计', 是否送达: '0', 是否已读: '0' })]);
    expect(forEnterprise.status).toBe(403);
    expect(foreign.status).toBe(404);
    expect(badYear.status).toBe(400);
    expect(anonymous.status).toBe(401);
  });
});
