import { describe, expect, it } from 'vitest';
import type { OpenLicence } from '../api/licences.ts';
import {
  daysBetween,
  dueNowFen,
  dueOnAcceptance,
  filingBadge,
  filingState,
  hasRunningRoyalty,
  isLicensee,
  licenceStatusBadge,
  mayFile,
  outstandingFen,
  reportVolumeField,
} from './licence-view.ts';

describe('dueOnAcceptance', () => {
  it('asks the lump sum, the entry fee or the first month’s instalments, and nothing for running or free', () => {
    expect(dueOnAcceptance({ method: 'lump_sum', amountFen: 4_800_000 })).toBe(4_800_000);
    expect(
      dueOnAcceptance({
        method: 'entry_fee_plus_royalty',
        entryFeeFen: 200_000,
        base: 'net_sales',
        ratePercent: 3,
      }),
    ).toBe(200_000);
    expect(
      dueOnAcceptance({
        method: 'instalments',
        totalFen: 900,
        schedule: [
          { dueAfterMonths: 0, amountFen: 300 },
          { dueAfterMonths: 0, amountFen: 100 },
          { dueAfterMonths: 12, amountFen: 500 },
        ],
      }),
    ).toBe(400);
    expect(dueOnAcceptance({ method: 'running_royalty', base: 'profit', ratePercent: 5 })).toBe(0);
    expect(dueOnAcceptance({ method: 'free' })).toBe(0);
  });
});

describe('running royalties', () => {
  it('names the report field the base is computed on', () => {
    expect(reportVolumeField({ method: 'running_royalty', base: 'per_unit', perUnitFen: 50 })).toBe('units');
    expect(
      reportVolumeField({
        method: 'entry_fee_plus_royalty',
        entryFeeFen: 1,
        base: 'net_sales',
        ratePercent: 1,
      }),
    ).toBe('netSalesFen');
    expect(reportVolumeField({ method: 'lump_sum', amountFen: 1 })).toBeNull();
    expect(hasRunningRoyalty({ method: 'running_royalty', base: 'profit', ratePercent: 2 })).toBe(true);
    expect(hasRunningRoyalty({ method: 'free' })).toBe(false);
  });
});

describe('filing state', () => {
  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });

  it.each([
    ['2026-12-01', 'due'],
    ['2027-01-29', 'due_soon'],
    ['2027-02-21', 'urgent'],
    ['2027-02-28', 'urgent'],
    ['2027-03-01', 'overdue'],
  ] as const)('on %s a licence due 2027-02-28 is %s', (today, state) => {
    expect(filingState({ deadline: '2027-02-28' }, today)).toBe(state);
  });

  it('is filed once a filing date is recorded, even late', () => {
    expect(filingState({ deadline: '2027-02-28', filedOn: '2027-03-05' }, '2027-04-01')).toBe('filed');
  });

  it('gives a badge with the days left or overdue, none before the licence took effect', () => {
    expect(filingBadge({}, '2027-01-01')).toBeNull();
    expect(filingBadge({ filing: { deadline: '2027-02-28', remindersSent: [] } }, '2027-03-03')).toEqual({
      label: 'licence.filing.overdue',
      tone: 'danger',
      params: { days: 3, deadline: '2027-02-28', date: '' },
    });
    expect(
      filingBadge({ filing: { deadline: '2027-02-28', remindersSent: [30] } }, '2027-02-01')?.params?.days,
    ).toBe(27);
  });
});

describe('licence figures', () => {
  const licence = {
    status: 'notice_sent',
    dueOnAcceptanceFen: 500,
    licensee: { orgId: 'E', name: '企业' },
    licensors: [
      { orgId: 'U1', name: '大学' },
      { orgId: 'U2', name: '研究院' },
    ],
    royaltyReports: [
      { id: 'r1', periodStart: '2027-01-01', periodEnd: '2027-03-31', amountDueFen: 70, reportedAt: 'x' },
      {
        id: 'r2',
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        amountDueFen: 30,
        reportedAt: 'x',
        paidOn: '2027-01-05',
        proofReference: 'P1',
      },
    ],
  } satisfies Partial<OpenLicence>;

  it('owes the due payment until it takes effect, and unpaid reports', () => {
    expect(outstandingFen(licence)).toBe(570);
    expect(outstandingFen({ ...licence, status: 'effective' })).toBe(70);
  });

  it('lets the licensee pay and the licensee or a licensor file', () => {
    expect(isLicensee(licence, 'E')).toBe(true);
    expect(isLicensee(licence, 'U1')).toBe(false);
    expect(mayFile(licence, 'U2')).toBe(true);
    expect(mayFile(licence, 'A')).toBe(false);
    expect(mayFile(licence, undefined)).toBe(false);
  });

  it('colours the status', () => {
    expect(licenceStatusBadge('effective')).toEqual({ label: 'licence.status.effective', tone: 'ok' });
    expect(licenceStatusBadge('notice_sent').tone).toBe('warn');
  });

  it('asks the server’s due-now figure for a payment, else the acceptance payment while waiting for it', () => {
    expect(dueNowFen({ status: 'effective', dueOnAcceptanceFen: 500, dueNowFen: 300 })).toBe(300);
    expect(dueNowFen({ status: 'notice_sent', dueOnAcceptanceFen: 500 })).toBe(500);
    expect(dueNowFen({ status: 'effective', dueOnAcceptanceFen: 500 })).toBe(0);
  });
});
