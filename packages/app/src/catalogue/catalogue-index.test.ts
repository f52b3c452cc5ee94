import type { DeclarationRecord } from '@openlicense/domain';
import { SnapshotFormatError } from '@openlicense/matching';
import { describe, expect, it } from 'vitest';
import { CatalogueIndex, type ListingQuery } from './catalogue-index.ts';

const TODAY = '2026-06-01';
let serial = 0;

/** A published declaration, its id sortable like a ULID and its publication one minute after the last. */
function published(
  overrides: Partial<DeclarationRecord['listing']> = {},
  more: Partial<DeclarationRecord> = {},
) {
  serial++;
  const id = `01JX${String(serial).padStart(22, '0')}`;
  const at = new Date(Date.UTC(2026, 0, 1) + serial * 60_000).toISOString();
  return {
    id,
    patentNumber: '201910123456.7',
    holderOrgId: 'ORG1',
    patentees: [{ name: '湘江大学', orgId: 'ORG1' }],
    patentType: 'invention',
    status: 'published',
    royalty: { method: 'lump_sum', amountFen: 1_000_000 },
    royaltyEstimationNote: '参考同类专利近三年许可费率确定',
    period: { start: '2026-01-01', end: '2028-12-31' },
    scope: '制造、使用、销售本专利产品',
    territory: '中国大陆',
    contact: { name: '王老师', phone: '13800138000', email: 'tech@test.cn' },
    coOwnerConsents: [],
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    version: 3,
    listing: {
      title: '一种混凝土搅拌设备',
      keywords: [],
      ipc: ['B28C 5/00'],
      industryChains: ['工程机械'],
      patentExpiryDate: '2039-03-14',
      lapseDate: '2028-12-31',
      holderName: '湘江大学',
      holderRegionCode: '430104',
      holderType: 'university',
      ...overrides,
    },
    ...more,
  } satisfies DeclarationRecord;
}

const indexOf = (...records: DeclarationRecord[]) => {
  const index = CatalogueIndex.empty();
  for (const record of records) index.apply(record);
  return index;
};
const ids = (index: CatalogueIndex, query: Partial<ListingQuery> = {}) =>
  index.search({ limit: 20, ...query }, TODAY).items.map((item) => item.id);

/** Every page of `query`, following `next`. */
function allPages(index: CatalogueIndex, query: Partial<ListingQuery>, between?: () => void): string[] {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = index.search({ limit: 3, ...query, cursor }, TODAY);
    seen.push(...page.items.map((item) => item.id));
    cursor = page.next;
    between?.();
  } while (cursor);
  return seen;
}

