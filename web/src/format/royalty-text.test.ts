import { afterEach, describe, expect, it } from 'vitest';
import type { Royalty } from '../api/royalty.ts';
import { setLocale } from '../i18n/messages.ts';
import { instalmentLines, royaltyLine, summaryOf } from './royalty-text.ts';

const line = (royalty: Royalty) => royaltyLine(summaryOf(royalty), 'zh-CN');

const CASES: [Royalty, string][] = [
  [{ method: 'lump_sum', amountFen: 50_000_000 }, '一次性付费：50万元'],
  [{ method: 'running_royalty', base: 'net_sales', ratePercent: 3 }, '提成支付：按净销售额的 3%'],
  [{ method: 'running_royalty', base: 'profit', ratePercent: 12.5 }, '提成支付：按利润的 12.5%'],
  [{ method: 'running_royalty', base: 'per_unit', perUnitFen: 500 }, '提成支付：按每件 5元'],
  [
    { method: 'entry_fee_plus_royalty', entryFeeFen: 20_000_000, base: 'net_sales', ratePercent: 2 },
    '入门费+提成：入门费 20万元，另按净销售额的 2% 提成',
  ],
  [
    {
      method: 'instalments',
      totalFen: 30_000_000,
      schedule: [
        { dueAfterMonths: 0, amountFen: 10_000_000 },
        { dueAfterMonths: 12, amountFen: 20_000_000 },
      ],
    },
    '分期付费：共 30万元，分 2 期支付',
  ],
  [{ method: 'free' }, '免费许可'],
];

describe('royaltyLine', () => {
  afterEach(() => setLocale('zh-CN'));

  it.each(CASES)('states %j as %s', (royalty, text) => {
    expect(line(royalty)).toBe(text);
  });

  it('reads a catalogue row’s summary the same way', () => {
    expect(royaltyLine({ method: 'lump_sum', fixedFen: 12_000_000 }, 'zh-CN')).toBe('一次性付费：12万元');
  });

  it('speaks English in yuan', () => {
    // Prepare
    setLocale('en');

    // Act
    const text = royaltyLine(summaryOf({ method: 'lump_sum', amountFen: 50_000_000 }), 'en');

    // Assess
    expect(text).toBe('Lump sum: ¥500,000');
  });
});

describe('instalmentLines', () => {
  it('says when each instalment falls due', () => {
    expect(
      instalmentLines(
        {
          method: 'instalments',
          totalFen: 30_000_000,
          schedule: [
            { dueAfterMonths: 0, amountFen: 10_000_000 },
            { dueAfterMonths: 12, amountFen: 20_000_000 },
          ],
        },
        'zh-CN',
      ),
    ).toEqual(['第 1 期：许可期限开始时支付 10万元', '第 2 期：许可期限开始后第 12 个月支付 20万元']);
  });

  it('has none for other methods', () => {
    expect(instalmentLines({ method: 'free' }, 'zh-CN')).toEqual([]);
  });
});
