import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  DEFAULT_PUSH_SETTINGS,
  type PushSettings,
  type PushSettingsInput,
  PushSettingsSchema,
} from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/** A broker's (agency, park) automatic-push choice; defaults (off, threshold 80, version 0) until saved. */
export function createPushSettingsRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  return {
    async get(brokerOrgId: string): Promise<PushSettings> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.pushSettings(brokerOrgId), ConsistentRead: true }),
      );
      return Item
        ? PushSettingsSchema.parse(stripStorage(Item))
        : { brokerOrgId, ...DEFAULT_PUSH_SETTINGS, version: 0 };
    },

    /** Saves over the settings read at `expectedVersion` (0: never saved); 409 when someone changed them. */
    async put(
      brokerOrgId: string,
      input: PushSettingsInput,
      expectedVersion: number,
      now: Date,
      audit: AuditEntry[] = [],
    ): Promise<PushSettings> {
      const next: PushSettings = {
        brokerOrgId,
        ...input,
        updatedAt: now.toISOString(),
        version: expectedVersion + 1,
      };
      const failed = await writeAtomicallyRetrying(ctx, [
        {
          Put: {
            TableName: tableName,
            Item: { ...keys.pushSettings(brokerOrgId), entity: 'PushSettings', ...next },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
          },
        },
        ...audit.map((entry) => auditPut(ctx, entry)),
      ]);
      if (failed !== undefined)
        throw new StoreConflictError('stale_version', { subject: 'push_preferences' });
      return next;
    },
  };
}
export type PushSettingsRepository = ReturnType<typeof createPushSettingsRepository>;
