import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from '../store-context.ts';
import { sleep } from './transaction-error.ts';

/**
 * Every item at `wanted` that exists, read strongly consistent in batches of 100, asking again for what
 * DynamoDB left unprocessed. Repeated keys are asked for once (a batch may not hold a key twice); the
 * items come back in no particular order, raw for the caller to parse.
 */
export async function batchGetAll(
  ctx: StoreContext,
  wanted: readonly Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  const unique = [...new Map(wanted.map((key) => [JSON.stringify(key), key])).values()];
  for (let start = 0; start < unique.length; start += 100) {
    let pending: Record<string, unknown>[] = unique.slice(start, start + 100);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await sleep(Math.min(1000, 20 * 2 ** attempt));
      const result = await ctx.doc.send(
        new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      found.push(...(result.Responses?.[ctx.tableName] ?? []));
      pending = result.UnprocessedKeys?.[ctx.tableName]?.Keys ?? [];
    }
  }
  return found;
}
