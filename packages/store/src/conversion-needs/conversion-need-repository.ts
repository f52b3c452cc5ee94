import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  type ConversionAnswer,
  ConversionAnswerSchema,
  type ConversionNeed,
  ConversionNeedSchema,
  type Deal,
} from '@openlicense/domain';
import * as z from 'zod/mini';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { dealLinkPuts, dealPut } from '../deals/deal-repository.ts';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { queryPage } from '../dynamo/cursor.ts';
import type { Page } from '../dynamo/page.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { keys, stripStorage } from '../keys.ts';
import type { PagedStoreContext } from '../store-context.ts';

const item = (need: ConversionNeed) => ({
  ...keys.conversionNeed(need.id),
  entity: 'ConversionNeed',
  ...need,
});
const parse = (raw: Record<string, unknown>) => ConversionNeedSchema.parse(stripStorage(raw));
const PointerSchema = z.object({ needId: z.string() });

/** Why an answer was not written: the enterprise answered already, or the need moved meanwhile. */
export type AnswerRefusal = 'already_answered' | 'need_changed';

/**
 * Universities' conversion needs (成果转化需求). The need, a pointer under `CONVERSION_NEEDS#OPEN` while it
 * takes answers (the agencies' and enterprises' list, newest first) and one in the poster's partition; each
 * enterprise's answer in the need's partition, written in one transaction with the deal (stage `lead`) it
 * opens between the enterprise and the university, and the need's new count.
 */
export function createConversionNeedRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;

  const versioned = (next: ConversionNeed, previous: ConversionNeed): TransactItem => ({
    Put: {
      TableName: tableName,
      Item: item(next),
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':v': previous.version },
    },
  });

  async function page(input: QueryCommandInput, cursor: string | undefined): Promise<Page<ConversionNeed>> {
    const result = await queryPage(ctx, input, cursor);
    const ids = result.items.map((raw) => PointerSchema.parse(raw).needId);
    const found = new Map(
      (await batchGetAll(ctx, ids.map(keys.conversionNeed))).map((raw) => {
        const need = parse(raw);
        return [need.id, need] as const;
      }),
    );
    const items = ids.flatMap((id) => found.get(id) ?? []);
    return result.nextCursor ? { items, nextCursor: result.nextCursor } : { items };
  }

  const newestFirst = (pk: string, prefix: string | undefined, limit: number): QueryCommandInput => ({
    TableName: tableName,
    KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
    ExpressionAttributeValues: { ':pk': pk, ...(prefix ? { ':prefix': prefix } : {}) },
    ScanIndexForward: false,
    Limit: limit,
  });

  return {
    async get(id: string): Promise<ConversionNeed | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.conversionNeed(id), ConsistentRead: true }),
      );
      return Item ? parse(Item) : undefined;
    },

    /** Stores a new need with its pointers (open list, poster's partition) and the poster's audit entry. */
    async create(need: ConversionNeed, audit: AuditEntry): Promise<void> {
      const pointer = (key: Record<string, string>, entity: string): TransactItem => ({
        Put: { TableName: tableName, Item: { ...key, entity, needId: need.id } },
      });
      const failed = await writeAtomically(ctx, [
        { Put: { TableName: tableName, Item: item(need), ConditionExpression: 'attribute_not_exists(pk)' } },
        pointer(keys.conversionNeedOpen(need.createdAt, need.id), 'ConversionNeedOpen'),
        pointer(keys.conversionNeedLink(need.posterOrgId, need.createdAt, need.id), 'ConversionNeedLink'),
        auditPut(ctx, audit),
      ]);
      if (failed !== undefined) throw new Error(`conversion need creation failed at item ${failed}`);
    },

    /** The needs still taking answers (some may be past their closing date), newest first. */
    listOpen(options: { limit: number; cursor?: string | undefined }): Promise<Page<ConversionNeed>> {
      return page(newestFirst(keys.conversionNeedOpen('', '').pk, undefined, options.limit), options.cursor);
    },

    /** The needs a university posted, in every status, newest first. */
    listByPoster(
      orgId: string,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<ConversionNeed>> {
      return page(
        newestFirst(keys.org(orgId).pk, keys.conversionNeedLinkPrefix, options.limit),
        options.cursor,
      );
    },

    /** Every answer to a need, oldest first (one per enterprise, so never many). */
    async answers(needId: string): Promise<ConversionAnswer[]> {
      const answers: ConversionAnswer[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: {
              ':pk': keys.conversionNeed(needId).pk,
              ':prefix': keys.conversionAnswerPrefix,
            },
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const raw of result.Items ?? []) answers.push(ConversionAnswerSchema.parse(stripStorage(raw)));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return answers.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    },

    /**
     * Writes the enterprise's answer, the deal it opens and the need as answered (`next`, over `previous` as
     * read), with `audits`, all or nothing. Resolves to why nothing was written, or undefined.
     */
    async answer(
      previous: ConversionNeed,
      next: ConversionNeed,
      answer: ConversionAnswer,
      deal: Deal,
      audits: AuditEntry[],
    ): Promise<AnswerRefusal | undefined> {
      const failed = await writeAtomically(ctx, [
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.conversionAnswer(answer.needId, answer.enterpriseOrgId),
              entity: 'ConversionAnswer',
              ...answer,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        versioned(next, previous),
        dealPut(ctx, deal),
        ...dealLinkPuts(ctx, deal),
        ...audits.map((entry) => auditPut(ctx, entry)),
      ]);
      if (failed === 0) return 'already_answered';
      if (failed === 1) return 'need_changed';
      if (failed !== undefined) throw new Error(`conversion answer failed at item ${failed}`);
      return undefined;
    },

    /**
     * The poster withdrew or closed it: `next` over `previous` as read; it leaves the open list. False when
     * the need changed meanwhile (nothing written).
     */
    async end(previous: ConversionNeed, next: ConversionNeed, audit: AuditEntry): Promise<boolean> {
      const failed = await writeAtomically(ctx, [
        versioned(next, previous),
        { Delete: { TableName: tableName, Key: keys.conversionNeedOpen(previous.createdAt, previous.id) } },
        auditPut(ctx, audit),
      ]);
      if (failed === 0) return false;
      if (failed !== undefined) throw new Error(`conversion need update failed at item ${failed}`);
      return true;
    },
  };
}
export type ConversionNeedRepository = ReturnType<typeof createConversionNeedRepository>;
