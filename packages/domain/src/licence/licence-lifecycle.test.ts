import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  assertMayFile,
  filersOf,
  filingIssues,
  instalmentDueNow,
  readersOf,
  royaltyReportDue,
  unpaidReport,
} from './licence-lifecycle.ts';
import type { OpenLicence } from './open-licence.ts';

const base: OpenLicence = {
  id: 'L1',
  offer: {
    kind: 'listing',
    id: 'D1',
    title: '隔膜',
    declarationIds: ['D1'],
    patentNumbers: ['202310123456.7'],
  },
  licensors: [{ orgId: 'U1', name: '湘江大学' }],
  licensee: { orgId: 'E1', name: '衡阳新能' },
  contact: { name: '王经理', phone: '13812345678', email: 'wang@example.cn' },
  terms: {
    royalty: { method: 'entry_fee_plus_royalty', entryFeeFen: 200_000, base: 'net_sales', ratePercent: 3 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    scope: '制造',
    territory: '中国大陆',
  },
  startDate: '2026-02-01',
  noticeDate: '2026-02-01',
  status: 'effective',
  dueOnAcceptanceFen: 200_000,
  payments: [{ amountFen: 200_000, paidOn: '2026-02-01', proofReference: 'HX1' }],
  effectiveDate: '2026-02-01',
  filing: { deadline: '2026-05-01', remindersSent: [] },
  royaltyReports: [
    {
      id: 'R1',
      periodStart: '2026-02-01',
      periodEnd: '2026-03-31',
      netSalesFen: 1_000_000,
      amountDueFen: 30_000,
      reportedAt: 'x',
    },
  ],
  receipts: [],
  brokerOrgId: 'A1',
  createdAt: 'x',
  updatedAt: 'x',
  version: 3,
};

const codeOf = (act: () => unknown) => {
  try {
    act();
    return 'ok';
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : 'other';
  }
};

describe('licence lifecycle', () => {
  it('lets licensee, licensors and broker read; only licensee and licensors file', () => {
    expect(readersOf(base)).toEqual(['E1', 'U1', 'A1']);
    expect(filersOf(base)).toEqual(['E1', 'U1']);
  });

  it.each([
    { status: 'notice_sent', filing: undefined, expected: '409 licence_not_effective' },
    { status: 'effective', filing: base.filing, expected: 'ok' },
    {
      status: 'filed',
      filing: { ...base.filing!, filedOn: '2026-03-01', filingNumber: 'B1' },
      expected: '409 already_filed',
    },
  ] as const)('filing a $status licence: $expected', ({ status, filing, expected }) => {
    expect(
      codeOf(() => assertMayFile({ ...base, status, ...(filing ? { filing } : { filing: undefined }) })),
    ).toBe(expected);
  });

  it.each([
    { filedOn: '2026-03-01', codes: [] },
    { filedOn: '2026-06-02', codes: ['filed_in_future'] },
    { filedOn: '2026-01-31', codes: ['filed_before_effect'] },
  ])('a filing dated $filedOn: $codes', ({ filedOn, codes }) => {
    expect(filingIssues('2026-02-01', filedOn, '2026-06-01').map((i) => i.code)).toEqual(codes);
  });

  it.each([
    { status: 'ended', expected: '409 licence_closed' },
    { status: 'dispute', expected: '409 licence_closed' },
    { status: 'effective', expected: '409 nothing_due' },
  ] as const)(
    'no instalment is paid on a $status licence with a running royalty ($expected)',
    ({ status, expected }) => {
      expect(codeOf(() => instalmentDueNow({ ...base, status }))).toBe(expected);
    },
  );

  it.each([
    { input: { periodStart: '2026-04-01', periodEnd: '2026-06-30', netSalesFen: 1_000_000 }, due: 30_000 },
    {
      input: { periodStart: '2026-03-01', periodEnd: '2026-04-30', netSalesFen: 1 },
      codes: ['period_overlap'],
    },
    {
      input: { periodStart: '2026-07-01', periodEnd: '2026-07-31', netSalesFen: 1 },
      codes: ['period_in_future'],
    },
  ])('a royalty report of $input.periodStart–$input.periodEnd', ({ input, due, codes }) => {
    const result = royaltyReportDue(base, input, '2026-06-30');
    if (due !== undefined) expect(result).toEqual({ ok: true, amountFen: due });
    else expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(codes);
  });

  it('refuses a report on a licence not in effect, and paying a report twice', () => {
    expect(
      codeOf(() => royaltyReportDue({ ...base, status: 'ended' }, base.royaltyReports[0]!, '2026-06-30')),
    ).toBe('409 licence_not_effective');
    const paid = {
      ...base,
      royaltyReports: [{ ...base.royaltyReports[0]!, paidOn: '2026-04-05', proofReference: 'P' }],
    };
    expect(codeOf(() => unpaidReport(paid, 'R1'))).toBe('409 already_paid');
    expect(codeOf(() => unpaidReport(base, 'nope'))).toBe('404 not_found');
  });
});
