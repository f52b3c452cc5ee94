import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { type Authorisation, AuthorisationSchema } from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';

const item = (auth: Authorisation) => ({
  ...keys.authorisation(auth.enterpriseOrgId, auth.id),
  ...keys.authorisationByAgent(auth.agentOrgId, auth.grantedAt, auth.id),
  entity: 'Authorisation',
  ...auth,
});
const parse = (raw: Record<string, unknown>) => AuthorisationSchema.parse(stripStorage(raw));

/**
 * Authorisations (委托授权) an enterprise grants to agencies and parks. They sit in the enterprise's
 * partition, so the check made before every agency write is a strongly consistent read; the agent's
 * view comes from the `authorisationsByAgent` index.
 */
export function createAuthorisationRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  async function queryAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>) {
    const all: Authorisation[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await doc.send(
        new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: startKey }),
      );
      all.push(...(result.Items ?? []).map(parse));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return all;
  }

  return {
    async get(enterpriseOrgId: string, id: string): Promise<Authorisation | undefined> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.authorisation(enterpriseOrgId, id),
          ConsistentRead: true,
        }),
      );
      return Item ? parse(Item) : undefined;
    },

    /** Every authorisation the enterprise granted, live or not, oldest first. */
    listByEnterprise(enterpriseOrgId: string): Promise<Authorisation[]> {
      return queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.org(enterpriseOrgId).pk,
          ':prefix': keys.authorisationPrefix,
        },
        ConsistentRead: true,
      });
    },

    /** Every authorisation the agency or park holds, live or not, newest first. */
    listByAgent(agentOrgId: string): Promise<Authorisation[]> {
      return queryAll({
        IndexName: INDEX.authorisationsByAgent,
        KeyConditionExpression: 'authorisationsByAgentPk = :pk',
        ExpressionAttributeValues: {
          ':pk': keys.authorisationByAgent(agentOrgId, '', '').authorisationsByAgentPk,
        },
        ScanIndexForward: false,
      });
    },

    /**
     * Stores a new authorisation with its evidence on both trails, in one transaction that also checks
     * the agent is still an approved agency or park when the grant is written.
     */
    async grant(auth: Authorisation, audit: AuditEntry[]): Promise<void> {
      const failed = await writeAtomically(ctx, [
        { Put: { TableName: tableName, Item: item(auth), ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.org(auth.agentOrgId),
            ConditionExpression: '#status = :approved AND #type IN (:agency, :park)',
            ExpressionAttributeNames: { '#status': 'status', '#type': 'type' },
            ExpressionAttributeValues: { ':approved': 'approved', ':agency': 'agency', ':park': 'park' },
          },
        },
        ...audit.map((entry) => auditPut(ctx, entry)),
      ]);
      if (failed === undefined) return;
      if (failed === 1) throw new StoreConflictError('agent_not_approved');
      throw new StoreConflictError('authorisation_exists');
    },

    /** Replaces the authorisation last read at `expectedVersion` (a revocation), with its evidence. */
    async update(next: Authorisation, expectedVersion: number, audit: AuditEntry[]): Promise<void> {
      const failed = await writeAtomically(ctx, [
        {
          Put: {
            TableName: tableName,
            Item: item(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          },
        },
        ...audit.map((entry) => auditPut(ctx, entry)),
      ]);
      if (failed !== undefined) throw new StoreConflictError('stale_version', { subject: 'authorisation' });
    },
  };
}
export type AuthorisationRepository = ReturnType<typeof createAuthorisationRepository>;
