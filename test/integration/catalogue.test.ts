import { Catalogue, createScheduledHandler, memorySnapshotStore, scheduledJobs } from '@openlicense/app';
import { type Org, patentCheckChar } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationInput, declarationRecordOf } from '../support/declaration-input.ts';
import { createTestApi, patentInput, randomPatentNumber, randomUscc } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
type Body = Record<string, unknown>;
type Json = Awaited<ReturnType<Response['json']>>;

/** A random, valid utility-model number filed in 2021 (in force until 2031-03-14). */
function randomUtilityModelNumber(): string {
  let digits = '20212';
  for (let i = 0; i < 7; i++) digits += Math.floor(Math.random() * 10);
  return `${digits}.${patentCheckChar(digits)}`;
}

const REFRESH_MS = 30_000;
/**
 * The catalogue's clock runs ahead of the one that stamps changes (see `passRefreshInterval`), so its delta
 * reads reach back further than the default minute.
 */
const OVERLAP_MS = 60 * 60 * 1000;

/**
 * The public catalogue (issue 3 §4): anonymous search over published declarations, served from memory and
 * refreshed from the table's changes. Declarations are made, submitted and published through the API.
 */
describe('public catalogue (公开目录)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let southern: Member;
  let office: Member;
  const snapshots = memorySnapshotStore();
  /** The catalogue's clock runs ahead of the wall clock by `ahead`, so a test can pass the refresh interval. */
  let ahead = 0;
  const now = () => new Date(Date.now() + ahead);
  /** Moves the catalogue's clock past its refresh interval: the next request reads the changes. */
  const passRefreshInterval = () => {
    ahead += REFRESH_MS + 1000;
  };
  const listed: Record<string, string> = {};
  const hidden: Record<string, string> = {};

  const json = async (res: Response): Promise<{ status: number; body: Json }> => ({
    status: res.status,
    body: await res.json(),
  });
  /** An anonymous catalogue search. */
  const search = async (query: Record<string, string | number> = {}) => {
    const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    return json(await api.request(`/api/listings?${params}`));
  };
  const idsOf = (body: Json): string[] => body.items.map((item: { id: string }) => item.id);

  /** An approved university in `regionCode` with an admin. */
  async function holderIn(regionCode: string): Promise<Member> {
    const caller = await api.user('Holder');
    const at = new Date().toISOString();
    const org: Org = {
      id: ulid(),
      name: `南方测试大学${ulid().slice(-6)}`,
      uscc: randomUscc(),
      type: 'university',
      regionCode,
      contact: { name: '测试', phone: '13900000000', email: 'contact@test.openlicense.cn' },
      status: 'approved',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await table.store.orgs.create(
      org,
      { userId: caller.user.id, email: caller.user.email, role: 'admin' },
      { id: ulid(), orgId: org.id, at, actorId: caller.user.id, action: 'org.applied', summary: 'test' },
    );
    return { ...caller, org };
  }

  /** A patent in `holder`'s ledger naming the holder as sole patentee. */
  async function ledgerPatent(holder: Member, overrides: Body = {}, number = randomPatentNumber()) {
    const res = await api.request('/api/patents', {
      method: 'POST',
      token: holder.token,
      json: patentInput(number, { patentees: [{ name: holder.org.name }], ...overrides }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return number;
  }

  const act = (token: string, id: string, action: string, version: number) =>
    api.request(`/api/declarations/${id}/transitions`, {
      method: 'POST',
      token,
      json: { action, version, reason: '理由说明充分' },
    });

  /**
   * A declaration of a fresh patent (`patent` overrides its ledger entry, `terms` the declaration) walked
   * through `actions`, each taken by whoever the law says takes it. Returns its id.
   */
  async function declare(
    holder: Member,
    actions: string[],
    { patent = {}, terms = {}, number }: { patent?: Body; terms?: Body; number?: string } = {},
  ): Promise<string> {
    const patentNumber = await ledgerPatent(holder, patent, number);
    const drafted = await json(
      await api.request('/api/declarations', {
        method: 'POST',
        token: holder.token,
        json: declarationInput(patentNumber, terms),
      }),
    );
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    let version = 1;
    for (const action of actions) {
      const token = ['publish', 'reject', 'office_withdraw'].includes(action) ? office.token : holder.token;
      const res = await json(await act(token, drafted.body.id, action, version));
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
      version = res.body.declaration.version;
    }
    return drafted.body.id;
  }
  const PUBLISH = ['submit', 'publish'];

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table, {
      catalogue: new Catalogue({
        declarations: table.store.declarations,
        cursors: table.store.cursors,
        snapshots,
        now,
        refreshIntervalMs: REFRESH_MS,
        overlapMs: OVERLAP_MS,
        log: () => {},
      }),
    });
    university = await api.member('university', 'admin');
    office = await api.member('ip_office', 'admin');
    southern = await holderIn('440305');

    // Published, oldest first.
    listed.battery = await declare(university, PUBLISH, {
      patent: {
        title: '一种锂离子电池正极材料及其制备方法',
        abstract: '通过共沉淀与两段烧结提高高镍正极的循环稳定性。',
        keywords: ['高镍', '正极材料'],
        ipc: ['H01M 4/525'],
        industryChains: ['先进储能材料'],
      },
      terms: { marketingText: '欢迎企业洽谈合作' },
    });
    listed.concrete = await declare(university, PUBLISH, {
      patent: {
        title: '一种混凝土搅拌设备',
        abstract: '搅拌均匀，结构紧凑。',
        keywords: ['搅拌'],
        ipc: ['B28C 5/00'],
        industryChains: ['工程机械'],
      },
      terms: { royalty: { method: 'lump_sum', amountFen: 5_000_000 } },
    });
    listed.utility = await declare(university, PUBLISH, {
      number: randomUtilityModelNumber(),
      patent: {
        title: '一种光伏组件清洗装置',
        abstract: '自动清洗光伏组件表面灰尘。',
        keywords: ['清洗'],
        ipc: ['H02S 40/10'],
        industryChains: ['光伏'],
        evaluationReport: { reference: 'PJ2023-0007', conclusion: 'favourable' },
      },
      terms: {
        evaluationReportReference: 'PJ2023-0007',
        royalty: { method: 'entry_fee_plus_royalty', entryFeeFen: 200_000, base: 'per_unit', perUnitFen: 50 },
      },
    });
    listed.separator = await declare(southern, PUBLISH, {
      patent: {
        title: '一种锂离子电池隔膜',
        abstract: '陶瓷涂覆隔膜，耐热性好。',
        keywords: ['隔膜'],
        ipc: ['H01M 50/403'],
        industryChains: ['先进储能材料'],
      },
      terms: {
        royalty: {
          method: 'instalments',
          totalFen: 900_000,
          schedule: [
            { dueAfterMonths: 0, amountFen: 300_000 },
            { dueAfterMonths: 12, amountFen: 600_000 },
          ],
        },
      },
    });
    listed.free = await declare(university, PUBLISH, {
      patent: {
        title: '一种水稻插秧机',
        abstract: '插秧深度可调。',
        keywords: ['插秧'],
        ipc: ['A01C 11/02'],
        industryChains: ['智能农机'],
      },
      terms: { royalty: { method: 'free' } },
    });

    // Never in the catalogue, though each would match 锂电池.
    const battery = { patent: { title: '一种锂离子电池负极材料', ipc: ['H01M 4/133'] } };
    hidden.draft = await declare(university, [], battery);
    hidden.submitted = await declare(university, ['submit'], battery);
    hidden.rejected = await declare(university, ['submit', 'reject'], battery);
    hidden.withdrawn = await declare(university, ['submit', 'publish', 'withdraw'], battery);
    hidden.officeWithdrawn = await declare(university, ['submit', 'publish', 'office_withdraw'], battery);
  });

  describe('search', () => {
    it('finds a listing anonymously by a Chinese keyword it holds only as a synonym: 锂电池 → 锂离子电池', async () => {
      // Act
      const res = await search({ q: '锂电池' });
      // Assess
      expect(res.status).toBe(200);
      expect(new Set(idsOf(res.body))).toEqual(new Set([listed.battery, listed.separator]));
      expect(res.body.total).toBe(2);
      expect(res.body.items[0]).toMatchObject({ matched: ['锂离子电池'] });
    });

    it('ranks by relevance: a listing with both query words comes first', async () => {
      const res = await search({ q: '锂离子电池 隔膜' });

      expect(idsOf(res.body)[0]).toBe(listed.separator);
      expect(idsOf(res.body)).toContain(listed.battery);
    });

    it('lists newest first without a keyword, each row carrying what the catalogue shows', async () => {
      const res = await search();

      expect(res.status).toBe(200);
      expect(idsOf(res.body)).toEqual([
        listed.free,
        listed.separator,
        listed.utility,
        listed.concrete,
        listed.battery,
      ]);
      expect(res.body.total).toBe(5);
      expect(res.body.next).toBeUndefined();
      expect(res.body.items.find((item: { id: string }) => item.id === listed.separator)).toEqual({
        id: listed.separator,
        patentNumber: expect.stringMatching(/^\d{12}\.[\dX]$/),
        title: '一种锂离子电池隔膜',
        patentType: 'invention',
        holder: { orgId: southern.org.id, name: southern.org.name, regionCode: '440305', type: 'university' },
        industryChains: ['先进储能材料'],
        ipc: ['H01M 50/403'],
        royalty: { method: 'instalments', fixedFen: 900_000, instalments: 2 },
        period: { start: expect.any(String), end: expect.any(String) },
        lapseDate: expect.any(String),
        publishedAt: expect.any(String),
      });
    });

    it('hides drafts, submitted, rejected, withdrawn and office-withdrawn declarations from search', async () => {
      const everything = await search({ limit: 50 });
      const keyword = await search({ q: '锂离子电池负极材料', limit: 50 });

      for (const id of Object.values(hidden)) {
        expect(idsOf(everything.body)).not.toContain(id);
        expect(idsOf(keyword.body)).not.toContain(id);
      }
      expect(keyword.body.total).toBe(2);
    });

    it.each<[string, Record<string, string | number>, string[]]>([
      ['IPC section H', { ipc: 'H' }, ['separator', 'utility', 'battery']],
      ['IPC class H01', { ipc: 'H01' }, ['separator', 'battery']],
      ['IPC subclass H01M', { ipc: 'H01M' }, ['separator', 'battery']],
      ['IPC main group H01M 4/00', { ipc: 'H01M 4/00' }, ['battery']],
      ['IPC subgroup h01m4/525, spelt loosely', { ipc: 'h01m4/525' }, ['battery']],
      ['IPC subgroup not held', { ipc: 'H01M 4/131' }, []],
      ['industry chain', { industryChain: '先进储能材料' }, ['separator', 'battery']],
      ['patent type', { patentType: 'utility_model' }, ['utility']],
      ['royalty method', { royaltyMethod: 'free' }, ['free']],
      [
        'price range over the fixed part',
        { minPriceFen: 100_000, maxPriceFen: 1_000_000 },
        ['separator', 'utility'],
      ],
      ['price 0: free and running royalty alone', { maxPriceFen: 0 }, ['free', 'battery']],
      ['province 43', { region: '43' }, ['free', 'utility', 'concrete', 'battery']],
      ['province 44 as a full code', { region: '440000' }, ['separator']],
      ['city 4403', { region: '4403' }, ['separator']],
      ['county 440305', { region: '440305' }, ['separator']],
      ['keyword and filter together', { q: '电池', region: '43' }, ['battery']],
      [
        'three filters together',
        { industryChain: '先进储能材料', patentType: 'invention', maxPriceFen: 0 },
        ['battery'],
      ],
    ])('filters by %s', async (_, query, expected) => {
      // Act
      const res = await search(query);
      // Assess
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(idsOf(res.body)).toEqual(expected.map((name) => listed[name]));
      expect(res.body.total).toBe(expected.length);
    });

    it('filters by holder', async () => {
      const res = await search({ holder: southern.org.id });

      expect(idsOf(res.body)).toEqual([listed.separator]);
    });

    it('pages newest first through every listing exactly once, even when one is published between pages', async () => {
      // Prepare
      const seen: string[] = [];
      let cursor: string | undefined;
      let late: string | undefined;
      // Act
      do {
        const res = await search({ limit: 2, ...(cursor ? { cursor } : {}) });
        expect(res.status).toBe(200);
        seen.push(...idsOf(res.body));
        cursor = res.body.next;
        if (late === undefined) {
          late = await declare(university, PUBLISH, { patent: { title: '一种智能垃圾分类箱' } });
          passRefreshInterval();
        }
      } while (cursor);
      // Assess
      expect(seen).toEqual([listed.free, listed.separator, listed.utility, listed.concrete, listed.battery]);
      expect((await search({ limit: 1 })).body.items[0].id).toBe(late);
      listed.late = late;
    });

    it('pages a keyword search through every match exactly once', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await search({ q: '电池 光伏 插秧', limit: 1, ...(cursor ? { cursor } : {}) });
        seen.push(...idsOf(res.body));
        cursor = res.body.next;
      } while (cursor);

      expect(seen).toHaveLength(4);
      expect(new Set(seen)).toEqual(new Set([listed.battery, listed.separator, listed.utility, listed.free]));
    });

    it.each<[string, Record<string, string>, string]>([
      ['an unknown patent type', { patentType: 'software' }, 'query.patentType'],
      ['an unknown royalty method', { royaltyMethod: 'barter' }, 'query.royaltyMethod'],
      ['an IPC code that is not one', { ipc: 'Z99' }, 'query.ipc'],
      ['a limit of 0', { limit: '0' }, 'query.limit'],
      ['a limit over 50', { limit: '51' }, 'query.limit'],
      ['a limit that is not a number', { limit: 'ten' }, 'query.limit'],
      ['a negative price', { minPriceFen: '-1' }, 'query.minPriceFen'],
      ['a price range upside down', { minPriceFen: '500', maxPriceFen: '100' }, 'query.maxPriceFen'],
      ['a region that is not a code', { region: '4' }, 'query.region'],
      ['a holder that is not an id', { holder: 'someone' }, 'query.holder'],
      ['a cursor it did not issue', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
    ])('refuses %s with 400 naming the field', async (_, query, path) => {
      const res = await search(query);

      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path })]);
    });
  });

  describe('what people type (issue 10)', () => {
    it('finds the lithium listings for the single character 锂', async () => {
      const res = await search({ q: '锂' });

      expect(res.status).toBe(200);
      expect(new Set(idsOf(res.body))).toEqual(new Set([listed.battery, listed.separator]));
      expect(res.body.items[0]).toMatchObject({ matched: ['锂'] });
    });

    it('finds a patent’s listing by its number with or without ZL and the dot, in either case', async () => {
      // Prepare
      const detail = await json(await api.request(`/api/listings/${listed.concrete}`));
      const number: string = detail.body.declaration.patentNumber;
      const forms = [`ZL${number}`, number, number.replace('.', ''), `zl${number}`];
      // Act
      const found = await Promise.all(forms.map((q) => search({ q })));
      // Assess
      for (const [i, res] of found.entries()) {
        expect(res.status, forms[i]).toBe(200);
        expect(idsOf(res.body), forms[i]).toEqual([listed.concrete]);
      }
    });

    it('filters by an IPC symbol typed in the keyword box, at the level typed', async () => {
      const subclass = await Promise.all(['H01M', 'h01m'].map((q) => search({ q })));
      const group = await Promise.all(['H01M 4/525', 'H01M4/525'].map((q) => search({ q })));
      const withWords = await search({ q: '隔膜 H01M' });

      // The listing published between pages above has the default patent's H01M 4/525.
      const late = listed.late ? [listed.late] : [];
      for (const res of subclass)
        expect(new Set(idsOf(res.body))).toEqual(new Set([listed.battery, listed.separator, ...late]));
      for (const res of group) expect(new Set(idsOf(res.body))).toEqual(new Set([listed.battery, ...late]));
      expect(idsOf(withWords.body)).toEqual([listed.separator]);
    });

    it('offers the industry chains that exist in the catalogue, each with the listings it filters to', async () => {
      // Act
      const res = await json(await api.request('/api/listings/industry-chains'));
      // Assess
      expect(res.status).toBe(200);
      const chains: { chain: string; count: number }[] = res.body.items;
      expect(chains.map((c) => c.chain)).toEqual(
        expect.arrayContaining(['先进储能材料', '工程机械', '光伏', '智能农机']),
      );
      expect(chains[0]).toEqual({ chain: '先进储能材料', count: listed.late ? 3 : 2 });
      for (const { chain, count } of chains)
        expect((await search({ industryChain: chain, limit: 1 })).body.total, chain).toBe(count);
    });
  });

  describe('detail and calculator', () => {
    it('shows a published listing anonymously: the declaration, its holder, calculator inputs and the fee note', async () => {
      // Act
      const res = await json(await api.request(`/api/listings/${listed.battery}`));
      // Assess
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        declaration: expect.objectContaining({
          id: listed.battery,
          patentType: 'invention',
          title: '一种锂离子电池正极材料及其制备方法',
          royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 3 },
          scope: '制造、使用、销售、许诺销售本专利产品',
          territory: '中国大陆',
          contact: expect.objectContaining({ name: '王老师' }),
          patentees: [{ name: university.org.name, orgId: university.org.id }],
        }),
        holder: {
          orgId: university.org.id,
          name: university.org.name,
          regionCode: '430100',
          type: 'university',
        },
        marketingText: '欢迎企业洽谈合作',
        calculatorInputs: ['yearlySalesFen'],
        annualFee: expect.objectContaining({ percent: 15, source: 'open_licence' }),
      });
      expect(res.body.declaration).not.toHaveProperty('marketingText');
      expect(res.body.declaration).not.toHaveProperty('status');
      expect(res.body.declaration).not.toHaveProperty('coOwnerConsents');
    });

    it('shows a utility model’s evaluation report with its conclusion', async () => {
      const res = await json(await api.request(`/api/listings/${listed.utility}`));

      expect(res.body.declaration.evaluationReport).toEqual({
        reference: 'PJ2023-0007',
        conclusion: 'favourable',
      });
      expect(res.body.calculatorInputs).toEqual(['yearlyUnits']);
    });

    it('computes the royalty for a published listing anonymously', async () => {
      const res = await json(
        await api.request(`/api/listings/${listed.battery}/royalty?yearlySalesFen=100000000`),
      );

      expect(res.status).toBe(200);
      // 3 % of ¥1,000,000 a year over three years.
      expect(res.body).toMatchObject({ totalFen: 9_000_000, missingInputs: [] });
      expect(res.body.years).toHaveLength(3);
    });

    it.each(['draft', 'submitted', 'rejected', 'withdrawn', 'officeWithdrawn'])(
      'answers 404 for a %s declaration, on the detail and the calculator',
      async (status) => {
        const id = hidden[status]!;

        const detail = await json(await api.request(`/api/listings/${id}`));
        const royalty = await json(await api.request(`/api/listings/${id}/royalty?yearlySalesFen=1`));

        expect(detail.status).toBe(404);
        expect(detail.body.error.code).toBe('not_found');
        expect(royalty.status).toBe(404);
      },
    );
  });

  describe('freshness', () => {
    it('drops a withdrawn listing at the next refresh, and its detail at once', async () => {
      // Prepare
      const holder = await holderIn('450100');
      const id = await declare(holder, PUBLISH, {
        patent: { title: '一种数据压缩方法', ipc: ['G06F 16/00'] },
      });
      passRefreshInterval();
      expect(idsOf((await search({ holder: holder.org.id })).body)).toEqual([id]);
      // Act
      const withdrawn = await act(holder.token, id, 'withdraw', 3);
      expect(withdrawn.status).toBe(200);
      const beforeRefresh = await search({ holder: holder.org.id });
      passRefreshInterval();
      const afterRefresh = await search({ holder: holder.org.id });
      // Assess
      expect(idsOf(beforeRefresh.body)).toEqual([id]);
      expect(idsOf(afterRefresh.body)).toEqual([]);
      expect((await search({ q: '数据压缩' })).body.items).toEqual([]);
      expect((await api.request(`/api/listings/${id}`)).status).toBe(404);
    });

    it('hides a published declaration whose period has ended, and keeps it hidden once the job expires it', async () => {
      // Prepare: published two years ago for two years, written through the repository
      const holder = await holderIn('460100');
      const audit = (action: string) => ({
        id: ulid(),
        orgId: holder.org.id,
        at: new Date().toISOString(),
        actorId: 'test',
        action,
        summary: action,
      });
      const record = declarationRecordOf(holder.org.id, {
        period: { start: '2020-01-01', end: '2021-12-31' },
        createdAt: '2019-12-01T00:00:00.000Z',
      });
      await table.store.declarations.create(record);
      const submitted = { ...record, status: 'submitted' as const, version: 2 };
      await table.store.declarations.transition(record, submitted, audit('declaration.submitted'));
      const published = {
        ...submitted,
        status: 'published' as const,
        version: 3,
        publishedAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      };
      await table.store.declarations.transition(submitted, published, audit('declaration.published'));
      passRefreshInterval();
      const lapsed = await search({ holder: holder.org.id });
      // Act
      await createScheduledHandler(
        scheduledJobs(table.store),
        table.store.jobRuns,
      )({
        jobs: ['expire-declarations'],
      });
      passRefreshInterval();
      const expired = await search({ holder: holder.org.id });
      // Assess
      expect(lapsed.body).toEqual({ items: [], total: 0 });
      expect(expired.body).toEqual({ items: [], total: 0 });
      expect(await table.store.declarations.get(record.id)).toMatchObject({ status: 'expired' });
      expect((await api.request(`/api/listings/${record.id}`)).status).toBe(404);
    });
  });

  describe('snapshot (scheduled job catalogue-snapshot)', () => {
    it('writes a snapshot a fresh catalogue loads and answers the same from', async () => {
      // Prepare
      const run = createScheduledHandler(
        scheduledJobs(table.store, undefined, { snapshots }),
        table.store.jobRuns,
      );
      const queries: Record<string, string | number>[] = [
        {},
        { q: '锂电池' },
        { ipc: 'H01M' },
        { region: '43', limit: 2 },
        { q: '电池', maxPriceFen: 0 },
      ];
      passRefreshInterval();
      const live = await Promise.all(queries.map((query) => search(query)));
      // Act
      const outcome = await run({ jobs: ['catalogue-snapshot'] });
      const fresh = new Catalogue({
        declarations: table.store.declarations,
        // Another instance of the service: the table's cursor secret, so its cursors are the same.
        cursors: table.store.cursors,
        snapshots,
        now,
        overlapMs: OVERLAP_MS,
        log: () => {},
      });
      const coldStart = createTestApi(table, { catalogue: fresh });
      const answers = await Promise.all(
        queries.map(async (query) => {
          const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
          return json(await coldStart.request(`/api/listings?${params}`));
        }),
      );
      // Assess
      expect(outcome['catalogue-snapshot']).toMatch(/^snapshot of 6 listings, \d+ bytes/);
      expect(fresh.stats()).toMatchObject({ source: 'snapshot', listings: 6 });
      expect(answers.map((a) => a.body)).toEqual(live.map((l) => l.body));
      expect(idsOf(answers[0]!.body)).toContain(listed.late);
    });

    it('builds from the table when there is no snapshot yet', async () => {
      const fresh = new Catalogue({
        declarations: table.store.declarations,
        snapshots: memorySnapshotStore(),
        now,
        log: () => {},
      });

      const page = await fresh.search({ limit: 50 });

      expect(fresh.stats()).toMatchObject({ source: 'store', listings: 6 });
      expect(page.total).toBe(6);
    });
  });
});
