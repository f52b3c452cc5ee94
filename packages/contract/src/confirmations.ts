import type { LicenceReceiptSchema } from '@openlicense/domain/licence/licence-receipt';
import { AwaitingItemSchema } from '@openlicense/domain/quota/awaiting-confirmation';
import * as z from 'zod/mini';

/**
 * Confirmations (待我确认): signed deals and recorded payments that count for an organisation only once it
 * confirms them; what `/api/confirmations` sends.
 */
export const AwaitingListSchema = z.object({
  orgId: z.string(),
  items: z.array(AwaitingItemSchema),
  counts: z.object({ unconfirmed: z.int(), disputed: z.int() }),
});

/** A result that would count for an organisation but waits for its confirmation, or that it disputes. */
export type AwaitingItem = z.output<typeof AwaitingItemSchema>;
export type AwaitingList = z.output<typeof AwaitingListSchema>;
/** A payment the licensee recorded, with each licensor's answer. */
export type LicenceReceipt = z.output<typeof LicenceReceiptSchema>;
/** One licensor's answer to a payment the licensee recorded. */
export type ReceiptShare = LicenceReceipt['licensors'][number];
