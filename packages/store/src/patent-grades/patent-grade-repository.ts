import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { batchWrite } from '../dynamo/batch-write.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';
import {
  nextGradeRecord,
  type PatentGradeInput,
  type PatentGradeRecord,
  PatentGradeRecordSchema,
  type PatentMatchedNeeds,
  PatentMatchedNeedsSchema,
} from './patent-grade-record.ts';

const item = (record: PatentGradeRecord) => ({
  ...keys.patentGrade(record.patentId),
  ...keys.patentGradeByHolder(record.holderOrgId, record.patentId),
  entity: 'PatentGrade',
  ...record,
});
const parse = (raw: Record<string, unknown>) => PatentGradeRecordSchema.parse(stripStorage(raw));

/** Writers racing on one grade (the nightly run and the stream) re-read and try again this often. */
const ATTEMPTS = 5;

const needIdsOf = (record: Pick<PatentGradeRecord, 'matchedNeeds'> | undefined) =>
  new Set((record?.matchedNeeds ?? []).map((need) => need.needId));

/**
 * Patents' transfer-potential grades (分级分类), one item beside each patent's profile, written by the
 * matcher's grading run. Each keeps the history of its letter: a change is recorded only when the letter
 * moves, with the reasons of the new grade.
 */
export function createPatentGradeRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  async function get(patentId: string, consistent = false): Promise<PatentGradeRecord | undefined> {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.patentGrade(patentId), ConsistentRead: consistent }),
    );
    return Item ? parse(Item) : undefined;
  }

  /**
   * Keeps the need → patent links equal to the needs the grade counts: links to needs it no longer counts are
   * deleted, new ones written. After the grade itself, so a failure between leaves at worst a link too many
   * (a needless regrade) or one missing (the need's change then reaches the patent at night).
   */
  async function relink(patentId: string, before: Set<string>, after: Set<string>): Promise<void> {
    await batchWrite(ctx, [
      ...[...before]
        .filter((needId) => !after.has(needId))
        .map((needId) => ({ DeleteRequest: { Key: keys.needGradeLink(needId, patentId) } })),
      ...[...after]
        .filter((needId) => !before.has(needId))
        .map((needId) => ({
          PutRequest: {
            Item: { ...keys.needGradeLink(needId, patentId), entity: 'NeedGradeLink', patentId },
          },
        })),
    ]);
  }

  return {
    get: (patentId: string) => get(patentId),

    /** Numbers of the patents whose stored grade counts the need among its matched needs. */
    async countingNeed(needId: string): Promise<string[]> {
      const numbers: string[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: {
              ':pk': keys.needGradeLink(needId, '').pk,
              ':prefix': keys.needGradeLinkPrefix,
            },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const link of result.Items ?? []) numbers.push(String(link.patentId));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return numbers;
    },

    /** The grades of these patents that exist, by patent number: one batched read for a ledger page. */
    async getMany(patentIds: readonly string[]): Promise<Map<string, PatentGradeRecord>> {
      const raw = await batchGetAll(
        ctx,
        patentIds.map((id) => keys.patentGrade(id)),
      );
      return new Map(raw.map(parse).map((record) => [record.patentId, record]));
    },

    /** Every grade of the holder's patents, by patent number. */
    async listByHolder(holderOrgId: string): Promise<PatentGradeRecord[]> {
      const all: PatentGradeRecord[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: INDEX.patentsByHolder,
            KeyConditionExpression: 'patentsByHolderPk = :pk',
            ExpressionAttributeValues: {
              ':pk': keys.patentGradeByHolder(holderOrgId, '').patentsByHolderPk,
            },
            ExclusiveStartKey: startKey,
          }),
        );
        all.push(...(result.Items ?? []).map(parse));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return all;
    },

    /**
     * The holder's graded patents that matched some live need, with only those needs (not the grade, reasons
     * or history): what the university's 市场需求 page reads of a ledger of thousands of patents.
     */
    async matchedNeedsByHolder(holderOrgId: string): Promise<PatentMatchedNeeds[]> {
      const all: PatentMatchedNeeds[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: INDEX.patentsByHolder,
            KeyConditionExpression: 'patentsByHolderPk = :pk',
            FilterExpression: 'size(matchedNeeds) > :none',
            ProjectionExpression: 'patentId, holderOrgId, matchedNeeds',
            ExpressionAttributeValues: {
              ':pk': keys.patentGradeByHolder(holderOrgId, '').patentsByHolderPk,
              ':none': 0,
            },
            ExclusiveStartKey: startKey,
          }),
        );
        all.push(...(result.Items ?? []).map((raw) => PatentMatchedNeedsSchema.parse(raw)));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return all;
    },

    /**
     * Stores a new computation of the patent's grade: the grade, needs and time are replaced, and a change is
     * prepended to its history only when the letter moved (see `nextGradeRecord`). A computation older than
     * the stored one is ignored. Returns the record as stored.
     */
    async put(next: PatentGradeInput): Promise<PatentGradeRecord> {
      for (let attempt = 1; ; attempt++) {
        const previous = await get(next.patentId, true);
        if (previous && previous.computedAt > next.computedAt) return previous;
        const record = nextGradeRecord(previous, next);
        try {
          await doc.send(
            new PutCommand({
              TableName: tableName,
              Item: item(record),
              ...(previous
                ? {
                    ConditionExpression: 'computedAt = :previous',
                    ExpressionAttributeValues: { ':previous': previous.computedAt },
                  }
                : { ConditionExpression: 'attribute_not_exists(pk)' }),
            }),
          );
          await relink(next.patentId, needIdsOf(previous), needIdsOf(record));
          return record;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException) || attempt >= ATTEMPTS) throw error;
        }
      }
    },

    /** Forgets the grade of a patent no longer in its holder's ledger. */
    async remove(patentId: string): Promise<void> {
      const previous = await get(patentId, true);
      await doc.send(new DeleteCommand({ TableName: tableName, Key: keys.patentGrade(patentId) }));
      await relink(patentId, needIdsOf(previous), new Set());
    },
  };
}
export type PatentGradeRepository = ReturnType<typeof createPatentGradeRepository>;
