import { randomBytes } from 'node:crypto';
import { BatchWriteCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from '../store-context.ts';
import { isTransactionConflict, sleep } from './transaction-error.ts';
import { type TransactItem, writeAtomically } from './write-atomically.ts';

/**
 * `writeAtomically`, tried again while a concurrent transaction on the same items cancels it (two brokers
 * approving the same pair at once): the retry then meets the winner's write and fails its condition.
 */
export async function writeAtomicallyRetrying(
  ctx: StoreContext,
  items: TransactItem[],
  attempts = 6,
): Promise<number | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeAtomically(ctx, items);
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
      await sleep(10 * 2 ** attempt + Math.random() * 20);
    }
  }
}

type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** Puts and deletes in batches of 25, retrying what DynamoDB left unprocessed. Not atomic. */
export async function batchWrite(ctx: StoreContext, requests: WriteRequest[]): Promise<void> {
  for (let start = 0; start < requests.length; start += 25) {
    let pending: WriteRequest[] = requests.slice(start, start + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await sleep(Math.min(1000, 20 * 2 ** attempt));
      const { UnprocessedItems } = await ctx.doc.send(
        new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending } }),
      );
      pending = UnprocessedItems?.[ctx.tableName] ?? [];
    }
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID (sortable by time) for records the store creates itself: pushes, leads, their evidence. */
export function newUlid(now: Date = new Date()): string {
  let time = now.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const random = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD[(random[i] ?? 0) % 32];
  return head + tail;
}
