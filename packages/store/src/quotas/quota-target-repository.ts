import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  defaultQuotaTargetSettings,
  type QuotaTargetSettings,
  QuotaTargetSettingsSchema,
  type QuotaTargetValues,
} from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/** The IP office's yearly targets for every role; the guide's defaults (version 0) for a year never set. */
export function createQuotaTargetRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  return {
    async get(year: number): Promise<QuotaTargetSettings> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.quotaTargets(String(year)), ConsistentRead: true }),
      );
      return Item ? QuotaTargetSettingsSchema.parse(stripStorage(Item)) : defaultQuotaTargetSettings(year);
    },

    /** Saves `values` for `year` over the settings read at `expectedVersion` (0: the defaults); 409 if stale. */
    async put(
      year: number,
      values: QuotaTargetValues,
      expectedVersion: number,
      actorId: string,
      now: Date,
      audit: AuditEntry[] = [],
    ): Promise<QuotaTargetSettings> {
      const next: QuotaTargetSettings = {
        year,
        values,
        version: expectedVersion + 1,
        updatedAt: now.toISOString(),
        updatedBy: actorId,
      };
      const failed = await writeAtomicallyRetrying(ctx, [
        {
          Put: {
            TableName: tableName,
            Item: { ...keys.quotaTargets(String(year)), entity: 'QuotaTargets', ...next },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
          },
        },
        ...audit.map((entry) => auditPut(ctx, entry)),
      ]);
      if (failed !== undefined) throw new StoreConflictError('stale_version', { subject: 'quota_targets' });
      return next;
    },
  };
}
export type QuotaTargetRepository = ReturnType<typeof createQuotaTargetRepository>;
