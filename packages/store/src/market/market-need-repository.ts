import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type MarketNeedRow, MarketNeedRowSchema, type UnmetCell, unmetCells } from '@openlicense/domain';
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

const tally = z.record(z.string(), z.int());
const CellSchema = z.object({
  chain: z.string(),
  region: z.string(),
  count: z.int(),
  dealTypes: tally,
  budgetBands: tally,
});
const cellItem = (cell: UnmetCell) => ({
  ...keys.marketCell(cell.region, cell.chain),
  entity: 'MarketCell',
  ...cell,
});
const parseCell = (raw: Record<string, unknown>) => CellSchema.parse(stripStorage(raw)) as UnmetCell;
const cellKey = (cell: Pick<UnmetCell, 'region' | 'chain'>) => `${cell.region}#${cell.chain}`;

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

  /** Items of partition `pk` whose sort key begins with `prefix`, parsed. */
  async function query<T>(
    pk: string,
    prefix: string,
    read: (raw: Record<string, unknown>) => T,
  ): Promise<T[]> {
    const items: T[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of result.Items ?? []) items.push(read(raw));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** Under `regionPrefix` (`43`, `4304`, `430405`), or every province when it is empty: one query per province. */
  async function acrossProvinces<T>(
    regionPrefix: string,
    read: (prefix: string) => Promise<T[]>,
  ): Promise<{ items: T[]; computedAt?: string }> {
    const last = await run();
    if (!last) return { items: [] };
    const provinces =
      regionPrefix.length >= 2
        ? last.provinces.filter((p) => p === regionPrefix.slice(0, 2))
        : last.provinces;
    const parts = await Promise.all(
      provinces.map((province) => read(regionPrefix.length >= 2 ? regionPrefix : province)),
    );
    return { items: parts.flat(), computedAt: last.computedAt };
  }

  const rowsOf = (prefix: string) => query(keys.marketNeed(prefix, '').pk, prefix, parse);
  const cellsOf = (prefix: string) => query(keys.marketCell(prefix, '').pk, prefix, parseCell);

  return {
    run,

    /**
     * The rows of regions under `regionPrefix` (`43`, `4304`, `430405`), or of every province when it is
     * empty; with the time the projection was computed (undefined before its first run).
     */
    async list(regionPrefix = ''): Promise<{ rows: MarketNeedRow[]; computedAt?: string }> {
      const { items, computedAt } = await acrossProvinces(regionPrefix, rowsOf);
      return { rows: items, ...(computedAt ? { computedAt } : {}) };
    },

    /**
     * The unmet-demand counts per county × chain under `regionPrefix` (as `list`): a few items per county,
     * however many needs, so the map never reads the rows.
     */
    async cells(regionPrefix = ''): Promise<{ cells: UnmetCell[]; computedAt?: string }> {
      const { items, computedAt } = await acrossProvinces(regionPrefix, cellsOf);
      return { cells: items, ...(computedAt ? { computedAt } : {}) };
    },

    /**
     * The projection becomes exactly `rows` and their county cells: changed rows and cells are written, those
     * no longer there deleted, then the run is recorded. `previous` is what `list()` returned before.
     */
    async replace(previous: readonly MarketNeedRow[], rows: readonly MarketNeedRow[], computedAt: string) {
      const oldCells = new Map((await this.cells()).cells.map((cell) => [cellKey(cell), cell]));
      const newCells = unmetCells(rows, (code) => code);
      const keptCells = new Set(newCells.map(cellKey));
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
        ...newCells
          .filter((cell) => JSON.stringify(oldCells.get(cellKey(cell))) !== JSON.stringify(cell))
          .map((cell) => ({ PutRequest: { Item: cellItem(cell) } })),
        ...[...oldCells.values()]
          .filter((cell) => !keptCells.has(cellKey(cell)))
          .map((cell) => ({ DeleteRequest: { Key: keys.marketCell(cell.region, cell.chain) } })),
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
