import { describe, expect, it } from 'vitest';
import { type AcceptanceInputs, earliestStart, readAcceptance, readPayment } from './acceptance-form.ts';

const TODAY = '2026-11-23';
const OFFER = { period: { start: '2026-01-01', end: '2030-12-31' }, dueFen: 4_800_000 };
const inputs = (over: Partial<AcceptanceInputs> = {}): AcceptanceInputs => ({
  startDate: '2026-12-01',
  contactName: '王经理',
  contactPhone: '0731-88888888',
  contactEmail: 'wang@example.com',
  payNow: true,
  paidOn: '2026-11-22',
  proofReference: 'HX20261122001',
  acceptsTerms: true,
  ...over,
});

describe('readAcceptance', () => {
  it('builds the notice with the payment of exactly what is due and where it came from', () => {
    expect(readAcceptance(inputs(), OFFER, TODAY, { pushId: 'P1' })).toEqual({
      ok: true,
      body: {
        startDate: '2026-12-01',
        contact: { name: '王经理', phone: '0731-88888888', email: 'wang@example.com' },
        acceptsTerms: true,
        payment: { amountFen: 4_800_000, paidOn: '2026-11-22', proofReference: 'HX20261122001' },
        pushId: 'P1',
      },
    });
  });

  it('sends the notice alone when the payment is recorded later, or nothing is due', () => {
    const later = readAcceptance(inputs({ payNow: false, proofReference: '' }), OFFER, TODAY);
    expect(later.ok && later.body.payment).toBeUndefined();
    const free = readAcceptance(inputs({ proofReference: '' }), { ...OFFER, dueFen: 0 }, TODAY);
    expect(free.ok && free.body.payment).toBeUndefined();
  });

  it('names every problem at once', () => {
    const answer = readAcceptance(
      inputs({
        startDate: '2031-01-01',
        contactName: ' ',
        contactEmail: 'nope',
        acceptsTerms: false,
        paidOn: '2026-11-24',
        proofReference: 'x',
      }),
      OFFER,
      TODAY,
    );
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(Object.keys(answer.errors).sort()).toEqual([
      'acceptsTerms',
      'contact.email',
      'contact.name',
      'payment.paidOn',
      'payment.proofReference',
      'startDate',
    ]);
    expect(answer.errors.startDate).toEqual({
      key: 'acceptance.error.startOutside',
      params: { start: '2026-01-01', end: '2030-12-31' },
    });
    expect(answer.errors['payment.paidOn']?.key).toBe('payment.error.future');
  });

  it('refuses a start before today', () => {
    const answer = readAcceptance(inputs({ startDate: '2026-11-01' }), OFFER, TODAY);
    expect(!answer.ok && answer.errors.startDate?.key).toBe('acceptance.error.startPast');
  });
});

describe('readPayment', () => {
  it('reads a payment or says what is wrong', () => {
    expect(readPayment({ paidOn: TODAY, proofReference: ' R-1 ' }, 100, TODAY)).toEqual({
      ok: true,
      payment: { amountFen: 100, paidOn: TODAY, proofReference: 'R-1' },
    });
    const bad = readPayment({ paidOn: '', proofReference: '' }, 100, TODAY);
    expect(!bad.ok && Object.keys(bad.errors)).toEqual(['paidOn', 'proofReference']);
  });
});

describe('earliestStart', () => {
  it('is today or the period’s start, whichever is later', () => {
    expect(earliestStart({ start: '2026-01-01', end: '2030-12-31' }, TODAY)).toBe(TODAY);
    expect(earliestStart({ start: '2027-02-01', end: '2030-12-31' }, TODAY)).toBe('2027-02-01');
  });
});
