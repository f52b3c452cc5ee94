import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type FieldAlert,
  type FieldAlertEntry,
  FieldAlertEntrySchema,
  type FieldAlertInput,
  FieldAlertSchema,
} from '@openlicense/domain';
import { writeAtomically } from '../dynamo/write-atomically.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

const item = (alert: FieldAlert) => ({ ...keys.fieldAlert(alert.orgId), entity: 'FieldAlert', ...alert });
const parse = (raw: Record<string, unknown>) => FieldAlertSchema.parse(stripStorage(raw));
const parseEntry = (raw: Record<string, unknown>) => FieldAlertEntrySchema.parse(stripStorage(raw));

/**
 * Universities' field alert subscriptions (领域提醒), the weekly alerts in their inboxes, and the e-mail's
 * unsubscribe tokens. A week's alert is written once, with the subscription's `lastAlertWeek`, in one
 * transaction: a rerun of the weekly job finds the week taken and sends nothing.
 */
export function createFieldAlertRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  async function get(orgId: string): Promise<FieldAlert | undefined> {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.fieldAlert(orgId), ConsistentRead: true }),
    );
    return Item ? parse(Item) : undefined;
  }

  return {
    get,

    /** Subscribes (again) with these fields; the token of an earlier subscription is kept. */
    async put(orgId: string, input: FieldAlertInput, now: Date): Promise<FieldAlert> {
      const current = await get(orgId);
      const at = now.toISOString();
      const { email, ...fields } = input;
      const alert: FieldAlert = {
        ...(current ?? {}),
        orgId,
        ...fields,
        active: true,
        subscribedAt: current?.active ? current.subscribedAt : at,
        unsubscribeToken: current?.unsubscribeToken ?? randomBytes(24).toString('base64url'),
        updatedAt: at,
      };
      if (email) alert.email = email;
      else delete alert.email;
      await writeAtomically(ctx, [
        { Put: { TableName: tableName, Item: item(alert) } },
        ...(current
          ? []
          : [
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.fieldAlertUnsubscribe(alert.unsubscribeToken),
                    entity: 'FieldAlertToken',
                    orgId,
                  },
                },
              },
            ]),
      ]);
      return alert;
    },

    /** Stops the alerts (the subscription's fields are kept, so subscribing again is one click). */
    async deactivate(orgId: string, now: Date): Promise<FieldAlert | undefined> {
      const current = await get(orgId);
      if (!current) return undefined;
      const next = { ...current, active: false, updatedAt: now.toISOString() };
      await doc.send(new PutCommand({ TableName: tableName, Item: item(next) }));
      return next;
    },

    /** The university the e-mail's unsubscribe token names, if any. */
    async orgOfToken(token: string): Promise<string | undefined> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.fieldAlertUnsubscribe(token),
          ConsistentRead: true,
        }),
      );
      return typeof Item?.orgId === 'string' ? Item.orgId : undefined;
    },

    /** Every active subscription (the weekly job's read). */
    async listActive(): Promise<FieldAlert[]> {
      const all: FieldAlert[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.fieldAlert('').pk },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const raw of result.Items ?? []) all.push(parse(raw));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return all.filter((alert) => alert.active);
    },

    /**
     * Records the week's alert and moves the subscription to it, unless this week's alert exists already or
     * the subscription was changed since it was read (then false: nothing was written).
     */
    async record(alert: FieldAlert, entry: FieldAlertEntry): Promise<boolean> {
      const failed = await writeAtomically(ctx, [
        {
          Put: {
            TableName: tableName,
            Item: { ...keys.fieldAlertEntry(entry.orgId, entry.week), entity: 'FieldAlertEntry', ...entry },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: tableName,
            Key: keys.fieldAlert(alert.orgId),
            UpdateExpression: 'SET lastAlertWeek = :week, lastAlertAt = :at',
            ConditionExpression: 'updatedAt = :updatedAt AND active = :true',
            ExpressionAttributeValues: {
              ':week': entry.week,
              ':at': entry.createdAt,
              ':updatedAt': alert.updatedAt,
              ':true': true,
            },
          },
        },
      ]);
      return failed === undefined;
    },

    async markEmailed(orgId: string, week: string): Promise<void> {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.fieldAlertEntry(orgId, week),
          UpdateExpression: 'SET emailed = :true',
          ExpressionAttributeValues: { ':true': true },
        }),
      );
    },

    /** The university's alerts, newest first. */
    async entries(orgId: string, limit: number): Promise<FieldAlertEntry[]> {
      const { Items } = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.fieldAlertEntry(orgId, '').pk,
            ':prefix': keys.fieldAlertEntryPrefix,
          },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (Items ?? []).map(parseEntry);
    },
  };
}
export type FieldAlertRepository = ReturnType<typeof createFieldAlertRepository>;
