import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  kindOf,
  searchFromQuery,
  searchToFilters,
  searchToQuery,
  wanToFen,
} from './catalogue-filters.ts';

describe('searchFromQuery', () => {
  it('reads the search from the hash, dropping unknown types and methods', () => {
    // Act
    const search = searchFromQuery(
      new URLSearchParams('q=荧光探针&patentType=invention&royaltyMethod=barter&maxPrice=50&region=4301'),
    );

    // Assess
    expect(search).toMatchObject({
      q: '荧光探针',
      patentType: 'invention',
      royaltyMethod: '',
      maxPrice: '50',
      region: '4301',
    });
    expect(hasFilters(search)).toBe(true);
    expect(hasFilters(searchFromQuery(new URLSearchParams('q=锂电')))).toBe(false);
  });

  it('round-trips through the hash, leaving out empty values and a holder name without a holder', () => {
    // Prepare
    const search = searchFromQuery(new URLSearchParams('q=锂电&holderName=中南大学&ipc=H01M'));

    // Act
    const query = searchToQuery(search);

    // Assess
    expect(query).toMatchObject({ q: '锂电', ipc: 'H01M', holderName: undefined, region: undefined });
  });
});

describe('kindOf', () => {
  it('lists both kinds unless single patents or bundles are chosen, and keeps the choice in the hash', () => {
    // Act
    const bundles = searchFromQuery(new URLSearchParams('kind=bundle&q=电驱'));
    const unknown = searchFromQuery(new URLSearchParams('kind=pool'));

    // Assess
    expect(kindOf(bundles)).toBe('bundle');
    expect(kindOf(unknown)).toBe('all');
    expect(kindOf(searchFromQuery(new URLSearchParams('kind=listing')))).toBe('listing');
    expect(searchToQuery(bundles)).toMatchObject({ kind: 'bundle', q: '电驱' });
    expect(hasFilters(bundles)).toBe(false);
  });
});

describe('wanToFen', () => {
  it.each([
    ['50', 50_000_000],
    ['12.5', 12_500_000],
    ['50万', 50_000_000],
    ['５０万元', 50_000_000],
    ['', undefined],
    ['五十', null],
  ] as const)('reads %j 万元 as %j fen', (text, fen) => {
    expect(wanToFen(text)).toBe(fen);
  });
});

describe('searchToFilters', () => {
  it('sends prices in fen and only what was given', () => {
    // Act
    const result = searchToFilters(
      searchFromQuery(
        new URLSearchParams('q=锂电&minPrice=10&maxPrice=50&holder=01J0000000000000000000000A'),
      ),
    );

    // Assess
    expect(result).toEqual({
      ok: true,
      filters: {
        q: '锂电',
        minPriceFen: 10_000_000,
        maxPriceFen: 50_000_000,
        holder: '01J0000000000000000000000A',
      },
    });
  });

  it('names a price it cannot read', () => {
    expect(searchToFilters(searchFromQuery(new URLSearchParams('minPrice=abc')))).toEqual({
      ok: false,
      errors: { minPrice: true },
    });
  });
});
