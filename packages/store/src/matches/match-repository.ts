import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { type MatchRecord, MatchRecordSchema } from '@openlicense/domain';
import { batchWrite } from '../dynamo/batch-write.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';

const item = (match: MatchRecord) => ({
  ...keys.match(match.needId, match.listingId),
  ...keys.matchByNeed(match.needId, match.score, match.listingId),
  ...keys.matchByListing(match.listingId, match.score, match.needId),
  entity: 'Match',
  ...match,
});
const parse = (raw: Record<string, unknown>) => MatchRecordSchema.parse(stripStorage(raw));

/**
 * Stored matches of needs with listings and bundles (the matcher writes them; screens read them best first).
 * The same pair written twice is the same item, so a replayed stream record changes nothing.
 */
export function createMatchRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  async function queryAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>) {
    const all: MatchRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await doc.send(
        new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: startKey }),
      );
      all.push(...(result.Items ?? []).map(parse));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return all;
  }

  const ofNeed = (needId: string) =>
    queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.match(needId, '').pk, ':prefix': keys.matchPrefix },
      ConsistentRead: true,
    });
  const ofListing = (listingId: string) =>
    queryAll({
      IndexName: INDEX.matchesByListing,
      KeyConditionExpression: 'matchesByListingPk = :pk',
      ExpressionAttributeValues: { ':pk': keys.matchByListing(listingId, 0, '').matchesByListingPk },
    });
  const put = (matches: readonly MatchRecord[]) =>
    batchWrite(
      ctx,
      matches.map((match) => ({ PutRequest: { Item: item(match) } })),
    );
  const remove = (matches: readonly Pick<MatchRecord, 'needId' | 'listingId'>[]) =>
    batchWrite(
      ctx,
      matches.map((m) => ({ DeleteRequest: { Key: keys.match(m.needId, m.listingId) } })),
    );

  async function listBest(indexName: string, pkName: string, pk: string, limit: number) {
    const { Items } = await doc.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': pkName },
        ExpressionAttributeValues: { ':pk': pk },
        Limit: limit,
      }),
    );
    return (Items ?? []).map(parse);
  }

  return {
    /** The need's matches become exactly `matches`: pairs no longer among them are deleted. */
    async replaceForNeed(needId: string, matches: MatchRecord[]): Promise<void> {
      const keep = new Set(matches.map((m) => m.listingId));
      const old = await ofNeed(needId);
      await put(matches);
      await remove(old.filter((m) => !keep.has(m.listingId)));
    },

    /** Writes the listing's pairs, leaving its other matches as they are. */
    async upsertForListing(_listingId: string, matches: MatchRecord[]): Promise<void> {
      await put(matches);
    },

    /** Deletes every match of a listing (withdrawn, expired, suspended). */
    async removeListing(listingId: string): Promise<void> {
      await remove(await ofListing(listingId));
    },

    /** Deletes every match of a need (closed, fulfilled). */
    async removeNeed(needId: string): Promise<void> {
      await remove(await ofNeed(needId));
    },

    /** The need's best `limit` matches, best first. */
    listByNeed(needId: string, limit: number): Promise<MatchRecord[]> {
      const pk = keys.matchByNeed(needId, 0, '').matchesByNeedPk;
      return listBest(INDEX.matchesByNeed, 'matchesByNeedPk', pk, limit);
    },

    /** The listing's best `limit` matches, best first. */
    listByListing(listingId: string, limit: number): Promise<MatchRecord[]> {
      const pk = keys.matchByListing(listingId, 0, '').matchesByListingPk;
      return listBest(INDEX.matchesByListing, 'matchesByListingPk', pk, limit);
    },
  };
}
export type MatchRepository = ReturnType<typeof createMatchRepository>;
