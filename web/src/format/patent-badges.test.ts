import { describe, expect, it } from 'vitest';
import type { Patent } from '../api/patents.ts';
import { displayPatentNumber, patentBadges } from './patent-badges.ts';

const TODAY = '2026-05-01';

function patent(legal: Partial<Patent['legal']> = {}, dates: Partial<Patent> = {}) {
  return {
    grantDate: '2019-11-05',
    expiryDate: '2037-07-25',
    ...dates,
    legal: { annualFee: 'paid' as const, proceedingsSuspended: false, ...legal },
  };
}

const labels = (p: ReturnType<typeof patent>) => patentBadges(p, TODAY).map((badge) => badge.label);

describe('patentBadges', () => {
  it('shows only the paid fee for a patent in good standing', () => {
    expect(patentBadges(patent(), TODAY)).toEqual([{ label: 'patent.badge.fee.paid', tone: 'ok' }]);
  });

  it.each([
    ['late_window', 'patent.badge.fee.late_window', 'warn'],
    ['lapsed', 'patent.badge.fee.lapsed', 'danger'],
  ] as const)('shows a %s annual fee', (annualFee, label, tone) => {
    expect(patentBadges(patent({ annualFee }), TODAY)).toEqual([{ label, tone }]);
  });

  it('marks a patent expired when its expiry is before today, and drops the fee badge', () => {
    expect(labels(patent({}, { expiryDate: '2026-04-30' }))).toEqual(['patent.badge.expired']);
  });

  it('does not mark a patent expired on its last day', () => {
    expect(labels(patent({}, { expiryDate: TODAY }))).not.toContain('patent.badge.expired');
  });

  it('tells a pledge with the pledgee’s consent from one without', () => {
    expect(labels(patent({ pledge: { pledgee: '长沙银行', pledgeeConsented: true } }))).toContain(
      'patent.badge.pledged',
    );
    expect(labels(patent({ pledge: { pledgee: '长沙银行', pledgeeConsented: false } }))).toContain(
      'patent.badge.pledgedNoConsent',
    );
  });

  it('shows an exclusive or sole licence only while it runs', () => {
    const running = patentBadges(patent({ exclusiveLicence: { kind: 'exclusive', until: TODAY } }), TODAY);
    expect(running).toContainEqual({
      label: 'patent.badge.exclusive',
      tone: 'warn',
      params: { until: TODAY },
    });
    expect(labels(patent({ exclusiveLicence: { kind: 'sole', until: '2027-01-01' } }))).toContain(
      'patent.badge.sole',
    );
    expect(labels(patent({ exclusiveLicence: { kind: 'sole', until: '2026-04-30' } }))).not.toContain(
      'patent.badge.sole',
    );
  });

  it('shows suspended proceedings, invalidation and a missing grant', () => {
    expect(labels(patent({ proceedingsSuspended: true }))).toContain('patent.badge.suspended');
    expect(labels(patent({ invalidated: true }))).toEqual(['patent.badge.invalidated']);
    expect(labels(patent({}, { grantDate: undefined }))).toContain('patent.badge.notGranted');
  });

  it('puts the most serious badge first', () => {
    const badges = labels(
      patent(
        { proceedingsSuspended: true, pledge: { pledgee: 'x', pledgeeConsented: false } },
        {
          expiryDate: '2020-01-01',
        },
      ),
    );
    expect(badges[0]).toBe('patent.badge.expired');
  });
});

describe('displayPatentNumber', () => {
  it('prefixes ZL', () => {
    expect(displayPatentNumber('201710601862.3')).toBe('ZL201710601862.3');
  });
});
