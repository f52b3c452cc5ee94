import { marketNeeds } from '@openlicense/app/jobs';
import type { Org, OrgType } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../support/need-input.ts';
import { matchOf } from '../support/push-input.ts';
import { createTestApi, randomUscc } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Api = ReturnType<typeof createTestApi>;

/** An approved organisation of `type` in `regionCode` with one admin, signed in. */
async function memberIn(api: Api, table: TestTable, type: OrgType, regionCode: string) {
  const at = new Date().toISOString();
  const org: Org = {
    id: ulid(),
    name: `测试${type}${ulid().slice(-6)}`,
    uscc: randomUscc(),
    type,
    regionCode,
    contact: { name: '测试', phone: '13900000000', email: 'contact@test.openlicense.cn' },
    status: 'approved',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const founder = await api.user('founder');
  await table.store.orgs.create(
    org,
    { userId: founder.user.id, email: founder.user.email, role: 'admin' },
    { id: ulid(), orgId: org.id, at, actorId: founder.user.id, action: 'org.applied', summary: 'test' },
  );
  return api.member(type, 'admin', 'approved', org);
}

const CHAIN = '先进储能材料';
const HENGYANG = '430400';

describe('unmet-demand map (GET /api/market/unmet, DynamoDB Local)', () => {
  let table: TestTable;
  let api: Api;
  let shenzhen: { id: string };
  const titles = {
    publicUnmet: '硬碳负极材料低成本制备工艺',
    agenciesUnmet: '钠离子电池正极包覆改性技术',
    privateUnmet: '固态电解质界面稳定化秘密配方',
    matched: '储能电池热失控预警算法',
    draft: '锂电回收湿法冶金草稿',
    shenzhen: '深圳储能柜液冷板设计',
  };

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    const { org: enterprise } = await api.member('enterprise', 'admin');
    const put = async (title: string, overrides: Record<string, unknown>, status = 'open') => {
      const need = { ...needOf(enterprise.id, { title, industryChains: [CHAIN], ...overrides }), status };
      await table.store.needs.create(need as ReturnType<typeof needOf>);
      return need;
    };
    await put(titles.publicUnmet, { regionCode: '430421', visibility: 'public' });
    await put(titles.agenciesUnmet, {
      regionCode: '430405',
      visibility: 'agencies',
      dealTypes: ['transfer'],
    });
    await put(titles.privateUnmet, { regionCode: '430421', visibility: 'private' });
    const matched = await put(titles.matched, { regionCode: '430421', visibility: 'public' });
    await table.store.matches.replaceForNeed(matched.id, [matchOf(matched.id, ulid(), { score: 80 })]);
    await put(titles.draft, { regionCode: '430421', visibility: 'public' }, 'draft');
    shenzhen = await put(titles.shenzhen, { regionCode: '440304', visibility: 'public' });
    await marketNeeds(table.store, { now: () => new Date() }).run();
  });

  it('counts live needs without a match above the floor by chain and prefecture, for an agency everywhere', async () => {
    // Prepare
    const agency = await memberIn(api, table, 'agency', '430100');
    // Act
    const res = await api.request('/api/market/unmet', { token: agency.token });
    // Assess
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.cells).toEqual([
      {
        chain: CHAIN,
        region: HENGYANG,
        count: 3,
        dealTypes: { ordinary_license: 2, joint_development: 2, transfer: 1 },
        budgetBands: { '100w_500w': 3 },
      },
      expect.objectContaining({ chain: CHAIN, region: '440300', count: 1 }),
    ]);
    expect(body.computedAt).toEqual(expect.any(String));
    // Unfiltered, the map names no need at all.
    expect(body.needs).toEqual([]);
  });

  it('lists a cell’s needs by title only where the viewer may read them: a private need is a count', async () => {
    // Prepare
    const agency = await memberIn(api, table, 'agency', '430100');
    // Act
    const res = await api.request(`/api/market/unmet?chain=${encodeURIComponent(CHAIN)}&region=${HENGYANG}`, {
      token: agency.token,
    });
    // Assess
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.needs.map((n: { title: string }) => n.title).sort()).toEqual(
      [titles.agenciesUnmet, titles.publicUnmet].sort(),
    );
    expect(body.hiddenCount).toBe(1);
    expect(text).not.toContain(titles.privateUnmet);
    expect(text).not.toContain(titles.matched);
    expect(text).not.toContain(titles.draft);
  });

  it('keeps the IP office to its jurisdiction and a park to its region', async () => {
    // Prepare
    const office = await memberIn(api, table, 'ip_office', HENGYANG);
    const park = await memberIn(api, table, 'park', '430100');
    // Act
    const officeMap = await (await api.request('/api/market/unmet', { token: office.token })).json();
    const outside = await api.request('/api/market/unmet?region=440300', { token: office.token });
    const parkMap = await (await api.request('/api/market/unmet', { token: park.token })).json();
    // Assess
    expect(officeMap.scope).toBe('4304');
    expect(officeMap.cells.map((c: { region: string }) => c.region)).toEqual([HENGYANG]);
    expect(outside.status).toBe(403);
    expect((await outside.json()).error.details[0].path).toBe('region');
    expect(parkMap.cells).toEqual([]);
  });

  it('shows a park’s own region, and an agencies-only need but never a private one, to the park', async () => {
    // Prepare
    const park = await memberIn(api, table, 'park', '430421');
    // Act
    const res = await api.request(`/api/market/unmet?chain=${encodeURIComponent(CHAIN)}`, {
      token: park.token,
    });
    // Assess
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.scope).toBe('430421');
    expect(body.needs.map((n: { title: string }) => n.title)).toEqual([titles.publicUnmet]);
    expect(body.hiddenCount).toBe(1);
    expect(text).not.toContain(titles.privateUnmet);
  });

  it('refuses universities and enterprises, and names a bad region', async () => {
    // Prepare
    const university = await memberIn(api, table, 'university', '430100');
    const agency = await memberIn(api, table, 'agency', '430100');
    // Act
    const refused = await api.request('/api/market/unmet', { token: university.token });
    const bad = await api.request('/api/market/unmet?region=43', { token: agency.token });
    // Assess
    expect(refused.status).toBe(403);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('region');
  });

  it('drops a need from the map at the next run once a listing matches it', async () => {
    // Prepare
    const agency = await memberIn(api, table, 'agency', '430100');
    await table.store.matches.replaceForNeed(shenzhen.id, [matchOf(shenzhen.id, ulid(), { score: 66 })]);
    // Act
    await marketNeeds(table.store, { now: () => new Date() }).run();
    const body = await (await api.request('/api/market/unmet', { token: agency.token })).json();
    // Assess
    expect(body.cells.map((c: { region: string }) => c.region)).toEqual([HENGYANG]);
  });
});
