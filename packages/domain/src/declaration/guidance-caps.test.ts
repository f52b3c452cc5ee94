import { describe, expect, it } from 'vitest';
import { royaltyGuidanceWarnings } from './guidance-caps.ts';
import type { Royalty } from './royalty.ts';

const codes = (royalty: Royalty) => royaltyGuidanceWarnings(royalty).map((w) => [w.code, w.field]);

describe('royaltyGuidanceWarnings', () => {
  it.each<[string, Royalty]>([
    ['a lump sum of exactly ¥20 million', { method: 'lump_sum', amountFen: 2_000_000_000 }],
    ['20 % of net sales', { method: 'running_royalty', base: 'net_sales', ratePercent: 20 }],
    ['40 % of profit', { method: 'running_royalty', base: 'profit', ratePercent: 40 }],
    ['21 % of profit, below the profit cap', { method: 'running_royalty', base: 'profit', ratePercent: 21 }],
    ['a per-unit fee', { method: 'running_royalty', base: 'per_unit', perUnitFen: 9_000_000_000 }],
    ['a free licence', { method: 'free' }],
  ])('says nothing for %s', (_name, royalty) => {
    expect(royaltyGuidanceWarnings(royalty)).toEqual([]);
  });

  it.each<[string, Royalty, string[][]]>([
    [
      'a lump sum above ¥20 million',
      { method: 'lump_sum', amountFen: 2_000_000_001 },
      [['fixed_fee_above_guidance', 'royalty.amountFen']],
    ],
    [
      'instalments totalling above ¥20 million',
      {
        method: 'instalments',
        totalFen: 3_000_000_000,
        schedule: [{ dueAfterMonths: 0, amountFen: 3_000_000_000 }],
      },
      [['fixed_fee_above_guidance', 'royalty.totalFen']],
    ],
    [
      'a large entry fee and a high sales rate together',
      { method: 'entry_fee_plus_royalty', entryFeeFen: 2_500_000_000, base: 'net_sales', ratePercent: 20.01 },
      [
        ['fixed_fee_above_guidance', 'royalty.entryFeeFen'],
        ['net_sales_rate_above_guidance', 'royalty.ratePercent'],
      ],
    ],
    [
      'more than 40 % of profit',
      { method: 'running_royalty', base: 'profit', ratePercent: 45 },
      [['profit_rate_above_guidance', 'royalty.ratePercent']],
    ],
  ])('warns about %s', (_name, royalty, expected) => {
    expect(codes(royalty)).toEqual(expected);
  });

  it('says in both languages that the guidance is reported and unconfirmed', () => {
    const [warning] = royaltyGuidanceWarnings({ method: 'lump_sum', amountFen: 2_500_000_000 });

    expect(warning?.message).toContain('¥25,000,000.00');
    expect(warning?.message).toContain('尚未正式确认');
    expect(warning?.message).toContain('not officially confirmed');
    expect(warning?.message.indexOf(' / ')).toBeGreaterThan(0);
  });
});
