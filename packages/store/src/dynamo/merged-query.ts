import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { PagedStoreContext, StoreContext } from '../store-context.ts';
import type { Page } from './page.ts';
import { InvalidCursorError } from './signed-cursor.ts';

/** One partition of an index whose sort keys are comparable with the other sources' (e.g. `createdAt#id`). */
export interface IndexPartition {
  indexName: string;
  pk: string;
}

export interface MergedQuery<T> {
  sources: readonly IndexPartition[];
  parse: (raw: Record<string, unknown>) => T;
  /** The item's sort key in every source it appears in. */
  sortKey: (item: T) => string;
  /** The item's identity, so an item found in two sources is returned once. */
  identity: (item: T) => string;
  /** Items refused here are skipped (filters, access rules) without shortening the page. */
  accept?: (item: T) => boolean;
  limit: number;
  cursor?: string;
  /** Most items examined for one page; past it the page is returned short, with a cursor to go on. */
  budget?: number;
}

const DEFAULT_BUDGET = 2000;
const MAX_CHUNK = 200;

class Partition<T> {
  private buffer: T[] = [];
  private startKey: Record<string, unknown> | undefined;
  private done = false;

  constructor(
    private readonly ctx: StoreContext,
    private readonly source: IndexPartition,
    private readonly before: string | undefined,
    private readonly parse: (raw: Record<string, unknown>) => T,
    private chunk: number,
  ) {}

  get head(): T | undefined {
    return this.buffer[0];
  }

  get needsFill(): boolean {
    return this.buffer.length === 0 && !this.done;
  }

  shift(): T | undefined {
    return this.buffer.shift();
  }

  async fill(): Promise<void> {
    const { indexName, pk } = this.source;
    const result = await this.ctx.doc.send(
      new QueryCommand({
        TableName: this.ctx.tableName,
        IndexName: indexName,
        KeyConditionExpression: `#pk = :pk${this.before === undefined ? '' : ' AND #sk < :before'}`,
        ExpressionAttributeNames: {
          '#pk': `${indexName}Pk`,
          ...(this.before === undefined ? {} : { '#sk': `${indexName}Sk` }),
        },
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(this.before === undefined ? {} : { ':before': this.before }),
        },
        ScanIndexForward: false,
        Limit: this.chunk,
        ExclusiveStartKey: this.startKey,
      }),
    );
    this.buffer.push(...(result.Items ?? []).map(this.parse));
    this.startKey = result.LastEvaluatedKey;
    this.done = this.startKey === undefined;
    this.chunk = Math.min(this.chunk * 2, MAX_CHUNK);
  }
}

/** The list a merged cursor belongs to: the table and every source partition, in order. */
const mergedScope = (ctx: StoreContext, sources: readonly IndexPartition[]) =>
  JSON.stringify(['merged', ctx.tableName, sources.map((s) => [s.indexName, s.pk])]);

function decodeBefore(ctx: PagedStoreContext, scope: string, cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const [before, ...rest] = ctx.cursors.open(scope, cursor);
  if (typeof before !== 'string' || rest.length > 0) throw new InvalidCursorError();
  return before;
}

/**
 * Reads several index partitions newest first as one list: a k-way merge on the sort key, so the page
 * holds the newest `limit` accepted items of all sources together. The cursor is the sort key of the
 * last item considered (a seek, not DynamoDB's LastEvaluatedKey), so every source resumes below it.
 */
export async function mergedQuery<T>(ctx: PagedStoreContext, query: MergedQuery<T>): Promise<Page<T>> {
  const { sources, limit, accept = () => true, budget = DEFAULT_BUDGET } = query;
  const scope = mergedScope(ctx, sources);
  const seal = (sortKey: string) => ctx.cursors.seal(scope, [sortKey]);
  const before = decodeBefore(ctx, scope, query.cursor);
  // Spread the first read over the sources: a page rarely draws evenly, and later reads grow.
  const firstChunk = Math.min(
    limit + 1,
    Math.max(10, Math.ceil((2 * (limit + 1)) / Math.max(1, sources.length))),
  );
  const partitions = sources.map((s) => new Partition(ctx, s, before, query.parse, firstChunk));
  const items: T[] = [];
  const seen = new Set<string>();
  let lastKey: string | undefined;
  for (let examined = 0; ; examined++) {
    await Promise.all(partitions.filter((p) => p.needsFill).map((p) => p.fill()));
    let newest: { partition: Partition<T>; key: string } | undefined;
    for (const partition of partitions) {
      const head = partition.head;
      if (head === undefined) continue;
      const key = query.sortKey(head);
      if (newest === undefined || key > newest.key) newest = { partition, key };
    }
    const item = newest?.partition.shift();
    if (item === undefined) return { items };
    const key = query.sortKey(item);
    const id = query.identity(item);
    if (seen.has(id) || !accept(item)) {
      lastKey = key;
      if (examined >= budget) return { items, nextCursor: seal(lastKey as string) };
      continue;
    }
    seen.add(id);
    if (items.length === limit) return { items, nextCursor: seal(lastKey as string) };
    items.push(item);
    lastKey = key;
    if (examined >= budget) return { items, nextCursor: seal(lastKey as string) };
  }
}
