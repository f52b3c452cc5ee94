import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Patent, PatentSchema } from '@openlicense/domain';
import { queryPage } from '../dynamo/cursor.ts';
import type { Page } from '../dynamo/page.ts';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { PagedStoreContext, StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';

const item = (patent: Patent) => ({
  ...keys.patent(patent.number),
  ...keys.patentByHolder(patent.holderOrgId, patent.number),
  entity: 'Patent',
  ...patent,
});
const parse = (raw: Record<string, unknown>) => PatentSchema.parse(stripStorage(raw));
/** A stored patent item as read raw (a batch or transaction of another repository). */
export const parsePatent = parse;

/**
 * The replacement of a patent last read at `expectedVersion`, as one item of another repository's
 * transaction: the same optimistic lock as `update` (`next.version` is `expectedVersion + 1`).
 */
export const patentPut = (ctx: StoreContext, next: Patent, expectedVersion: number): TransactItem => ({
  Put: {
    TableName: ctx.tableName,
    Item: item(next),
    ConditionExpression: 'attribute_exists(pk) AND version = :v',
    ExpressionAttributeValues: { ':v': expectedVersion },
  },
});

/** A condition that the patent is still at `version` (as read) when another repository's transaction commits. */
export const patentUnchanged = (ctx: StoreContext, number: string, version: number): TransactItem => ({
  ConditionCheck: {
    TableName: ctx.tableName,
    Key: keys.patent(number),
    ConditionExpression: 'version = :v',
    ExpressionAttributeValues: { ':v': version },
  },
});
const STALE = () => new StoreConflictError('stale_version', { subject: 'patent' });

export type CreateResult = { created: true } | { created: false; existing: Patent };

/**
 * The patent ledger (专利台账). The item key is the patent number, so a number can be claimed by one
 * organisation only: the conditional put is the uniqueness check, not a read before it.
 */
export function createPatentRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;
  return {
    async get(number: string): Promise<Patent | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.patent(number) }));
      return Item ? parse(Item) : undefined;
    },

    /** Up to any number of patents by number, 100 per request; missing numbers are simply absent. */
    async getMany(numbers: string[]): Promise<Map<string, Patent>> {
      const found = new Map<string, Patent>();
      const unique = [...new Set(numbers)];
      for (let i = 0; i < unique.length; i += 100) {
        let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
          [tableName]: { Keys: unique.slice(i, i + 100).map((n) => keys.patent(n)) },
        };
        while (request && Object.keys(request).length > 0) {
          const result = await doc.send(new BatchGetCommand({ RequestItems: request }));
          for (const raw of result.Responses?.[tableName] ?? []) {
            const patent = parse(raw);
            found.set(patent.number, patent);
          }
          request = result.UnprocessedKeys as typeof request;
        }
      }
      return found;
    },

    /** Claims the number for `patent.holderOrgId`; when it is already claimed, returns who has it. */
    async create(patent: Patent): Promise<CreateResult> {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: item(patent),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return { created: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const existing = await this.get(patent.number);
        if (!existing) throw error;
        return { created: false, existing };
      }
    },

    /** Replaces a record the holder last saw at `expectedVersion` (optimistic locking). */
    async update(next: Patent, expectedVersion: number): Promise<void> {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: item(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :v AND holderOrgId = :holder',
            ExpressionAttributeValues: { ':v': expectedVersion, ':holder': next.holderOrgId },
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw STALE();
        throw error;
      }
    },

    async delete(number: string, holderOrgId: string, expectedVersion: number): Promise<void> {
      try {
        await doc.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.patent(number),
            ConditionExpression: 'version = :v AND holderOrgId = :holder',
            ExpressionAttributeValues: { ':v': expectedVersion, ':holder': holderOrgId },
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw STALE();
        throw error;
      }
    },

    /** An organisation's ledger, by patent number. */
    async listByHolder(
      holderOrgId: string,
      options: { limit: number; cursor?: string },
    ): Promise<Page<Patent>> {
      const page = await queryPage(
        ctx,
        {
          TableName: tableName,
          IndexName: INDEX.patentsByHolder,
          KeyConditionExpression: 'patentsByHolderPk = :pk',
          ExpressionAttributeValues: { ':pk': keys.patentByHolder(holderOrgId, '').patentsByHolderPk },
          Limit: options.limit,
        },
        options.cursor,
      );
      const items = page.items.map(parse);
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    /** The whole ledger of an organisation (exports): every page of the holder index. */
    async allByHolder(holderOrgId: string): Promise<Patent[]> {
      const all: Patent[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.listByHolder(holderOrgId, { limit: 500, ...(cursor ? { cursor } : {}) });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
  };
}
export type PatentRepository = ReturnType<typeof createPatentRepository>;
