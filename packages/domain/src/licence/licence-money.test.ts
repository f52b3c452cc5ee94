import { describe, expect, it } from 'vitest';
import { nextInstalment, paymentDueNow, splitEvenly } from './licence-money.ts';
import type { OpenLicence } from './open-licence.ts';

const instalments = {
  method: 'instalments' as const,
  totalFen: 900_000,
  schedule: [
    { dueAfterMonths: 0, amountFen: 300_000 },
    { dueAfterMonths: 12, amountFen: 400_000 },
    { dueAfterMonths: 6, amountFen: 200_000 },
  ],
};
const licence = (payments: number, status: OpenLicence['status'] = 'effective') => ({
  status,
  dueOnAcceptanceFen: 300_000,
  terms: {
    royalty: instalments,
    period: { start: '2026-12-01', end: '2029-11-30' },
    scope: '制造',
    territory: '中国大陆',
  },
  payments: Array.from({ length: payments }, () => ({
    amountFen: 1,
    paidOn: '2026-12-01',
    proofReference: 'P1',
  })),
});

describe('licence money', () => {
  it('splits evenly with the remainder to the first', () => {
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(splitEvenly(5, 1)).toEqual([5]);
  });

  it('asks for the acceptance amount first, then the later instalments in the order they fall due', () => {
    expect(paymentDueNow(licence(0, 'notice_sent'))).toBe(300_000);
    expect(nextInstalment(licence(1))).toEqual({ number: 3, amountFen: 200_000, dueOn: '2027-06-01' });
    expect(nextInstalment(licence(2))).toEqual({ number: 2, amountFen: 400_000, dueOn: '2027-12-01' });
    expect(paymentDueNow(licence(3))).toBe(0);
  });
});
