import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { keys } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

const RecordSchema = z.object({
  fingerprint: z.string(),
  state: z.enum(['in_progress', 'completed']),
  status: z.optional(z.number().check(z.int())),
  body: z.optional(z.string()),
  contentType: z.optional(z.string()),
});
export type IdempotencyRecord = z.infer<typeof RecordSchema>;

/** Keys live a day: long enough for any client retry, short enough that TTL keeps the table small. */
const TTL_SECONDS = 24 * 60 * 60;

/** Claims tried while the key is released between our put and our read (see `claim`). */
const CLAIM_ATTEMPTS = 5;

export function createIdempotencyRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;
  return {
    /**
     * Claims `key` for a new request. Returns undefined when the claim is ours, or the record a
     * previous request with the same key left behind.
     *
     * A failed first attempt releases (deletes) its claim, and that can happen between our refused
     * put and our read: then there is no record to return, and the key is free — we try to claim it
     * again rather than report a record that is gone. Should the key keep changing hands, the caller
     * is told a request is still running, which is true and safe to retry.
     */
    async claim(
      scope: string,
      key: string,
      fingerprint: string,
      nowMs: number,
    ): Promise<IdempotencyRecord | undefined> {
      for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
        try {
          await doc.send(
            new PutCommand({
              TableName: tableName,
              Item: {
                ...keys.idempotency(scope, key),
                entity: 'Idempotency',
                fingerprint,
                state: 'in_progress',
                expiresAt: Math.floor(nowMs / 1000) + TTL_SECONDS,
              },
              // An expired record that TTL has not yet removed does not block a new claim.
              ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
              ExpressionAttributeValues: { ':now': Math.floor(nowMs / 1000) },
            }),
          );
          return undefined;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
        const { Item } = await doc.send(
          new GetCommand({ TableName: tableName, Key: keys.idempotency(scope, key), ConsistentRead: true }),
        );
        if (Item !== undefined) return RecordSchema.parse(Item);
      }
      return { fingerprint, state: 'in_progress' };
    },

    async complete(
      scope: string,
      key: string,
      response: { status: number; body: string; contentType: string },
    ) {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.idempotency(scope, key),
          UpdateExpression: 'SET #state = :done, #status = :status, body = :body, contentType = :ct',
          ExpressionAttributeNames: { '#state': 'state', '#status': 'status' },
          ExpressionAttributeValues: {
            ':done': 'completed',
            ':status': response.status,
            ':body': response.body,
            ':ct': response.contentType,
          },
        }),
      );
    },

    /** Frees the key after a failure, so the client's retry runs the request again. */
    async release(scope: string, key: string) {
      await doc.send(new DeleteCommand({ TableName: tableName, Key: keys.idempotency(scope, key) }));
    },
  };
}
export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;
