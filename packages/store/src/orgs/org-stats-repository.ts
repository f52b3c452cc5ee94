import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  ORG_STATUSES,
  ORG_TYPES,
  type OrgStatus,
  OrgStatusSchema,
  type OrgType,
  OrgTypeSchema,
} from '@openlicense/domain';
import * as z from 'zod/mini';
import { exactCount } from '../dynamo/exact-count.ts';
import { failedConditionIndex } from '../dynamo/transaction-error.ts';
import { keys } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';

const OrgCountsSchema = z.record(OrgTypeSchema, z.record(OrgStatusSchema, z.number().check(z.int())));
export type OrgCounts = Record<OrgType, Record<OrgStatus, number>>;
export interface CountDelta {
  type: OrgType;
  status: OrgStatus;
  by: 1 | -1;
}

/** Stream markers outlive any redelivery window (DynamoDB Streams keep records 24 h). */
const MARKER_TTL_SECONDS = 2 * 24 * 60 * 60;

const counterName = (type: OrgType, status: OrgStatus) => `${type}__${status}`;

function emptyCounts(): OrgCounts {
  return OrgCountsSchema.parse(
    Object.fromEntries(ORG_TYPES.map((t) => [t, Object.fromEntries(ORG_STATUSES.map((s) => [s, 0]))])),
  );
}

/** Organisation counts by type and status: kept current from the stream, rebuilt nightly. */
export function createOrgStatsRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;
  return {
    async get(): Promise<OrgCounts> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.orgStats() }));
      const counts = emptyCounts();
      for (const type of ORG_TYPES)
        for (const status of ORG_STATUSES) {
          const name = counterName(type, status);
          counts[type][status] = exactCount(name, Item?.[name]);
        }
      return counts;
    },

    /**
     * Applies the deltas of one stream record exactly once: a marker keyed by the record's event id
     * is written in the same transaction, so a redelivered record changes nothing.
     * @returns false when the record had already been applied.
     */
    async applyOnce(eventId: string, deltas: CountDelta[], nowMs: number): Promise<boolean> {
      if (deltas.length === 0) return true;
      const names: Record<string, string> = {};
      const values: Record<string, number> = {};
      const parts = deltas.map((d, i) => {
        names[`#c${i}`] = counterName(d.type, d.status);
        values[`:d${i}`] = d.by;
        return `#c${i} :d${i}`;
      });
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.streamEvent('org-stats', eventId),
                    entity: 'StreamMarker',
                    expiresAt: Math.floor(nowMs / 1000) + MARKER_TTL_SECONDS,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: keys.orgStats(),
                  UpdateExpression: `ADD ${parts.join(', ')}`,
                  ExpressionAttributeNames: names,
                  ExpressionAttributeValues: values,
                },
              },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (failedConditionIndex(error) === 0) return false;
        throw error;
      }
    },

    /** Recounts from the status index (a maintenance job, so it may read every organisation). */
    async rebuild(): Promise<OrgCounts> {
      const counts = emptyCounts();
      for (const status of ORG_STATUSES) {
        let start: Record<string, unknown> | undefined;
        do {
          const page = await doc.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: INDEX.orgsByStatus,
              KeyConditionExpression: 'orgsByStatusPk = :pk',
              ExpressionAttributeValues: { ':pk': keys.orgByStatus(status, '', '').orgsByStatusPk },
              ProjectionExpression: '#t',
              ExpressionAttributeNames: { '#t': 'type' },
              ExclusiveStartKey: start,
            }),
          );
          for (const item of page.Items ?? []) {
            const type = OrgTypeSchema.safeParse(item.type);
            if (type.success) counts[type.data][status] += 1;
          }
          start = page.LastEvaluatedKey;
        } while (start);
      }
      const item: Record<string, unknown> = { ...keys.orgStats(), entity: 'OrgStats' };
      for (const type of ORG_TYPES)
        for (const status of ORG_STATUSES) item[counterName(type, status)] = counts[type][status];
      await doc.send(new PutCommand({ TableName: tableName, Item: item }));
      return counts;
    },
  };
}
export type OrgStatsRepository = ReturnType<typeof createOrgStatsRepository>;