describe('CatalogueIndex', () => {
  it('lists newest first without a query, counting every match', () => {
    const [a, b, c] = [published(), published(), published()];
    const index = indexOf(b, a, c);

    const page = index.search({ limit: 2 }, TODAY);

    expect(page.items.map((item) => item.id)).toEqual([c.id, b.id]);
    expect(page.total).toBe(3);
    expect(page.next).toEqual(expect.any(String));
  });

  it('finds 锂离子电池 for the query 锂电池 and says which word matched', () => {
    const battery = published({ title: '一种锂离子电池正极材料及其制备方法' });
    const index = indexOf(published(), battery, published({ title: '一种水稻种植机' }));

    const page = index.search({ q: '锂电池', limit: 20 }, TODAY);

    expect(page.items.map((item) => item.id)).toEqual([battery.id]);
    expect(page.items[0]?.matched).toEqual(['锂离子电池']);
    expect(page.total).toBe(1);
  });

  it('ranks a title hit above an abstract hit', () => {
    const inAbstract = published({ title: '一种储能柜', abstract: '柜内装有隔膜和散热风扇。' });
    const inTitle = published({ title: '一种复合隔膜', abstract: '柜内装有储能单元。' });
    const index = indexOf(inAbstract, inTitle, published());

    expect(ids(index, { q: '隔膜' })).toEqual([inTitle.id, inAbstract.id]);
  });

  it('applies filters to a keyword search and to its total', () => {
    const design = published({ title: '一种光伏支架' }, { patentType: 'design' });
    const invention = published({ title: '一种光伏支架' });
    const index = indexOf(design, invention);

    const page = index.search({ q: '光伏支架', patentType: 'design', limit: 20 }, TODAY);

    expect(page.items.map((item) => item.id)).toEqual([design.id]);
    expect(page.total).toBe(1);
  });

  it('pages newest first through every listing once, even when listings are published between pages', () => {
    const records = Array.from({ length: 10 }, () => published());
    const index = indexOf(...records);
    const late: string[] = [];

    const seen = allPages(index, {}, () => {
      const record = published();
      late.push(record.id);
      index.apply(record);
    });

    expect(seen).toEqual(records.map((r) => r.id).reverse());
    expect(seen.some((id) => late.includes(id))).toBe(false);
  });

  it('pages a keyword search through every match once', () => {
    const records = Array.from({ length: 8 }, (_, i) =>
      published({ title: `${'电池'.repeat(1 + (i % 3))}隔膜` }),
    );
    const index = indexOf(...records, published());

    const seen = allPages(index, { q: '电池隔膜' });

    expect(seen).toHaveLength(8);
    expect(new Set(seen)).toEqual(new Set(records.map((r) => r.id)));
  });

  it('refuses a keyword cursor on a newest-first list', () => {
    const index = indexOf(...Array.from({ length: 5 }, () => published({ title: '一种电池隔膜' })));
    const { next } = index.search({ q: '电池', limit: 2 }, TODAY);

    expect(() => index.search({ limit: 2, cursor: next }, TODAY)).toThrow(/cursor/);
  });

  it('drops a listing that left publication, and ignores a stale copy of it as published afterwards', () => {
    const record = published({ title: '一种钠离子电池' });
    const index = indexOf(record, published());

    index.apply({ ...record, status: 'withdrawn', version: 4 });
    index.apply(record);

    expect(index.has(record.id)).toBe(false);
    expect(ids(index, { q: '钠离子电池' })).toEqual([]);
    expect(ids(index)).not.toContain(record.id);
  });

  it('hides a listing whose lapse date has passed', () => {
    const lapsed = published({ lapseDate: '2026-05-31' });
    const index = indexOf(lapsed, published());

    expect(ids(index)).not.toContain(lapsed.id);
    expect(index.search({ limit: 20 }, TODAY).total).toBe(1);
  });

  it('answers the same from its snapshot', () => {
    const records = [
      published({ title: '一种锂离子电池隔膜', ipc: ['H01M 2/16'] }),
      published({ title: '一种电池管理系统', holderRegionCode: '440300' }, { royalty: { method: 'free' } }),
      published(),
    ];
    const index = indexOf(...records);
    const queries: Partial<ListingQuery>[] = [
      {},
      { q: '锂电池' },
      { ipc: 'H01M' },
      { region: '44' },
      { q: '电池', maxPriceFen: 0 },
    ];

    const { index: loaded, builtAt } = CatalogueIndex.fromSnapshot(
      index.toSnapshot('2026-06-01T00:00:00.000Z'),
    );

    expect(builtAt).toBe('2026-06-01T00:00:00.000Z');
    for (const query of queries)
      expect(loaded.search({ limit: 20, ...query }, TODAY)).toEqual(
        index.search({ limit: 20, ...query }, TODAY),
      );
  });

  it('keeps changing after it was loaded from a snapshot', () => {
    const first = published({ title: '一种锂离子电池隔膜' });
    const { index } = CatalogueIndex.fromSnapshot(indexOf(first).toSnapshot('2026-06-01T00:00:00.000Z'));
    const second = published({ title: '一种锂离子电池外壳' });

    index.apply(second);
    index.apply({ ...first, status: 'expired' });

    expect(ids(index, { q: '锂离子电池' })).toEqual([second.id]);
    expect(ids(index)).toEqual([second.id]);
  });

  it('refuses bytes that are not a catalogue snapshot', () => {
    expect(() => CatalogueIndex.fromSnapshot(new TextEncoder().encode('not a snapshot'))).toThrow(
      SnapshotFormatError,
    );
  });
});
