import { describe, expect, it } from 'vitest';
import type { Royalty } from './royalty.ts';
import { calculateRoyalty, volumesNeeded } from './royalty-calculator.ts';

const threeYears = { start: '2025-07-01', end: '2028-06-30' };
/** Two whole years and 181 of the 365 days of the third. */
const twoAndAHalfYears = { start: '2025-01-01', end: '2027-06-30' };

describe('calculateRoyalty', () => {
  it('charges 4 % of ¥1.2 million sales as ¥48,000 a year, ¥144,000 over 3 years', () => {
    // Prepare
    const royalty: Royalty = { method: 'running_royalty', base: 'net_sales', ratePercent: 4 };

    // Act
    const estimate = calculateRoyalty(royalty, threeYears, { yearlySalesFen: 120_000_000 });

    // Assess
    expect(estimate).toEqual({
      years: [
        { year: 1, amountFen: 4_800_000 },
        { year: 2, amountFen: 4_800_000 },
        { year: 3, amountFen: 4_800_000 },
      ],
      totalFen: 14_400_000,
      missingInputs: [],
    });
  });

  it('pro-rates a partial last year by days, rounding half up to the fen', () => {
    // Prepare: 10 % of 365 fen profit is 36.5 fen a year; 181/365 of it is 18.1 fen
    const royalty: Royalty = { method: 'running_royalty', base: 'profit', ratePercent: 10 };

    // Act
    const { years } = calculateRoyalty(royalty, twoAndAHalfYears, { yearlyProfitFen: 365 });

    // Assess
    expect(years.map((y) => y.amountFen)).toEqual([37, 37, 18]);
  });

  it('charges per unit and pro-rates the last year', () => {
    const royalty: Royalty = { method: 'running_royalty', base: 'per_unit', perUnitFen: 200 };

    const { years, totalFen } = calculateRoyalty(royalty, twoAndAHalfYears, { yearlyUnits: 1_000 });

    // 200,000 × 181 / 365 = 99,178.08…
    expect(years.map((y) => y.amountFen)).toEqual([200_000, 200_000, 99_178]);
    expect(totalFen).toBe(499_178);
  });

  it('uses a rate with two decimals exactly', () => {
    const royalty: Royalty = { method: 'running_royalty', base: 'net_sales', ratePercent: 0.29 };

    expect(
      calculateRoyalty(royalty, { start: '2025-01-01', end: '2025-12-31' }, { yearlySalesFen: 100 }).totalFen,
    ).toBe(0);
    expect(
      calculateRoyalty(royalty, { start: '2025-01-01', end: '2025-12-31' }, { yearlySalesFen: 1_000_000 })
        .totalFen,
    ).toBe(2_900);
  });

  it('charges a lump sum in year 1 only', () => {
    const { years, totalFen } = calculateRoyalty(
      { method: 'lump_sum', amountFen: 5_000_000 },
      threeYears,
      {},
    );

    expect(years.map((y) => y.amountFen)).toEqual([5_000_000, 0, 0]);
    expect(totalFen).toBe(5_000_000);
  });

  it('adds an entry fee to the first year of the running royalty', () => {
    const royalty: Royalty = {
      method: 'entry_fee_plus_royalty',
      entryFeeFen: 1_000_000,
      base: 'net_sales',
      ratePercent: 2,
    };

    const { years } = calculateRoyalty(royalty, threeYears, { yearlySalesFen: 50_000_000 });

    expect(years.map((y) => y.amountFen)).toEqual([2_000_000, 1_000_000, 1_000_000]);
  });

  it('places instalments in the licence year they fall due, and a late one in the last year', () => {
    const royalty: Royalty = {
      method: 'instalments',
      totalFen: 1_000,
      schedule: [
        { dueAfterMonths: 0, amountFen: 100 },
        { dueAfterMonths: 11, amountFen: 200 },
        { dueAfterMonths: 12, amountFen: 300 },
        { dueAfterMonths: 48, amountFen: 400 },
      ],
    };

    const { years, totalFen } = calculateRoyalty(royalty, threeYears, {});

    expect(years.map((y) => y.amountFen)).toEqual([300, 300, 400]);
    expect(totalFen).toBe(1_000);
  });

  it('gives a free licence zero in every year', () => {
    expect(calculateRoyalty({ method: 'free' }, threeYears, {})).toEqual({
      years: [
        { year: 1, amountFen: 0 },
        { year: 2, amountFen: 0 },
        { year: 3, amountFen: 0 },
      ],
      totalFen: 0,
      missingInputs: [],
    });
  });

  it.each([
    [{ method: 'running_royalty', base: 'net_sales', ratePercent: 5 }, 'yearlySalesFen', 0],
    [{ method: 'running_royalty', base: 'profit', ratePercent: 5 }, 'yearlyProfitFen', 0],
    [{ method: 'running_royalty', base: 'per_unit', perUnitFen: 5 }, 'yearlyUnits', 0],
    [
      { method: 'entry_fee_plus_royalty', entryFeeFen: 700, base: 'net_sales', ratePercent: 5 },
      'yearlySalesFen',
      700,
    ],
  ] as [Royalty, string, number][])(
    'reports the missing estimate for %o and counts only the fixed part',
    (royalty, missing, total) => {
      const estimate = calculateRoyalty(royalty, threeYears, { yearlyUnits: undefined });

      expect(estimate.missingInputs).toEqual([missing]);
      expect(estimate.totalFen).toBe(total);
    },
  );

  it('stays exact for very large sales', () => {
    const royalty: Royalty = { method: 'running_royalty', base: 'net_sales', ratePercent: 99.99 };

    const { totalFen } = calculateRoyalty(
      royalty,
      { start: '2025-01-01', end: '2025-12-31' },
      {
        yearlySalesFen: 9_000_000_000_000_000,
      },
    );

    expect(totalFen).toBe(8_999_100_000_000_000);
  });

  it('throws RangeError on a fractional estimate', () => {
    const royalty: Royalty = { method: 'running_royalty', base: 'per_unit', perUnitFen: 5 };

    expect(() => calculateRoyalty(royalty, threeYears, { yearlyUnits: 1.5 })).toThrow(RangeError);
  });
});

describe('volumesNeeded', () => {
  it.each([
    [{ method: 'lump_sum', amountFen: 100 }, []],
    [{ method: 'free' }, []],
    [{ method: 'instalments', totalFen: 100, schedule: [{ dueAfterMonths: 0, amountFen: 100 }] }, []],
    [{ method: 'running_royalty', base: 'net_sales', ratePercent: 3 }, ['yearlySalesFen']],
    [{ method: 'running_royalty', base: 'profit', ratePercent: 3 }, ['yearlyProfitFen']],
    [{ method: 'entry_fee_plus_royalty', entryFeeFen: 1, base: 'per_unit', perUnitFen: 5 }, ['yearlyUnits']],
  ] satisfies [Royalty, string[]][])('asks a %o licensee for %o', (royalty, expected) => {
    expect(volumesNeeded(royalty)).toEqual(expected);
  });
});
