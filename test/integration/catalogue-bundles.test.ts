import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleRecordOf } from '../support/bundle-input.ts';
import { declarationRecordOf, randomInventionNumber, todayInChina } from '../support/declaration-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Json = Awaited<ReturnType<Response['json']>>;
type Item = { id: string; kind?: string; title: string } & Record<string, unknown>;

/**
 * Issue 13 item 2: published bundles and public patent pools are in the public catalogue, behind a kind
 * filter (单件专利 / 专利包 / 全部), searchable, each row with its title, organiser, patent count and terms.
 */
describe('bundles in the public catalogue (公开目录 · 专利包)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  /** A word only this run's pool and listing hold, so other files' rows never match. */
  const WORD = `澜沧${ulid().slice(-4)}`;
  let poolId: string;
  let listingId: string;
  let draftPoolId: string;

  const get = async (path: string): Promise<{ status: number; body: Json }> => {
    const res = await api.request(path);
    return { status: res.status, body: await res.json() };
  };
  const ids = (body: Json): string[] => body.items.map((item: Item) => item.id);

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    const start = todayInChina();
    const park = { id: ulid(), name: `测试园区${WORD}`, type: 'park' as const };
    const members = [
      { number: randomInventionNumber(), holderOrgId: ulid(), holderName: '测试大学甲' },
      { number: randomInventionNumber(), holderOrgId: ulid(), holderName: '测试大学乙' },
    ];
    const published = bundleRecordOf(park, members, { consented: true });
    const pool = {
      ...published,
      name: `${WORD}电驱公共专利池`,
      status: 'published' as const,
      publishedAt: new Date(Date.now() + 1000).toISOString(),
      period: { start, end: `${Number(start.slice(0, 4)) + 3}${start.slice(4)}` },
    };
    await table.store.bundles.create(pool, []);
    poolId = pool.id;
    const draft = bundleRecordOf(park, members, { overrides: { name: `${WORD}草稿专利包` } });
    await table.store.bundles.create(draft, []);
    draftPoolId = draft.id;

    const declaration = declarationRecordOf(ulid(), {
      status: 'published',
      publishedAt: new Date().toISOString(),
    });
    await table.store.declarations.create({
      ...declaration,
      listing: { ...declaration.listing, title: `${WORD}驱动保护电路` },
    });
    listingId = declaration.id;
  });

  it('lists single listings by default, bundles with kind=bundle and both with kind=all, signed out', async () => {
    // Act
    const byDefault = await get(`/api/listings?q=${WORD}`);
    const bundles = await get('/api/listings?kind=bundle&limit=50');
    const all = await get(`/api/listings?kind=all&q=${WORD}`);

    // Assess
    expect(byDefault.status).toBe(200);
    expect(ids(byDefault.body)).toEqual([listingId]);
    expect(ids(bundles.body)).toContain(poolId);
    expect(ids(bundles.body)).not.toContain(draftPoolId);
    const row = bundles.body.items.find((item: Item) => item.id === poolId);
    expect(row).toMatchObject({
      kind: 'bundle',
      title: `${WORD}电驱公共专利池`,
      organiser: { name: `测试园区${WORD}`, type: 'park' },
      patentCount: 2,
      royalty: { method: 'lump_sum', fixedFen: 60_000_000 },
    });
    // A keyword search over both kinds: the pool first, then the listing.
    expect(ids(all.body)).toEqual([poolId, listingId]);
    expect(all.body.total).toBe(2);
  });

  it('finds a pool by a member patent number and by its organiser as holder', async () => {
    // Prepare
    const pool = (await table.store.bundles.get(poolId))!;
    const number = pool.members[0]!.patentNumber;

    // Act
    const byNumber = await get(`/api/listings?kind=all&q=ZL${number}`);
    const byHolder = await get(`/api/listings?kind=bundle&holder=${pool.organiserOrgId}`);

    // Assess
    expect(ids(byNumber.body)).toEqual([poolId]);
    expect(ids(byHolder.body)).toEqual([poolId]);
  });

  it('pages through everything newest first exactly once, with a cursor that belongs to its kind', async () => {
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await get(`/api/listings?kind=all&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...ids(page.body));
      total = page.body.total;
      cursor = page.body.next;
    } while (cursor && seen.length < 100);
    const first = await get('/api/listings?kind=all&limit=1');
    const foreign = await get(`/api/listings?limit=1&cursor=${first.body.next}`);

    // Assess
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(seen).toEqual(expect.arrayContaining([poolId, listingId]));
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('invalid_cursor');
  });

  it('counts bundles in the chain filter when asked for all kinds', async () => {
    // Act
    const listingsOnly = await get('/api/listings/industry-chains');
    const all = await get('/api/listings/industry-chains?kind=all');

    // Assess: the pool's members are 新能源汽车 patents; the listing is 先进储能材料
    const count = (body: Json, chain: string) =>
      body.items.find((c: { chain: string }) => c.chain === chain)?.count ?? 0;
    expect(count(all.body, '新能源汽车')).toBe(count(listingsOnly.body, '新能源汽车') + 1);
  });

  it('refuses an unknown kind, naming the field', async () => {
    const res = await get('/api/listings?kind=pool');
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('query.kind');
  });
});
