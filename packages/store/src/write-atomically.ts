import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './store-context.ts';
import { failedConditionIndex } from './transaction-error.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Writes `items` all or nothing: a lone put as a plain conditional put (half the cost of a transaction),
 * several items as one transaction. Resolves to the index of the item whose condition failed, or to
 * undefined when everything was written; any other failure is rethrown.
 */
export async function writeAtomically(ctx: StoreContext, items: TransactItem[]): Promise<number | undefined> {
  const [only] = items;
  try {
    if (items.length === 1 && only?.Put) await ctx.doc.send(new PutCommand(only.Put));
    else await ctx.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 0;
    const failed = failedConditionIndex(error);
    if (failed === undefined) throw error;
    return failed;
  }
}
