import { describe, expect, it } from 'vitest';
import { RoyaltySchema, rateBasisPoints } from './royalty.ts';

const issues = (input: unknown) =>
  (RoyaltySchema.safeParse(input).error?.issues ?? []).map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));

describe('RoyaltySchema', () => {
  it.each([
    { method: 'lump_sum', amountFen: 4_800_000 },
    { method: 'running_royalty', base: 'net_sales', ratePercent: 3.25 },
    { method: 'running_royalty', base: 'profit', ratePercent: 100 },
    { method: 'running_royalty', base: 'per_unit', perUnitFen: 150 },
    { method: 'entry_fee_plus_royalty', entryFeeFen: 1_000_000, base: 'net_sales', ratePercent: 0.29 },
    {
      method: 'instalments',
      totalFen: 300_000,
      schedule: [
        { dueAfterMonths: 0, amountFen: 100_000 },
        { dueAfterMonths: 12, amountFen: 200_000 },
      ],
    },
    { method: 'free' },
  ])('accepts $method', (royalty) => {
    expect(RoyaltySchema.parse(royalty)).toEqual(royalty);
  });

  it.each([
    [
      'a zero lump sum',
      { method: 'lump_sum', amountFen: 0 },
      'amountFen',
      '一次性付费金额（免费许可请选择"免费"）须大于 0 / amountFen must be more than 0',
    ],
    [
      'a fractional lump sum',
      { method: 'lump_sum', amountFen: 10.5 },
      'amountFen',
      '金额必须是以分为单位的整数 / amount must be a whole number of fen',
    ],
    [
      'a sales royalty without a rate',
      { method: 'running_royalty', base: 'net_sales' },
      'ratePercent',
      '按净销售额或利润提成时请填写提成比例（ratePercent）/ ratePercent is required when the base is net_sales or profit',
    ],
    [
      'a per-unit royalty without a unit fee',
      { method: 'running_royalty', base: 'per_unit' },
      'perUnitFen',
      '按件提成时请填写每件费用（perUnitFen）/ perUnitFen is required when the base is per_unit',
    ],
    [
      'a rate of zero',
      { method: 'running_royalty', base: 'profit', ratePercent: 0 },
      'ratePercent',
      '提成比例须大于 0 / ratePercent must be more than 0',
    ],
    [
      'a rate above 100',
      { method: 'running_royalty', base: 'profit', ratePercent: 100.01 },
      'ratePercent',
      '提成比例不能超过 100% / ratePercent must be at most 100',
    ],
    [
      'a rate with three decimals',
      { method: 'running_royalty', base: 'net_sales', ratePercent: 1.125 },
      'ratePercent',
      '提成比例最多两位小数 / ratePercent has at most two decimals',
    ],
    [
      'an entry fee of zero',
      { method: 'entry_fee_plus_royalty', entryFeeFen: 0, base: 'net_sales', ratePercent: 5 },
      'entryFeeFen',
      '入门费须大于 0 / entryFeeFen must be more than 0',
    ],
    [
      'instalments that do not add up',
      { method: 'instalments', totalFen: 300, schedule: [{ dueAfterMonths: 0, amountFen: 200 }] },
      'schedule',
      '各期金额之和（200 分）应等于分期总额（300 分）/ schedule amounts add up to 200 fen, not totalFen 300',
    ],
    [
      'instalments out of order',
      {
        method: 'instalments',
        totalFen: 300,
        schedule: [
          { dueAfterMonths: 6, amountFen: 100 },
          { dueAfterMonths: 6, amountFen: 200 },
        ],
      },
      'schedule.1.dueAfterMonths',
      '各期应按到期月数从早到晚排列且不重复 / schedule must be in ascending dueAfterMonths without repeats',
    ],
    [
      'an empty schedule',
      { method: 'instalments', totalFen: 300, schedule: [] },
      'schedule',
      '请至少填写一期 / schedule needs at least one instalment',
    ],
  ])('refuses %s, naming the field', (_name, royalty, path, message) => {
    expect(issues(royalty)).toContainEqual({ path, message });
  });

  it('refuses a rate and a unit fee together', () => {
    expect(
      issues({ method: 'running_royalty', base: 'per_unit', perUnitFen: 100, ratePercent: 5 }).map(
        (i) => i.path,
      ),
    ).toEqual(['ratePercent']);
    expect(
      issues({ method: 'running_royalty', base: 'net_sales', perUnitFen: 100, ratePercent: 5 }).map(
        (i) => i.path,
      ),
    ).toEqual(['perUnitFen']);
  });

  it('asks for a method when it is missing or unknown', () => {
    expect(issues({ method: 'barter' })[0]?.message).toMatch(
      /^请选择许可使用费支付方式.* \/ choose the royalty method/,
    );
  });
});

describe('rateBasisPoints', () => {
  it.each([
    [3.25, 325],
    [0.29, 29],
    [100, 10_000],
    [1.15, 115],
  ])('turns %d %% into %i hundredths of a per cent', (rate, points) => {
    expect(rateBasisPoints(rate)).toBe(points);
  });
});
