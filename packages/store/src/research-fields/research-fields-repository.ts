import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type ResearchFields, type ResearchFieldsInput, ResearchFieldsSchema } from '@openlicense/domain';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/** A university's declared research fields (研究领域); none (version 0) until first saved. */
export function createResearchFieldsRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  return {
    async get(orgId: string): Promise<ResearchFields> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.researchFields(orgId), ConsistentRead: true }),
      );
      return Item
        ? ResearchFieldsSchema.parse(stripStorage(Item))
        : { orgId, ipcPrefixes: [], industryChains: [], version: 0 };
    },

    /** Saves over the fields read at `expectedVersion` (0: never saved); a conflict when someone changed them. */
    async put(
      orgId: string,
      input: ResearchFieldsInput,
      expectedVersion: number,
      now: Date,
    ): Promise<ResearchFields> {
      const next: ResearchFields = {
        orgId,
        ...input,
        updatedAt: now.toISOString(),
        version: expectedVersion + 1,
      };
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.researchFields(orgId), entity: 'ResearchFields', ...next },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException)
          throw new StoreConflictError('stale_version', { subject: 'research_fields' });
        throw error;
      }
      return next;
    },
  };
}
export type ResearchFieldsRepository = ReturnType<typeof createResearchFieldsRepository>;
