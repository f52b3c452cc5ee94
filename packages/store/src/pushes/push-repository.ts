import { BatchGetCommand, type BatchGetCommandOutput, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Push } from '@openlicense/domain';
import { createAuthorisationRepository } from '../authorisations/authorisation-repository.ts';
import { queryPage as readPage } from '../dynamo/cursor.ts';
import { exactCount } from '../dynamo/exact-count.ts';
import type { Page } from '../dynamo/page.ts';
import { keys } from '../keys.ts';
import type { PagedStoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';
import { type ApproveRequest, approvePush } from './push-approve.ts';
import { deliverPush } from './push-deliver.ts';
import { answerPush, type FeedbackRequest, markPushRead } from './push-feedback.ts';
import { type PushDeps, type PushSteps, parsePush } from './push-item.ts';

export type { ApproveRequest } from './push-approve.ts';
export type { FeedbackRequest } from './push-feedback.ts';

/**
 * Precise pushes (精准推送): approval under the pair lock, weekly cap and unsubscribe (push-approve.ts);
 * delivery counted toward the broker's quota once per (listing, enterprise) pair and year (push-deliver.ts);
 * read receipts and feedback with its lead and the matcher's adjustments (push-feedback.ts). Every step
 * writes its evidence in the same transaction. The reads are here.
 */
export function createPushRepository(ctx: PagedStoreContext, deps: PushDeps) {
  const { doc, tableName } = ctx;
  async function get(id: string): Promise<Push | undefined> {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.push(id), ConsistentRead: true }),
    );
    return Item ? parsePush(Item) : undefined;
  }
  const steps: PushSteps = { ctx, deps, authorisations: createAuthorisationRepository(ctx), get };

  return {
    get,

    /** See {@link approvePush}: one transaction under the pair lock, weekly cap and unsubscribe. */
    approve: (request: ApproveRequest): Promise<Push> => approvePush(steps, request),

    /** See {@link deliverPush}: idempotent, counted once per pair and year, authorisation checked live. */
    deliver: (pushId: string, now: Date): Promise<Push> => deliverPush(steps, pushId, now),

    /** The enterprise's inbox, newest delivery first. */
    async listInbox(
      enterpriseOrgId: string,
      options: { limit: number; cursor?: string },
    ): Promise<Page<Push>> {
      return queryPage(
        INDEX.pushesByEnterprise,
        keys.pushByEnterprise(enterpriseOrgId, '', '').pushesByEnterprisePk,
        options,
      );
    },

    /** Pushes in the inbox not opened yet. */
    async unreadCount(enterpriseOrgId: string): Promise<number> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.pushInbox(enterpriseOrgId), ConsistentRead: true }),
      );
      return Math.max(0, exactCount('unread', Item?.unread));
    },

    listByBroker,

    /**
     * Which of the (listing, enterprise) pairs are held by a push within its dedupe window at `now`, as
     * `listingId#enterpriseOrgId` strings: a screen marks those matches as pushed.
     */
    async pushedPairs(
      pairs: readonly { listingId: string; enterpriseOrgId: string }[],
      now: Date,
    ): Promise<Set<string>> {
      const held = new Set<string>();
      const at = now.toISOString();
      const unique = [...new Map(pairs.map((p) => [`${p.listingId}#${p.enterpriseOrgId}`, p])).values()];
      for (let start = 0; start < unique.length; start += 100) {
        let pending: Record<string, unknown>[] | undefined = unique
          .slice(start, start + 100)
          .map((p) => keys.pushPair(p.listingId, p.enterpriseOrgId));
        for (let attempt = 0; pending && pending.length > 0 && attempt < 5; attempt++) {
          const result: BatchGetCommandOutput = await doc.send(
            new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
          );
          for (const lock of result.Responses?.[tableName] ?? [])
            if (typeof lock.until === 'string' && lock.until >= at)
              held.add(keys.pushPairOf(String(lock.pk)));
          pending = result.UnprocessedKeys?.[tableName]?.Keys;
        }
      }
      return held;
    },

    /** Every push of a broker approved in `year`, newest first (exports). */
    async allByBroker(brokerOrgId: string, year: string | number): Promise<Push[]> {
      const all: Push[] = [];
      let cursor: string | undefined;
      do {
        const page = await listByBroker(brokerOrgId, year, {
          limit: 500,
          ...(cursor ? { cursor } : {}),
        });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },

    /** See {@link markPushRead}: the read receipt. */
    markRead: (id: string, enterpriseOrgId: string, now: Date, actorId = 'system'): Promise<Push> =>
      markPushRead(steps, id, enterpriseOrgId, now, actorId),

    /** See {@link answerPush}: the enterprise's answer, once, with its lead and match adjustments. */
    answer: (
      id: string,
      enterpriseOrgId: string,
      feedback: FeedbackRequest,
      actorId: string,
      now: Date,
    ): Promise<Push> => answerPush(steps, id, enterpriseOrgId, feedback, actorId, now),
  };

  /** A broker's pushes approved in the China-time `year`, newest first. */
  function listByBroker(
    brokerOrgId: string,
    year: string | number,
    options: { limit: number; cursor?: string },
  ): Promise<Page<Push>> {
    const pk = keys.pushByBroker(brokerOrgId, String(year), '', '').pushesByBrokerPk;
    return queryPage(INDEX.pushesByBroker, pk, options);
  }

  async function queryPage(
    indexName: string,
    pk: string,
    options: { limit: number; cursor?: string },
  ): Promise<Page<Push>> {
    const page = await readPage(
      ctx,
      {
        TableName: tableName,
        IndexName: indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': `${indexName}Pk` },
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: false,
        Limit: options.limit,
      },
      options.cursor,
    );
    return { items: page.items.map(parsePush), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }
}
export type PushRepository = ReturnType<typeof createPushRepository>;
