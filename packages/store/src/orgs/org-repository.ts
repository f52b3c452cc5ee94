import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type Org, OrgSchema, type OrgStatus, OrgStatusSchema, type Role } from '@openlicense/domain';
import * as z from 'zod/mini';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { queryPage } from '../dynamo/cursor.ts';
import type { Page } from '../dynamo/page.ts';
import { failedConditionIndex } from '../dynamo/transaction-error.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { PagedStoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';
import { membershipUpdate } from './membership-update.ts';

const orgItem = (org: Org) => ({
  ...keys.org(org.id),
  ...keys.orgByStatus(org.status, org.createdAt, org.id),
  entity: 'Org',
  ...org,
});

/** An IP office in the offices' directory (jurisdiction by region code), kept with the office's own item. */
export const IpOfficeEntrySchema = z.object({
  orgId: z.string(),
  name: z.string(),
  regionCode: z.string(),
  status: OrgStatusSchema,
});
export type IpOfficeEntry = z.infer<typeof IpOfficeEntrySchema>;

/** The directory entry written beside an IP office's item (none for other organisations). */
const officeEntryPut = (tableName: string, org: Org) =>
  org.type === 'ip_office'
    ? [
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.ipOffice(org.id),
              entity: 'IpOfficeEntry',
              orgId: org.id,
              name: org.name,
              regionCode: org.regionCode,
              status: org.status,
            },
          },
        },
      ]
    : [];

export function createOrgRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;

  return {
    async get(orgId: string): Promise<Org | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.org(orgId) }));
      return Item ? OrgSchema.parse(stripStorage(Item)) : undefined;
    },

    /**
     * Stores a new application and makes the applicant its first member, in one transaction:
     * the USCC can be claimed by one organisation only, and a user can join only one.
     */
    async create(org: Org, applicant: { userId: string; email: string; role: Role }, audit: AuditEntry) {
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: { ...keys.usccClaim(org.uscc), entity: 'UsccClaim', orgId: org.id },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: orgItem(org),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              { Update: membershipUpdate(tableName, applicant, org.id) },
              auditPut(ctx, audit),
              ...officeEntryPut(tableName, org),
            ],
          }),
        );
      } catch (error) {
        const failed = failedConditionIndex(error);
        if (failed === 0) throw new StoreConflictError('uscc_taken');
        if (failed === 2) throw new StoreConflictError('already_member', { who: 'self' });
        throw error;
      }
    },

    /**
     * Replaces an organisation if nobody changed it since `expectedVersion` was read (optimistic
     * locking), appending the audit entry in the same transaction. A changed USCC moves its claim.
     */
    async update(next: Org, expectedVersion: number, audit: AuditEntry, previousUscc?: string) {
      const moveClaim = previousUscc !== undefined && previousUscc !== next.uscc;
      const items = [
        {
          Put: {
            TableName: tableName,
            Item: orgItem(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          },
        },
        auditPut(ctx, audit),
        ...(moveClaim
          ? [
              {
                Put: {
                  TableName: tableName,
                  Item: { ...keys.usccClaim(next.uscc), entity: 'UsccClaim', orgId: next.id },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              { Delete: { TableName: tableName, Key: keys.usccClaim(previousUscc) } },
            ]
          : []),
        // After the claim items: the failed-condition indices above stay as they are.
        ...officeEntryPut(tableName, next),
      ];
      try {
        await doc.send(new TransactWriteCommand({ TransactItems: items }));
      } catch (error) {
        const failed = failedConditionIndex(error);
        if (failed === 0) throw new StoreConflictError('stale_version', { subject: 'organisation' });
        if (failed === 2) throw new StoreConflictError('uscc_taken');
        throw error;
      }
    },

    /** Every IP office on the platform (approved or not), from the offices' directory: a handful of items. */
    async listOffices(): Promise<IpOfficeEntry[]> {
      const entries: IpOfficeEntry[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.ipOffice('').pk },
            ExclusiveStartKey: startKey,
          }),
        );
        entries.push(...(result.Items ?? []).map((item) => IpOfficeEntrySchema.parse(stripStorage(item))));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return entries;
    },

    async listByStatus(status: OrgStatus, options: { limit: number; cursor?: string }): Promise<Page<Org>> {
      const page = await queryPage(
        ctx,
        {
          TableName: tableName,
          IndexName: INDEX.orgsByStatus,
          KeyConditionExpression: 'orgsByStatusPk = :pk',
          ExpressionAttributeValues: { ':pk': keys.orgByStatus(status, '', '').orgsByStatusPk },
          Limit: options.limit,
        },
        options.cursor,
      );
      const items = page.items.map((item) => OrgSchema.parse(stripStorage(item)));
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },
  };
}
export type OrgRepository = ReturnType<typeof createOrgRepository>;
