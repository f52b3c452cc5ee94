import { ipcAncestors } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import type { ListingCard } from './listing-card.ts';
import {
  catalogueEntry,
  ipcMatcher,
  type ListingFilter,
  listingPredicate,
  regionPrefix,
} from './listing-filter.ts';

const TODAY = '2026-06-01';

function card(overrides: Partial<ListingCard> = {}): ListingCard {
  return {
    id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
    patentNumber: '201910123456.7',
    title: '一种锂离子电池隔膜',
    patentType: 'invention',
    holder: { orgId: 'ORG1', name: '湘江大学', regionCode: '430104', type: 'university' },
    industryChains: ['先进储能材料', '新能源汽车'],
    ipc: ['H01M 10/052', 'H01M 2/16'],
    royalty: { method: 'lump_sum', fixedFen: 5_000_000 },
    period: { start: '2026-01-01', end: '2028-12-31' },
    lapseDate: '2028-12-31',
    publishedAt: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}

const passes = (filter: ListingFilter, overrides: Partial<ListingCard> = {}) =>
  listingPredicate(filter, TODAY)(catalogueEntry(card(overrides)));

describe('listingPredicate', () => {
  it.each(['H', 'H01', 'H01M', 'H01M 10/00', 'H01M 10/052', 'H01M 2/00', 'H01M 2/16'])(
    'matches IPC %s, at or above one of the listing’s codes',
    (ipc) => {
      expect(passes({ ipc })).toBe(true);
    },
  );

  it.each(['G', 'H02', 'H01L', 'H01M 4/00', 'H01M 10/0525', 'H01M 10/05'])(
    'does not match IPC %s, beside or below the listing’s codes',
    (ipc) => {
      expect(passes({ ipc })).toBe(false);
    },
  );

  it.each<[string, ListingFilter, boolean]>([
    ['an industry chain it has', { industryChain: '新能源汽车' }, true],
    ['an industry chain only a prefix of one it has', { industryChain: '新能源' }, false],
    ['its patent type', { patentType: 'invention' }, true],
    ['another patent type', { patentType: 'design' }, false],
    ['its royalty method', { royaltyMethod: 'lump_sum' }, true],
    ['another royalty method', { royaltyMethod: 'free' }, false],
    ['its holder', { holder: 'ORG1' }, true],
    ['another holder', { holder: 'ORG2' }, false],
    ['its province', { region: '43' }, true],
    ['its city', { region: '4301' }, true],
    ['its county', { region: '430104' }, true],
    ['another city of its province', { region: '4302' }, false],
    ['a range holding its price', { minPriceFen: 5_000_000, maxPriceFen: 5_000_000 }, true],
    ['a range below its price', { maxPriceFen: 4_999_999 }, false],
    ['a range above its price', { minPriceFen: 5_000_001 }, false],
    ['every filter it meets at once', { ipc: 'H01M', region: '43', patentType: 'invention' }, true],
    ['one filter it fails among several', { ipc: 'H01M', region: '44', patentType: 'invention' }, false],
  ])('%s → %s', (_, filter, expected) => {
    expect(passes(filter)).toBe(expected);
  });

  it('prices a free licence and a running royalty without a fixed part at 0', () => {
    expect(passes({ maxPriceFen: 0 }, { royalty: { method: 'free', fixedFen: 0 } })).toBe(true);
    expect(
      passes(
        { maxPriceFen: 0 },
        { royalty: { method: 'running_royalty', fixedFen: 0, base: 'net_sales', ratePercent: 3 } },
      ),
    ).toBe(true);
  });

  it('hides a listing whose lapse date has passed, and keeps one lapsing today', () => {
    expect(passes({}, { lapseDate: '2026-05-31' })).toBe(false);
    expect(passes({}, { lapseDate: TODAY })).toBe(true);
  });
});

describe('regionPrefix', () => {
  it.each([
    ['430000', '43'],
    ['430100', '4301'],
    ['430104', '430104'],
    ['4300', '43'],
    ['43', '43'],
    ['110000', '11'],
  ])('reads %s as %s', (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });
});

describe('ipcMatcher', () => {
  const CODES = [
    'H01M 10/052',
    'H01M 10/00',
    'H01M 1/00',
    'H01M 100/10',
    'H01M',
    'H01L 21/02',
    'H02J 7/00',
    'A01B',
  ];
  const FILTERS = [...new Set(CODES.flatMap((code) => ipcAncestors(code))), 'H01M 10/05', 'H01M 1/10'];

  it('agrees with ipcAncestors: a code matches exactly the filters among its ancestors and itself', () => {
    for (const filter of FILTERS) {
      for (const code of CODES) {
        expect(ipcMatcher(filter)(code), `${filter} ∋ ${code}`).toBe(ipcAncestors(code).includes(filter));
      }
    }
  });
});
