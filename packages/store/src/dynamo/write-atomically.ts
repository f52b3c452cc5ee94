import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { StoreConflictError } from '../errors.ts';
import type { StoreContext } from '../store-context.ts';
import { failedConditionIndex, isTransactionConflict, sleep } from './transaction-error.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Writes `items` all or nothing: a lone put as a plain conditional put (half the cost of a transaction),
 * several items as one transaction. Resolves to the index of the item whose condition failed, or to
 * undefined when everything was written; any other failure is rethrown.
 */
export async function writeAtomically(ctx: StoreContext, items: TransactItem[]): Promise<number | undefined> {
  const [only] = items;
  for (let attempt = 1; ; attempt++) {
    try {
      if (items.length === 1 && only?.Put) await ctx.doc.send(new PutCommand(only.Put));
      else await ctx.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return undefined;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 0;
      const failed = failedConditionIndex(error);
      if (failed !== undefined && COUNTER_ITEMS.has(items[failed] as TransactItem)) throw counterLimitError();
      if (failed !== undefined) return failed;
      // A concurrent transaction on the same items cancelled this one: nothing was written, so the same
      // items are tried again (their conditions then meet the other write), not answered with a 500.
      if (attempt >= CONFLICT_ATTEMPTS || !isTransactionConflict(error)) throw error;
      await sleep(10 * 2 ** attempt * Math.random());
    }
  }
}

const CONFLICT_ATTEMPTS = 4;

/** Items built by {@link addCounts}: their only condition is the counter ceiling. */
const COUNTER_ITEMS = new WeakSet<TransactItem>();

/** The largest value a counter may reach: the largest integer a JS number (and the API's JSON) holds exactly. */
export const MAX_COUNTER = Number.MAX_SAFE_INTEGER;

const counterLimitError = () => new StoreConflictError('total_limit_reached', { limitFen: MAX_COUNTER });

/**
 * A transaction item adding `counts` (attribute → amount, negative to take away) to the item at `key`;
 * neither the item nor the attributes need exist first. Each counter that grows is guarded in the same
 * write: the transaction is refused (`total_limit_reached`, 409) rather than take it past
 * {@link MAX_COUNTER}, so every counter the store holds reads back as an exact JS number.
 */
export function addCounts(
  ctx: StoreContext,
  key: Record<string, string>,
  counts: Readonly<Record<string, number>>,
): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const guards: string[] = [];
  const parts = Object.entries(counts).map(([name, n], i) => {
    if (!Number.isSafeInteger(n))
      throw new RangeError(`counter ${name} must move by a safe integer, got ${n}`);
    names[`#c${i}`] = name;
    values[`:c${i}`] = n;
    if (n > 0) {
      values[`:max${i}`] = MAX_COUNTER - n;
      guards.push(`(attribute_not_exists(#c${i}) OR #c${i} <= :max${i})`);
    }
    return `#c${i} :c${i}`;
  });
  const item: TransactItem = {
    Update: {
      TableName: ctx.tableName,
      Key: key,
      UpdateExpression: `ADD ${parts.join(', ')}`,
      ...(guards.length > 0 ? { ConditionExpression: guards.join(' AND ') } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
  COUNTER_ITEMS.add(item);
  return item;
}
