import { addMonths } from '../patent/iso-date.ts';
import { dueOnAcceptance } from './acceptance.ts';
import type { OpenLicence } from './open-licence.ts';

/**
 * `total` fen split evenly into `parts`, the remainder to the first (bundle licensors share the amount).
 *
 * @example splitEvenly(100, 3) // [34, 33, 33]
 */
export function splitEvenly(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const share = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => (i === 0 ? total - share * (parts - 1) : share));
}

/** An instalment still to pay after the licence took effect: its amount and the day it falls due. */
export interface LaterInstalment {
  /** 1-based number in the declared schedule. */
  number: number;
  amountFen: number;
  dueOn: string;
}

/**
 * The next instalment of an instalment licence that is not paid yet (the first payment covers every
 * instalment due on acceptance); undefined for other methods or once all are paid.
 */
export function nextInstalment(
  licence: Pick<OpenLicence, 'terms' | 'payments' | 'status'>,
): LaterInstalment | undefined {
  const { royalty, period } = licence.terms;
  if (royalty.method !== 'instalments' || licence.status === 'notice_sent') return undefined;
  const later = royalty.schedule
    .map((instalment, i) => ({ ...instalment, number: i + 1 }))
    .filter((instalment) => instalment.dueAfterMonths > 0)
    .sort((a, b) => a.dueAfterMonths - b.dueAfterMonths);
  const paidLater = licence.payments.length - (dueOnAcceptance(royalty) > 0 ? 1 : 0);
  const next = later[paidLater];
  return next
    ? { number: next.number, amountFen: next.amountFen, dueOn: addMonths(period.start, next.dueAfterMonths) }
    : undefined;
}

/** What a payment recorded now must amount to: the acceptance's due amount, then the next instalment. */
export function paymentDueNow(
  licence: Pick<OpenLicence, 'terms' | 'payments' | 'status' | 'dueOnAcceptanceFen'>,
): number {
  if (licence.status === 'notice_sent') return licence.dueOnAcceptanceFen;
  return nextInstalment(licence)?.amountFen ?? 0;
}
