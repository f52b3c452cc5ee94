import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type MarketNeedRow, MarketNeedRowSchema } from '@openlicense/domain';
import * as z from 'zod/mini';
import { batchWrite } from '../dynamo/batch-write.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

const RunSchema = z.object({ computedAt: z.string(), provinces: z.array(z.string()) });
export type MarketNeedsRun = z.infer<typeof RunSchema>;

const item = (row: MarketNeedRow) => ({
  ...keys.marketNeed(row.regionCode, row.needId),
  entity: 'MarketNeed',
  ...row,
});
const parse = (raw: Record<string, unknown>) => MarketNeedRowSchema.parse(stripStorage(raw));

/**
 * The market projection: one row per live need (its fields, whether anything matches it, when it was first
 * seen live), rebuilt nightly by the market job from the needs and the matcher's stored matches. The unmet
 * map and the field alerts read it by key: a province's partition, optionally a region prefix within it.
 */
export function createMarketNeedRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  async function run(): Promise<MarketNeedsRun | undefined> {
    const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.marketNeedsRun() }));
    return Item ? RunSchema.parse(stripStorage(Item)) : undefined;
  }

  /** Rows whose region code begins with `prefix` (at least the two-digit province). */
  async function ofPrefix(prefix: string): Promise<MarketNeedRow[]> {
    const rows: MarketNeedRow[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.marketNeed(prefix, '').pk, ':prefix': prefix },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of result.Items ?? []) rows.push(parse(raw));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return rows;
  }

  return {
    run,

    /**
     * The rows of regions under `regionPrefix` (`43`, `4304`, `430405`), or of every province when it is
     * empty; with the time the projection was computed (undefined before its first run).
     */
    async list(regionPrefix = ''): Promise<{ rows: MarketNeedRow[]; computedAt?: string }> {
      const last = await run();
      if (!last) return { rows: [] };
      const provinces =
        regionPrefix.length >= 2
          ? last.provinces.filter((p) => p === regionPrefix.slice(0, 2))
          : last.provinces;
      const parts = await Promise.all(
        provinces.map((province) => ofPrefix(regionPrefix.length >= 2 ? regionPrefix : province)),
      );
      return { rows: parts.flat(), computedAt: last.computedAt };
    },

    /**
     * The projection becomes exactly `rows`: changed rows are written, rows of needs no longer live deleted,
     * then the run is recorded. `previous` is what `list()` returned before the rows were computed.
     */
    async replace(previous: readonly MarketNeedRow[], rows: readonly MarketNeedRow[], computedAt: string) {
      const before = new Map(previous.map((row) => [`${row.regionCode}#${row.needId}`, row]));
      const changed = rows.filter((row) => {
        const old = before.get(`${row.regionCode}#${row.needId}`);
        return !old || JSON.stringify(old) !== JSON.stringify(row);
      });
      const keep = new Set(rows.map((row) => `${row.regionCode}#${row.needId}`));
      const gone = previous.filter((row) => !keep.has(`${row.regionCode}#${row.needId}`));
      await batchWrite(ctx, [
        ...changed.map((row) => ({ PutRequest: { Item: item(row) } })),
        ...gone.map((row) => ({ DeleteRequest: { Key: keys.marketNeed(row.regionCode, row.needId) } })),
      ]);
      const provinces = [...new Set(rows.map((row) => row.regionCode.slice(0, 2)))].sort();
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.marketNeedsRun(), entity: 'MarketNeedsRun', computedAt, provinces },
        }),
      );
      return { written: changed.length, deleted: gone.length };
    },
  };
}
export type MarketNeedRepository = ReturnType<typeof createMarketNeedRepository>;
