import type { AcceptanceRequest, Payment } from '../../api/licences.ts';
import type { LicencePeriod } from '../../api/royalty.ts';
import type { MessageKey, MessageParams } from '../../i18n/messages.ts';

/** What the notice form holds, as typed. */
export interface AcceptanceInputs {
  startDate: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** Record the payment with the notice (when something is due); otherwise it is recorded later. */
  payNow: boolean;
  paidOn: string;
  proofReference: string;
  acceptsTerms: boolean;
}

export interface FormError {
  key: MessageKey;
  params?: MessageParams;
}

export type FormErrors = Partial<Record<string, FormError>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The payment part of a form: a date not after today and a proof reference (bank transfer, receipt number). */
export function readPayment(
  input: { paidOn: string; proofReference: string },
  amountFen: number,
  today: string,
  prefix = '',
): { ok: true; payment: Payment } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!DATE.test(input.paidOn)) errors[`${prefix}paidOn`] = { key: 'payment.error.paidOn' };
  else if (input.paidOn > today) errors[`${prefix}paidOn`] = { key: 'payment.error.future' };
  const proof = input.proofReference.trim();
  if (proof.length < 2 || proof.length > 100)
    errors[`${prefix}proofReference`] = { key: 'payment.error.proof' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, payment: { amountFen, paidOn: input.paidOn, proofReference: proof } };
}

/**
 * The written notice (and the payment, when recorded now) as `POST …/licenses` takes it, or every problem at
 * once: a start date outside the declared period or before today, the contact, the confirmation, the payment.
 * The amount is always what the terms make due (the same for every licensee); it is not typed.
 */
export function readAcceptance(
  inputs: AcceptanceInputs,
  offer: { period: LicencePeriod; dueFen: number },
  today: string,
  source: { pushId?: string | undefined; eventId?: string | undefined } = {},
): { ok: true; body: AcceptanceRequest } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const { start, end } = offer.period;
  if (!DATE.test(inputs.startDate)) errors.startDate = { key: 'acceptance.error.startDate' };
  else if (inputs.startDate < today)
    errors.startDate = { key: 'acceptance.error.startPast', params: { today } };
  else if (inputs.startDate < start || inputs.startDate > end)
    errors.startDate = { key: 'acceptance.error.startOutside', params: { start, end } };
  const contact = {
    name: inputs.contactName.trim(),
    phone: inputs.contactPhone.trim(),
    email: inputs.contactEmail.trim(),
  };
  if (contact.name.length < 2) errors['contact.name'] = { key: 'acceptance.error.contactName' };
  if (!/^[0-9+\-\s()]{7,20}$/.test(contact.phone))
    errors['contact.phone'] = { key: 'acceptance.error.contactPhone' };
  if (!EMAIL.test(contact.email)) errors['contact.email'] = { key: 'acceptance.error.contactEmail' };
  if (!inputs.acceptsTerms) errors.acceptsTerms = { key: 'acceptance.error.acceptsTerms' };
  let payment: Payment | undefined;
  if (offer.dueFen > 0 && inputs.payNow) {
    const read = readPayment(inputs, offer.dueFen, today, 'payment.');
    if (read.ok) payment = read.payment;
    else Object.assign(errors, read.errors);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      startDate: inputs.startDate,
      contact,
      acceptsTerms: true,
      ...(payment ? { payment } : {}),
      ...(source.pushId ? { pushId: source.pushId } : {}),
      ...(source.eventId ? { eventId: source.eventId } : {}),
    },
  };
}

/** The first day a licence may start: today, or the declared period's start when that is later. */
export const earliestStart = (period: LicencePeriod, today: string): string =>
  period.start > today ? period.start : today;
