import { randomBytes } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  DEFAULT_PUSH_PREFERENCES,
  type PushPreferences,
  type PushPreferencesInput,
  PushPreferencesSchema,
} from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

const item = (prefs: PushPreferences) => ({
  ...keys.pushPreferences(prefs.enterpriseOrgId),
  entity: 'PushPreferences',
  ...prefs,
});
const parse = (raw: Record<string, unknown>) => PushPreferencesSchema.parse(stripStorage(raw));

/** An enterprise's choices about pushes: unsubscribe, weekly cap, email; and the email's unsubscribe token. */
export function createPushPreferencesRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  return {
    /** What is stored, if anything (defaults are not written). */
    async find(enterpriseOrgId: string): Promise<PushPreferences | undefined> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.pushPreferences(enterpriseOrgId),
          ConsistentRead: true,
        }),
      );
      return Item ? parse(Item) : undefined;
    },

    /**
     * The enterprise's preferences; the first read stores the defaults (version 0) with a fresh unsubscribe
     * token, so every email can carry its link.
     */
    async get(enterpriseOrgId: string): Promise<PushPreferences> {
      const stored = await this.find(enterpriseOrgId);
      if (stored) return stored;
      const prefs: PushPreferences = {
        enterpriseOrgId,
        ...DEFAULT_PUSH_PREFERENCES,
        unsubscribeToken: randomBytes(24).toString('base64url'),
        version: 0,
      };
      const failed = await writeAtomicallyRetrying(ctx, [
        { Put: { TableName: tableName, Item: item(prefs), ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.pushUnsubscribe(prefs.unsubscribeToken),
              entity: 'PushUnsubscribeToken',
              enterpriseOrgId,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]);
      if (failed === undefined) return prefs;
      const winner = await this.find(enterpriseOrgId);
      if (!winner) throw new Error('push preferences vanished while being created');
      return winner;
    },

    /** Saves the enterprise's choices over those read at `expectedVersion` (409 when someone changed them). */
    async put(
      enterpriseOrgId: string,
      input: PushPreferencesInput,
      expectedVersion: number,
      now: Date,
      audit: AuditEntry[] = [],
    ): Promise<PushPreferences> {
      const current = await this.get(enterpriseOrgId);
      const next: PushPreferences = {
        ...current,
        ...input,
        updatedAt: now.toISOString(),
        version: expectedVersion + 1,
      };
      const failed = await writeAtomicallyRetrying(ctx, [
        {
          Put: {
            TableName: tableName,
            Item: item(next),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          },
        },
        ...audit.map((entry) => auditPut(ctx, entry)),
      ]);
      if (failed !== undefined)
        throw new StoreConflictError('stale_version', { subject: 'push_preferences' });
      return next;
    },

    /** The email link's one-click unsubscribe; undefined when the token names no enterprise. */
    async unsubscribe(token: string, now: Date): Promise<PushPreferences | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.pushUnsubscribe(token), ConsistentRead: true }),
      );
      if (typeof Item?.enterpriseOrgId !== 'string') return undefined;
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await this.get(Item.enterpriseOrgId);
        if (current.unsubscribed) return current;
        try {
          return await this.put(
            current.enterpriseOrgId,
            { unsubscribed: true, weeklyCap: current.weeklyCap, email: current.email },
            current.version,
            now,
          );
        } catch (error) {
          if (!(error instanceof StoreConflictError)) throw error;
        }
      }
      throw new StoreConflictError('stale_version', { subject: 'unsubscribe' });
    },
  };
}
export type PushPreferencesRepository = ReturnType<typeof createPushPreferencesRepository>;
