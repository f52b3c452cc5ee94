import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';
import { EvidenceDataSchema } from '../evidence/evidence.ts';
import { FenSchema } from '../validation/money.ts';
import { cleanTextFields } from '../validation/text.ts';

/**
 * A licensee's word does not count for the licensor. What a licence step (taking effect, an instalment, a
 * royalty report paid) would count for the university licensors — and for the broker of a university
 * licence — waits in a receipt until each licensor confirms it received the payment (or, with nothing to
 * pay, acknowledges the licence); a licensor may dispute it with a reason instead. There is no automatic
 * confirmation after a period: an unanswered receipt stays 待确认 and counts for nobody but the licensee.
 * The licence's legal effect (Patent Law Art 51: paid → effective) does not wait.
 */
export const RECEIPT_STATUSES = ['pending', 'confirmed', 'disputed'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

const CountsSchema = z.record(z.string(), z.int().check(z.nonnegative()));

/** One licensor's part of a receipt: what it counts once confirmed, and its answer. */
export const ReceiptShareSchema = z.object({
  orgId: z.string().check(z.minLength(1)),
  name: z.string(),
  amountFen: FenSchema,
  counts: CountsSchema,
  summary: z.string(),
  data: EvidenceDataSchema,
  status: z.enum(RECEIPT_STATUSES),
  at: z.optional(z.string()),
  by: z.optional(z.string()),
  reason: z.optional(z.string()),
});
export type ReceiptShare = z.infer<typeof ReceiptShareSchema>;

export const LicenceReceiptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['open_licence', 'royalty_paid']),
  /** What was recorded: 开放许可生效, 第 2 期分期付款, 提成支付（…）. */
  what: z.string(),
  /** The whole amount the licensee recorded paying (0 for a free licence). */
  amountFen: FenSchema,
  recordedAt: z.string(),
  recordedBy: z.string(),
  proofReference: z.optional(z.string()),
  licensors: z.array(ReceiptShareSchema).check(z.minLength(1)),
  /** The broker's brokered licence, counted once every licensor has confirmed. */
  broker: z.optional(
    z.object({
      orgId: z.string().check(z.minLength(1)),
      amountFen: FenSchema,
      counts: CountsSchema,
      summary: z.string(),
      data: EvidenceDataSchema,
      countedAt: z.optional(z.string()),
    }),
  ),
});
export type LicenceReceipt = z.infer<typeof LicenceReceiptSchema>;

export const ReceiptConfirmInputSchema = z.object({
  version: z
    .int({ error: '请提供版本号 / version is required' })
    .check(z.gte(1, '版本号无效 / version is not valid')),
});
export const ReceiptDisputeInputSchema = z
  .object({
    version: z
      .int({ error: '请提供版本号 / version is required' })
      .check(z.gte(1, '版本号无效 / version is not valid')),
    reason: z
      .string({ error: '请说明异议理由 / reason is required' })
      .check(
        z.trim(),
        z.minLength(1, '请说明异议理由 / reason is required'),
        z.maxLength(500, '理由不能超过 500 个字 / reason must have at most 500 characters'),
      ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['reason'] })));

/** The licensor's share of `receipt`, or the 403 when `orgId` is not one of its licensors to confirm. */
export function receiptShareOf(receipt: LicenceReceipt, orgId: string): ReceiptShare {
  const share = receipt.licensors.find((s) => s.orgId === orgId);
  if (!share)
    throw new DomainError(
      'not_licensor',
      '只有许可方可以确认收款 / only a licensor of this licence confirms receipt',
      403,
    );
  return share;
}

/** Refuses a dispute of a receipt the licensor already confirmed (it counted). */
export function assertMayDisputeReceipt(share: ReceiptShare): void {
  if (share.status === 'confirmed')
    throw new DomainError(
      'already_confirmed',
      '本单位已确认收款并计入考核，不能再提出异议 / your organisation confirmed this receipt and it counted',
      409,
    );
}

/** Whether the broker's part is due: every licensor confirmed, and it has not counted yet. */
export const brokerDue = (receipt: LicenceReceipt): boolean =>
  receipt.broker !== undefined &&
  receipt.broker.countedAt === undefined &&
  receipt.licensors.every((s) => s.status === 'confirmed');

/** How a receipt stands for `orgId` (its "待我确认" list): waiting, disputed, or nothing to do. */
export function receiptWaitsFor(
  receipt: LicenceReceipt,
  orgId: string,
): 'unconfirmed' | 'disputed' | undefined {
  const share = receipt.licensors.find((s) => s.orgId === orgId);
  if (!share || share.status === 'confirmed') return undefined;
  return share.status === 'pending' ? 'unconfirmed' : 'disputed';
}
