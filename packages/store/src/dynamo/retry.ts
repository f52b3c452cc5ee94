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
