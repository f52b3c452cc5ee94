import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';
import { type AuditEntry, AuditEntrySchema } from './audit-entry.ts';

/** Reads an organisation's evidence trail, newest first. Entries are written with the change they record. */
export function createAuditRepository(ctx: StoreContext) {
  return {
    async listForOrg(orgId: string, limit = 100): Promise<AuditEntry[]> {
      const result = await ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.org(orgId).pk, ':prefix': keys.auditPrefix },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (result.Items ?? []).map((item) => AuditEntrySchema.parse(stripStorage(item)));
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
