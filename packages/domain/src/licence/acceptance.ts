import * as z from 'zod/mini';
import type { Issue } from '../declaration/issue.ts';
import type { LicencePeriod } from '../declaration/licence-period.ts';
import type { Royalty } from '../declaration/royalty.ts';
import { ExpectedVolumesSchema } from '../declaration/royalty-calculator.ts';
import { ContactSchema } from '../organisation/organisation.ts';
import { IsoDateSchema } from '../patent/iso-date.ts';
import { FenSchema, formatFen } from '../validation/money.ts';

/** What the licensee paid, with a reference to the proof (bank transfer number, receipt number). */
export const PaymentSchema = z.object({
  amountFen: FenSchema,
  paidOn: IsoDateSchema,
  proofReference: z
    .string({ error: '请填写付款凭证号 / proofReference is required' })
    .check(
      z.trim(),
      z.minLength(2, '请填写付款凭证号 / proofReference is required'),
      z.maxLength(100, '付款凭证号不能超过 100 个字符 / proofReference must have at most 100 characters'),
    ),
});
export type Payment = z.infer<typeof PaymentSchema>;

/** The licensee's written notice (书面通知, Patent Law Art 51) and, where something is due now, its payment. */
export const AcceptanceInputSchema = z.object({
  /** The first day the licensee implements the patent; within the declared period, not in the past. */
  startDate: IsoDateSchema,
  /** Who signs the notice for the licensee. */
  contact: ContactSchema,
  payment: z.optional(PaymentSchema),
  /** The licensee confirms it accepts the declared terms unchanged. */
  acceptsTerms: z.literal(true, { error: '请确认接受声明的许可条件 / acceptsTerms must be true' }),
});
export type AcceptanceInput = z.infer<typeof AcceptanceInputSchema>;

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** What `POST …/licenses` takes: the notice, and where the licence came from (for the broker's quota). */
export const AcceptanceRequestSchema = z.extend(AcceptanceInputSchema, {
  /** The precise push that brought the offer to this enterprise. */
  pushId: z.optional(z.string().check(z.regex(ULID, '推送编号格式不正确 / pushId is not valid'))),
  /** The matchmaking event (对接活动) the enterprise attended where it met the offer. */
  eventId: z.optional(z.string().check(z.regex(ULID, '活动编号格式不正确 / eventId is not valid'))),
  /** The licensee's own yearly estimates, for the cost estimate stored with the licence. */
  expected: z.optional(ExpectedVolumesSchema),
});
export type AcceptanceRequest = z.infer<typeof AcceptanceRequestSchema>;

/**
 * What the licensee pays on taking the licence, the same for everyone: a lump sum, the entry fee, the
 * instalments due in the first month; nothing for a free licence or a running royalty (reported later).
 *
 * @example dueOnAcceptance({ method: 'entry_fee_plus_royalty', entryFeeFen: 200_000, base: 'net_sales', ratePercent: 3 }) // 200_000
 */
export function dueOnAcceptance(royalty: Royalty): number {
  switch (royalty.method) {
    case 'lump_sum':
      return royalty.amountFen;
    case 'entry_fee_plus_royalty':
      return royalty.entryFeeFen;
    case 'instalments':
      return royalty.schedule
        .filter((instalment) => instalment.dueAfterMonths === 0)
        .reduce((sum, instalment) => sum + instalment.amountFen, 0);
    case 'running_royalty':
    case 'free':
      return 0;
  }
}

/** Whether the licensee reports sales (or profit, or units) and pays a running royalty on them. */
export const hasRunningRoyalty = (royalty: Royalty): boolean =>
  royalty.method === 'running_royalty' || royalty.method === 'entry_fee_plus_royalty';

/**
 * Everything wrong with a payment of what is due (`due` fen) recorded on `today`: another amount than every
 * licensee pays, or a date in the future. `prefix` is where the payment sits in the request (`payment.`).
 */
export function paymentIssues(payment: Payment, due: number, today: string, prefix = ''): Issue[] {
  const issues: Issue[] = [];
  if (due === 0) {
    issues.push({
      code: 'nothing_due',
      field: `${prefix}amountFen`,
      message: '此时无需付款 / nothing is due now',
    });
    return issues;
  }
  if (payment.amountFen !== due) {
    issues.push({
      code: 'payment_amount',
      field: `${prefix}amountFen`,
      message: `开放许可对所有被许可人条件相同，应付 ${formatFen(due)}，登记的是 ${formatFen(payment.amountFen)} / the same terms apply to every licensee: ${formatFen(due)} is due, ${formatFen(payment.amountFen)} was recorded`,
    });
  }
  if (payment.paidOn > today) {
    issues.push({
      code: 'payment_in_future',
      field: `${prefix}paidOn`,
      message: '付款日期不能晚于今天 / paidOn must not be after today',
    });
  }
  return issues;
}

/**
 * Everything wrong with an acceptance of an offer on `today`, all at once: the start date outside the
 * declared period or in the past, a payment of another amount or dated in the future. A notice without
 * the payment is allowed: the licence then waits for it (Art 51: notice and payment make the licence).
 */
export function acceptanceIssues(
  input: AcceptanceInput,
  offer: { royalty: Royalty; period: LicencePeriod },
  today: string,
): Issue[] {
  const issues: Issue[] = [];
  const { start, end } = offer.period;
  if (input.startDate < today) {
    issues.push({
      code: 'start_in_past',
      field: 'startDate',
      message: `实施起始日不能早于今天（${today}）/ startDate must not be before today`,
    });
  }
  if (input.startDate < start || input.startDate > end) {
    issues.push({
      code: 'start_outside_period',
      field: 'startDate',
      message: `实施起始日应在声明的许可期限内（${start} 至 ${end}）/ startDate must be within the declared period ${start} to ${end}`,
    });
  }
  if (input.payment !== undefined) {
    issues.push(...paymentIssues(input.payment, dueOnAcceptance(offer.royalty), today, 'payment.'));
  }
  return issues;
}
