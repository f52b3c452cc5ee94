import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type GradingSettings, type GradingSettingsInput, GradingSettingsSchema } from '@openlicense/domain';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

const parse = (raw: Record<string, unknown>) => GradingSettingsSchema.parse(stripStorage(raw));

/**
 * Each IP office's grading settings (分级分类): its jurisdiction's priority industry chains and its IPC →
 * chain table, versioned (a stale save is a conflict). The matcher reads every office's at once.
 */
export function createGradingSettingsRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  return {
    /** The office's saved settings, or `undefined` while it grades with the platform's defaults. */
    async get(officeOrgId: string): Promise<GradingSettings | undefined> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.gradingSettings(officeOrgId),
          ConsistentRead: true,
        }),
      );
      return Item ? parse(Item) : undefined;
    },

    /** Every office's saved settings (one partition: as many items as offices that saved any). */
    async listAll(): Promise<GradingSettings[]> {
      const all: GradingSettings[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.gradingSettings('').pk },
            ExclusiveStartKey: startKey,
          }),
        );
        all.push(...(result.Items ?? []).map(parse));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return all;
    },

    /**
     * Saves the office's settings over those read at `expectedVersion` (0: the defaults, never saved);
     * `stale_version` when someone saved since.
     */
    async put(
      office: { id: string; name: string; regionCode: string },
      input: GradingSettingsInput,
      expectedVersion: number,
      actorId: string,
      now: Date,
    ): Promise<GradingSettings> {
      const next: GradingSettings = {
        officeOrgId: office.id,
        officeName: office.name,
        regionCode: office.regionCode,
        priorityChains: input.priorityChains,
        ipcChains: input.ipcChains,
        version: expectedVersion + 1,
        updatedAt: now.toISOString(),
        updatedBy: actorId,
      };
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.gradingSettings(office.id), entity: 'GradingSettings', ...next },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException)
          throw new StoreConflictError('stale_version', { subject: 'grading_settings' });
        throw error;
      }
      return next;
    },
  };
}
export type GradingSettingsRepository = ReturnType<typeof createGradingSettingsRepository>;
