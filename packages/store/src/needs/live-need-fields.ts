import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { hasLiveStatus, ipcSubclassesOf, type Need } from '@openlicense/domain';
import * as z from 'zod/mini';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { keys } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/** A field a live need is listed under: an industry chain, or an IPC subclass such as `H01M`. */
export type LiveNeedField = { field: 'chain' | 'ipc'; value: string };

type Key = { pk: string; sk: string };

/** The pointers of `need` (none unless its status is live): one per chain and per IPC subclass. */
function pointerKeys(need: Need | undefined): Key[] {
  if (need === undefined || !hasLiveStatus(need)) return [];
  const sortKey = `${need.createdAt}#${need.id}`;
  return [
    ...need.industryChains.map((chain) => keys.liveNeedByField('chain', chain, sortKey)),
    ...ipcSubclassesOf(need.ipc ?? []).map((subclass) => keys.liveNeedByField('ipc', subclass, sortKey)),
  ];
}

const same = (a: Key, b: Key) => a.pk === b.pk && a.sk === b.sk;

/** The pointer item: its key and the need it points to. */
const pointerItem = (key: Key, needId: string) => ({ ...key, entity: 'LiveNeedField', needId });

/**
 * What a need's write does to its field pointers, in the need's own transaction: the pointers `current`
 * had and `next` has not are deleted, the new ones put (the ones both have stay as they are, so no item is
 * touched twice). A need leaving the live statuses loses them all.
 */
export function liveNeedFieldWrites(
  tableName: string,
  current: Need | undefined,
  next: Need,
): TransactItem[] {
  const before = pointerKeys(current);
  const after = pointerKeys(next);
  return [
    ...before
      .filter((key) => !after.some((other) => same(key, other)))
      .map((Key): TransactItem => ({ Delete: { TableName: tableName, Key } })),
    ...after
      .filter((key) => !before.some((other) => same(key, other)))
      .map(
        (key): TransactItem => ({
          Put: { TableName: tableName, Item: pointerItem(key, next.id) },
        }),
      ),
  ];
}

/**
 * The pointers a live need should have, as puts (idempotent: a pointer already there is written again as it
 * was). For needs stored before the pointers existed: the nightly market projection writes them once, the
 * first night it sees the need live.
 */
export const liveNeedFieldPuts = (need: Need) =>
  pointerKeys(need).map((key) => ({
    PutRequest: { Item: pointerItem(key, need.id) },
  }));

const PointerSchema = z.object({ needId: z.string() });

/** The ids of the newest `limit` live needs listed under `field` (an expired deadline is the reader's to drop). */
export async function liveNeedIdsByField(
  ctx: StoreContext,
  { field, value }: LiveNeedField,
  limit: number,
): Promise<string[]> {
  const { Items } = await ctx.doc.send(
    new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.liveNeedByField(field, value, '').pk },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (Items ?? []).map((item) => PointerSchema.parse(item).needId);
}
