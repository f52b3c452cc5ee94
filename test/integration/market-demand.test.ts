import type { MarketDemand } from '@openlicense/contract';
import type { Need } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../support/need-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/**
 * The university's 市场需求 page over DynamoDB Local: needs its patents' grades matched and needs under its
 * declared research fields, by chain; a need it may not read (agencies-only, private) only as counts.
 */
describe('市场需求: the demand a university could serve', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Awaited<ReturnType<typeof api.member>>;
  const patent = randomPatentNumber(2019);
  const needs: Record<string, Need> = {};

  /** A published need of `owner` (written straight to the store: the need ledger is not under test). */
  async function published(key: string, owner: string, overrides: Record<string, unknown>) {
    const need = { ...needOf(owner, overrides), status: 'open' as const };
    await table.store.needs.create(need);
    needs[key] = need;
  }
  const demand = async (token: string) => {
    const res = await api.request('/api/market/demand', { token });
    return { status: res.status, text: await res.clone().text(), body: (await res.json()) as MarketDemand };
  };

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    university = await api.member('university', 'member');
    const enterprise = await api.member('enterprise', 'admin');
    const posted = await api.request('/api/patents', {
      method: 'POST',
      token: university.token,
      json: patentInput(patent, { patentees: [{ name: university.org.name }] }),
    });
    expect(posted.status).toBe(201);
    const owner = enterprise.org.id;
    const chain = { industryChains: ['先进储能材料'], ipc: ['H01M 10/052'] };
    await published('matchedPublic', owner, {
      ...chain,
      title: '公开的固态电解质需求',
      description: '公开需求描述文字',
    });
    await published('matchedAgencies', owner, {
      ...chain,
      title: '仅机构可见的正极材料需求',
      description: '机构可见需求的秘密描述',
      visibility: 'agencies',
      budget: { minFen: 20_000_000, maxFen: 50_000_000 },
      regionCode: '430104',
    });
    await published('matchedExpired', owner, {
      ...chain,
      title: '已过截止日期的电池需求',
      deadline: '2020-01-01',
    });
    await published('fieldPrivate', owner, {
      industryChains: ['工程机械'],
      title: '不公开的起重机防摇需求',
      description: '不公开需求的秘密描述',
      visibility: 'private',
    });
    await published('fieldPublic', owner, {
      industryChains: ['工程机械'],
      ipc: ['B66C 13/06'],
      title: '公开的起重机防摇需求',
    });
    await published('ipcPublic', owner, {
      industryChains: ['智能装备'],
      ipc: ['B66C 13/46'],
      title: '公开的吊具定位需求',
    });
    await published('ipcOutside', owner, {
      industryChains: ['智能装备'],
      ipc: ['B66C 1/10'],
      title: '另一主组的吊具需求',
    });
    const draft = needOf(owner, { ...chain, title: '尚未发布的草稿需求' });
    await table.store.needs.create(draft);
    needs.draft = draft;
    await table.store.patentGrades.put({
      patentId: patent,
      holderOrgId: university.org.id,
      grade: { grade: 'A', score: 86, reasons: [] },
      matchedNeeds: [
        { needId: needs.matchedPublic!.id, score: 88.5 },
        { needId: needs.matchedAgencies!.id, score: 71 },
        { needId: needs.matchedExpired!.id, score: 65 },
        { needId: draft.id, score: 60 },
      ],
      computedAt: new Date().toISOString(),
    });
  });

  it('shows a public need its patent matched by title under its chain, with the patent and score', async () => {
    // Act
    const { status, body } = await demand(university.token);
    // Assess
    expect(status).toBe(200);
    const storage = body.chains.find((group) => group.chain === '先进储能材料');
    expect(storage?.needs.map((need) => need.title)).toEqual(['公开的固态电解质需求']);
    expect(storage?.needs[0]?.matchedPatents).toEqual([
      { number: patent, title: expect.any(String), score: 88.5 },
    ]);
    expect(storage?.needs[0]?.budgetBand).toBe('100w_500w');
    expect(body.sources.matchedPatents).toBe(1);
  });

  it('counts an agencies-only need with its region, deal types and budget band, never its title or text', async () => {
    // Act
    const { body, text } = await demand(university.token);
    // Assess
    const storage = body.chains.find((group) => group.chain === '先进储能材料');
    expect(storage?.hidden).toEqual({
      count: 1,
      regions: { '430104': 1 },
      dealTypes: { ordinary_license: 1, joint_development: 1 },
      budgetBands: { '10w_50w': 1 },
      matchedByPatents: 1,
    });
    for (const secret of [
      '仅机构可见',
      '机构可见需求的秘密描述',
      needs.matchedAgencies!.id,
      'tech@test.openlicense.cn',
    ])
      expect(text).not.toContain(secret);
  });

  it('leaves out needs past their deadline and drafts', async () => {
    // Act
    const { text } = await demand(university.token);
    // Assess
    expect(text).not.toContain('已过截止日期');
    expect(text).not.toContain('尚未发布的草稿');
  });

  it('adds the needs under declared fields once saved: a public one by title, a private one only counted', async () => {
    // Prepare
    const before = await demand(university.token);
    // Act
    const saved = await api.request('/api/market/fields', {
      method: 'PUT',
      token: university.token,
      json: { ipcPrefixes: ['b66c13/00'], industryChains: ['工程机械'], version: 0 },
    });
    const { body, text } = await demand(university.token);
    // Assess
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({
      ipcPrefixes: ['B66C 13/00'],
      industryChains: ['工程机械'],
      version: 1,
    });
    expect(before.text).not.toContain('公开的起重机防摇需求');
    const machinery = body.chains.find((group) => group.chain === '工程机械');
    expect(machinery?.needs.map((need) => [need.title, need.fieldMatch])).toEqual([
      ['公开的起重机防摇需求', { ipcPrefixes: ['B66C 13/00'], industryChains: ['工程机械'] }],
    ]);
    expect(machinery?.hidden.count).toBe(1);
    expect(machinery?.hidden.matchedByPatents).toBe(0);
    const equipment = body.chains.find((group) => group.chain === '智能装备');
    expect(equipment?.needs.map((need) => need.title)).toEqual(['公开的吊具定位需求']);
    expect(text).not.toContain('另一主组的吊具需求');
    for (const secret of ['不公开的起重机防摇需求', '不公开需求的秘密描述', needs.fieldPrivate!.id])
      expect(text).not.toContain(secret);
  });

  it('refuses a save over fields someone else changed (409) and a class-level prefix (400 naming it)', async () => {
    // Prepare
    const org = await api.member('university', 'admin');
    const save = (json: unknown) =>
      api.request('/api/market/fields', { method: 'PUT', token: org.token, json });
    expect((await save({ ipcPrefixes: [], industryChains: ['新材料'], version: 0 })).status).toBe(200);
    // Act
    const stale = await save({ ipcPrefixes: [], industryChains: ['节能环保'], version: 0 });
    const coarse = await save({ ipcPrefixes: ['H01'], industryChains: [], version: 1 });
    // Assess
    expect(stale.status).toBe(409);
    expect(coarse.status).toBe(400);
    expect(JSON.stringify(await coarse.json())).toContain('ipcPrefixes');
    const read = await api.request('/api/market/fields', { token: org.token });
    expect(await read.json()).toMatchObject({ industryChains: ['新材料'], version: 1 });
  });

  it('shows another university none of this one’s demand, and refuses an enterprise', async () => {
    // Prepare
    const other = await api.member('university', 'admin');
    const enterprise = await api.member('enterprise', 'admin');
    // Act
    const theirs = await demand(other.token);
    const refused = await api.request('/api/market/demand', { token: enterprise.token });
    // Assess
    expect(theirs.body.chains).toEqual([]);
    expect(theirs.body.fields.version).toBe(0);
    expect(refused.status).toBe(403);
  });
});
