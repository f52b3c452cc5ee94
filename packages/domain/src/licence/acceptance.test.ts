import { describe, expect, it } from 'vitest';
import type { Royalty } from '../declaration/royalty.ts';
import { type AcceptanceInput, acceptanceIssues, dueOnAcceptance } from './acceptance.ts';

const period = { start: '2026-01-01', end: '2030-12-31' };
const contact = { name: '王经理', phone: '13812345678', email: 'wang@example.cn' };
const lumpSum: Royalty = { method: 'lump_sum', amountFen: 4_800_000 };

function input(overrides: Partial<AcceptanceInput> = {}): AcceptanceInput {
  return {
    startDate: '2026-12-01',
    contact,
    payment: { amountFen: 4_800_000, paidOn: '2026-11-20', proofReference: 'HX2026112001' },
    acceptsTerms: true,
    ...overrides,
  };
}

describe('due on acceptance', () => {
  it.each<[string, Royalty, number]>([
    ['a lump sum in full', lumpSum, 4_800_000],
    [
      'the entry fee of an entry fee plus royalty',
      { method: 'entry_fee_plus_royalty', entryFeeFen: 200_000, base: 'net_sales', ratePercent: 3 },
      200_000,
    ],
    [
      'only the instalments due in the first month',
      {
        method: 'instalments',
        totalFen: 900_000,
        schedule: [
          { dueAfterMonths: 0, amountFen: 300_000 },
          { dueAfterMonths: 12, amountFen: 600_000 },
        ],
      },
      300_000,
    ],
    ['nothing for a running royalty', { method: 'running_royalty', base: 'per_unit', perUnitFen: 50 }, 0],
    ['nothing for a free licence', { method: 'free' }, 0],
  ])('is %s', (_, royalty, due) => {
    expect(dueOnAcceptance(royalty)).toBe(due);
  });
});

describe('acceptance issues', () => {
  it('accepts the declared terms paid in full', () => {
    expect(acceptanceIssues(input(), { royalty: lumpSum, period }, '2026-11-23')).toEqual([]);
  });

  it('refuses another amount than the one every licensee pays, naming both', () => {
    const issues = acceptanceIssues(
      input({ payment: { amountFen: 4_000_000, paidOn: '2026-11-20', proofReference: 'HX1' } }),
      { royalty: lumpSum, period },
      '2026-11-23',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'payment_amount', field: 'payment.amountFen' });
    expect(issues[0]?.message).toContain('¥48,000.00');
    expect(issues[0]?.message).toContain('¥40,000.00');
  });

  it('lets the notice go before the payment (the licence waits for it), and refuses a payment of a free licence', () => {
    const unpaid = input({ payment: undefined });
    expect(acceptanceIssues(unpaid, { royalty: lumpSum, period }, '2026-11-23')).toEqual([]);
    expect(
      acceptanceIssues(input(), { royalty: { method: 'free' }, period }, '2026-11-23').map((i) => i.code),
    ).toEqual(['nothing_due']);
  });

  it('reports a past start outside the period and a future payment date all at once', () => {
    const issues = acceptanceIssues(
      input({
        startDate: '2025-06-01',
        payment: { amountFen: 4_800_000, paidOn: '2026-12-25', proofReference: 'HX1' },
      }),
      { royalty: lumpSum, period },
      '2026-11-23',
    );
    expect(issues.map((i) => i.field)).toEqual(['startDate', 'startDate', 'payment.paidOn']);
  });
});
