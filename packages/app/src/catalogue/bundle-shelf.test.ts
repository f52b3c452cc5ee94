import type { BundleCard, ListingCard } from '@openlicense/contract/listings';
import { describe, expect, it } from 'vitest';
import { bundleRecordOf } from '../../../../test/support/bundle-input.ts';
import { BundleShelf, ranksByKeyword } from './bundle-shelf.ts';
import { bundlesOnly, newestMix, rankedMix } from './mixed-page.ts';

const TODAY = '2026-01-10';
const MEMBERS = [
  { number: '201810562714.X', holderOrgId: 'UNIV1', holderName: '中南大学' },
  { number: '202010893462.6', holderOrgId: 'UNIV2', holderName: '湖南大学' },
];

function published(name: string, publishedAt: string, overrides: Record<string, unknown> = {}) {
  const record = bundleRecordOf({ id: 'PARK1', name: '麓谷园区' }, MEMBERS, { consented: true });
  return {
    ...record,
    name,
    status: 'published' as const,
    publishedAt,
    period: { start: '2026-01-01', end: '2030-12-31' },
    ...overrides,
  };
}

describe('BundleShelf', () => {
  it('lists only published bundles, newest first, with title, organiser, patent count and terms', () => {
    // Prepare
    const older = published('电驱公共专利池', '2026-01-02T00:00:00.000Z');
    const newer = published('动力电池专利包', '2026-01-05T00:00:00.000Z');
    const draft = { ...published('草稿专利包', '2026-01-06T00:00:00.000Z'), status: 'draft' as const };

    // Act
    const cards = BundleShelf.of([older, draft, newer]).find({}, TODAY);

    // Assess
    expect(cards.map((c) => c.title)).toEqual(['动力电池专利包', '电驱公共专利池']);
    expect(cards[0]).toMatchObject({
      kind: 'bundle',
      organiser: { orgId: 'PARK1', name: '麓谷园区', type: 'park' },
      patentCount: 2,
      patentNumbers: MEMBERS.map((m) => m.number),
      royalty: { method: 'lump_sum', fixedFen: 60_000_000 },
      lapseDate: '2030-12-31',
    });
  });

  it('finds a bundle by a word of its name, by one character and by a member patent number', () => {
    // Prepare
    const shelf = BundleShelf.of([published('新能源汽车电驱公共专利池', '2026-01-02T00:00:00.000Z')]);

    // Act
    const byWord = shelf.find({ q: '电驱' }, TODAY);
    const byChar = shelf.find({ q: '池' }, TODAY);
    const byNumber = shelf.find({ q: 'ZL201810562714X' }, TODAY);
    const nothing = shelf.find({ q: '荧光探针' }, TODAY);

    // Assess
    expect(byWord).toHaveLength(1);
    expect(byWord[0]?.matched?.length).toBeGreaterThan(0);
    expect(byChar.map((c) => c.matched)).toEqual([['池']]);
    expect(byNumber.map((c) => c.matched)).toEqual([['201810562714.X']]);
    expect(nothing).toEqual([]);
  });

  it('filters by holder (organiser or member holder), price, royalty method, lapse and leaves bundles out of a region filter', () => {
    // Prepare
    const shelf = BundleShelf.of([published('电驱公共专利池', '2026-01-02T00:00:00.000Z')]);
    const ended = BundleShelf.of([
      published('过期专利池', '2025-01-02T00:00:00.000Z', {
        period: { start: '2024-01-01', end: '2025-12-31' },
      }),
    ]);

    // Act / Assess
    expect(shelf.find({ holder: 'PARK1' }, TODAY)).toHaveLength(1);
    expect(shelf.find({ holder: 'UNIV2' }, TODAY)).toHaveLength(1);
    expect(shelf.find({ holder: 'OTHER' }, TODAY)).toHaveLength(0);
    expect(shelf.find({ maxPriceFen: 59_999_999 }, TODAY)).toHaveLength(0);
    expect(shelf.find({ royaltyMethod: 'free' }, TODAY)).toHaveLength(0);
    expect(shelf.find({ region: '43' }, TODAY)).toHaveLength(0);
    expect(ended.find({}, TODAY)).toHaveLength(0);
  });

  it('tells a ranking query from a newest-first one', () => {
    expect(ranksByKeyword(undefined)).toBe(false);
    expect(ranksByKeyword('H01M')).toBe(false);
    expect(ranksByKeyword('锂')).toBe(true);
    expect(ranksByKeyword('电池')).toBe(true);
    expect(ranksByKeyword('201810562714.X')).toBe(true);
  });
});

const listing = (id: string, publishedAt: string) => ({ id, publishedAt }) as ListingCard;
const bundle = (id: string, publishedAt: string) => ({ kind: 'bundle', id, publishedAt }) as BundleCard;

describe('mixed catalogue pages', () => {
  const listings = [
    listing('L3', '2026-01-03T00:00:00.000Z'),
    listing('L2', '2026-01-02T00:00:00.000Z'),
    listing('L1', '2026-01-01T00:00:00.000Z'),
  ];
  const after = (key: string | undefined, limit: number) => {
    const older = listings.filter((l) => key === undefined || `${l.publishedAt}#${l.id}` < key);
    return { items: older.slice(0, limit), more: older.length > limit, total: listings.length };
  };
  const at = (offset: number, limit: number) => ({
    items: listings.slice(offset, offset + limit),
    more: offset + limit < listings.length,
    total: listings.length,
  });

  it('merges bundles into the newest-first list by publication and pages on without repeats', () => {
    // Prepare
    const bundles = [bundle('B1', '2026-01-02T12:00:00.000Z')];

    // Act
    const first = newestMix(bundles, undefined, 2, after);
    const second = newestMix(bundles, first.next, 2, after);

    // Assess
    expect(first.items.map((i) => i.id)).toEqual(['L3', 'B1']);
    expect(second.items.map((i) => i.id)).toEqual(['L2', 'L1']);
    expect(second.next).toBeUndefined();
    expect([first.total, second.total]).toEqual([4, 4]);
  });

  it('puts matching bundles first in a ranked list, then the listings, paging by offset', () => {
    // Prepare
    const bundles = [bundle('B1', '2026-01-02T12:00:00.000Z'), bundle('B2', '2026-01-01T12:00:00.000Z')];

    // Act
    const first = rankedMix(bundles, 0, 3, at);
    const second = rankedMix(bundles, first.next ?? 0, 3, at);

    // Assess
    expect(first.items.map((i) => i.id)).toEqual(['B1', 'B2', 'L3']);
    expect(second.items.map((i) => i.id)).toEqual(['L2', 'L1']);
    expect(second.next).toBeUndefined();
    expect(first.total).toBe(5);
  });

  it('pages bundles alone', () => {
    const bundles = [bundle('B1', 'x'), bundle('B2', 'y'), bundle('B3', 'z')];
    expect(bundlesOnly(bundles, 0, 2)).toMatchObject({ next: 2, total: 3 });
    expect(bundlesOnly(bundles, 2, 2).items.map((b) => b.id)).toEqual(['B3']);
  });
});
