import { keys } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';
import type { AuditEntry } from './audit-entry.ts';

/** A transaction item appending `entry` to its organisation's evidence trail; an entry is never overwritten. */
export const auditPut = (ctx: StoreContext, entry: AuditEntry) => ({
  Put: {
    TableName: ctx.tableName,
    Item: { ...keys.audit(entry.orgId, entry.id), entity: 'AuditEntry', ...entry },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});
