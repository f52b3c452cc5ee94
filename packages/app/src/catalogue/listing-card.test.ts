import type { Royalty } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { fixedPriceFen, royaltySummary } from './listing-card.ts';

describe('fixedPriceFen', () => {
  it.each<[string, Royalty, number]>([
    ['a lump sum is its amount', { method: 'lump_sum', amountFen: 5_000_000 }, 5_000_000],
    [
      'an entry fee plus royalty is the entry fee',
      { method: 'entry_fee_plus_royalty', entryFeeFen: 200_000, base: 'net_sales', ratePercent: 3 },
      200_000,
    ],
    [
      'instalments are their total',
      {
        method: 'instalments',
        totalFen: 900_000,
        schedule: [
          { dueAfterMonths: 0, amountFen: 300_000 },
          { dueAfterMonths: 12, amountFen: 600_000 },
        ],
      },
      900_000,
    ],
    ['a free licence is 0', { method: 'free' }, 0],
    [
      'a running royalty with no fixed part is 0',
      { method: 'running_royalty', base: 'per_unit', perUnitFen: 50 },
      0,
    ],
  ])('%s', (_, royalty, expected) => {
    expect(fixedPriceFen(royalty)).toBe(expected);
  });
});

describe('royaltySummary', () => {
  it('keeps the running terms and the fixed part of an entry fee plus royalty', () => {
    expect(
      royaltySummary({
        method: 'entry_fee_plus_royalty',
        entryFeeFen: 200_000,
        base: 'net_sales',
        ratePercent: 3.5,
      }),
    ).toEqual({ method: 'entry_fee_plus_royalty', fixedFen: 200_000, base: 'net_sales', ratePercent: 3.5 });
  });

  it('counts instalments instead of listing the schedule', () => {
    expect(
      royaltySummary({
        method: 'instalments',
        totalFen: 300,
        schedule: [
          { dueAfterMonths: 0, amountFen: 100 },
          { dueAfterMonths: 6, amountFen: 200 },
        ],
      }),
    ).toEqual({ method: 'instalments', fixedFen: 300, instalments: 2 });
  });
});
