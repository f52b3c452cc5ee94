import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type Lead, LeadSchema } from '@openlicense/domain';
import { idIn } from '../dynamo/pointer.ts';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/** The lead and its links to the broker and the enterprise, for a transaction (the push feedback's). */
export function leadPuts(ctx: StoreContext, lead: Lead): TransactItem[] {
  const link = (orgId: string): TransactItem => ({
    Put: {
      TableName: ctx.tableName,
      Item: {
        ...keys.leadLink(orgId, lead.id),
        entity: 'LeadLink',
        leadId: lead.id,
        createdAt: lead.createdAt,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  });
  return [
    {
      Put: {
        TableName: ctx.tableName,
        Item: { ...keys.lead(lead.id), entity: 'Lead', ...lead },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    link(lead.brokerOrgId),
    link(lead.enterpriseOrgId),
  ];
}

/** Leads: the start of the deal pipeline (issue 6 grows it). */
export function createLeadRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;
  return {
    async get(id: string): Promise<Lead | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.lead(id), ConsistentRead: true }),
      );
      return Item ? LeadSchema.parse(stripStorage(Item)) : undefined;
    },

    /** Ids of the leads linked to an organisation (broker or enterprise), oldest first. */
    async idsForOrg(orgId: string): Promise<string[]> {
      const ids: string[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': keys.org(orgId).pk, ':prefix': keys.leadLinkPrefix },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of result.Items ?? []) ids.push(idIn(item, 'leadId'));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return ids;
    },
  };
}
export type LeadRepository = ReturnType<typeof createLeadRepository>;
