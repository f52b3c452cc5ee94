import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PagedStoreContext } from '../store-context.ts';
import { MAIN_TABLE } from '../table-definitions.ts';
import { type CursorSigner, InvalidCursorError } from './signed-cursor.ts';

/**
 * Key cursors: DynamoDB's LastEvaluatedKey sealed by the {@link CursorSigner} for the one query that
 * produced it. The cursor holds the key's values in a fixed order (index key, then table key), never the
 * attribute names; its scope is the query itself (table, index, key condition and its values — so the
 * organisation or status whose list it is — filter and direction), so a cursor of another list, another
 * organisation's list or an altered one is refused before DynamoDB sees it.
 */
function keyAttributes(indexName: string | undefined): string[] {
  const table = [MAIN_TABLE.partitionKey.name, MAIN_TABLE.sortKey.name];
  if (indexName === undefined) return table;
  const index = MAIN_TABLE.globalIndexes.find((i) => i.indexName === indexName);
  if (!index) throw new Error(`unknown index ${indexName}`);
  return [index.partitionKey.name, ...(index.sortKey ? [index.sortKey.name] : []), ...table];
}

const sortedEntries = (record: Record<string, unknown> | undefined) =>
  record ? Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null;

function queryScope(input: QueryCommandInput): string {
  return JSON.stringify([
    'query',
    input.TableName,
    input.IndexName ?? null,
    input.KeyConditionExpression ?? null,
    sortedEntries(input.ExpressionAttributeNames),
    sortedEntries(input.ExpressionAttributeValues),
    input.FilterExpression ?? null,
    input.ScanIndexForward ?? true,
  ]);
}

/** The cursor for resuming `input` after `key`; undefined when there is nothing more. */
export function encodeKeyCursor(
  signer: CursorSigner,
  input: QueryCommandInput,
  key: Record<string, unknown> | undefined,
): string | undefined {
  if (!key) return undefined;
  const names = keyAttributes(input.IndexName);
  const extra = Object.keys(key).filter((name) => !names.includes(name));
  if (extra.length > 0) throw new Error(`unexpected key attributes ${extra.join(', ')}`);
  return signer.seal(
    queryScope(input),
    names.map((name) => {
      const value = key[name];
      if (typeof value !== 'string' && typeof value !== 'number')
        throw new Error(`key attribute ${name} missing`);
      return value;
    }),
  );
}

/** The ExclusiveStartKey a cursor from {@link encodeKeyCursor} resumes `input` at. @throws InvalidCursorError */
export function decodeKeyCursor(
  signer: CursorSigner,
  input: QueryCommandInput,
  cursor: string | undefined,
): Record<string, unknown> | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const values = signer.open(queryScope(input), cursor);
  const names = keyAttributes(input.IndexName);
  if (values.length !== names.length) throw new InvalidCursorError();
  return Object.fromEntries(names.map((name, i) => [name, values[i]]));
}

/**
 * One page of a query resumed from the caller's cursor, with the cursor of the next page. A cursor
 * DynamoDB still cannot resume from is the caller's error, not ours.
 */
export async function queryPage(
  ctx: PagedStoreContext,
  input: QueryCommandInput,
  cursor: string | undefined,
): Promise<{ items: Record<string, unknown>[]; nextCursor?: string }> {
  const startKey = decodeKeyCursor(ctx.cursors, input, cursor);
  try {
    const result = await ctx.doc.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    const nextCursor = encodeKeyCursor(ctx.cursors, input, result.LastEvaluatedKey);
    return { items: result.Items ?? [], ...(nextCursor ? { nextCursor } : {}) };
  } catch (error) {
    if (startKey !== undefined && error instanceof Error && error.name === 'ValidationException')
      throw new InvalidCursorError();
    throw error;
  }
}
