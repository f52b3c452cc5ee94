import { describe, expect, it } from 'vitest';
import { type ExpectedVolume, type Royalty, volumesNeeded, volumesQuery } from './royalty.ts';

const CASES: [Royalty, ExpectedVolume[]][] = [
  [{ method: 'lump_sum', amountFen: 1 }, []],
  [{ method: 'free' }, []],
  [{ method: 'instalments', totalFen: 2, schedule: [{ dueAfterMonths: 0, amountFen: 2 }] }, []],
  [{ method: 'running_royalty', base: 'net_sales', ratePercent: 3 }, ['yearlySalesFen']],
  [{ method: 'running_royalty', base: 'profit', ratePercent: 10 }, ['yearlyProfitFen']],
  [{ method: 'entry_fee_plus_royalty', entryFeeFen: 1, base: 'per_unit', perUnitFen: 500 }, ['yearlyUnits']],
];

describe('volumesNeeded', () => {
  it.each(CASES)('asks %j for %j', (royalty, volumes) => {
    expect(volumesNeeded(royalty)).toEqual(volumes);
  });
});

describe('volumesQuery', () => {
  it('names the volumes given, in a fixed order', () => {
    expect(volumesQuery({ yearlyUnits: 20_000, yearlySalesFen: 500_000_000 })).toBe(
      '?yearlySalesFen=500000000&yearlyUnits=20000',
    );
  });

  it('is empty when nothing is given', () => {
    expect(volumesQuery({})).toBe('');
  });
});
