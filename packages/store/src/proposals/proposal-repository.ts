import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Proposal,
  type ProposalInput,
  ProposalSchema,
  type ProposalStatus,
  parseProposalId,
} from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { queryPage } from '../dynamo/cursor.ts';
import type { Page } from '../dynamo/page.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { PagedStoreContext, StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';

const parse = (raw: Record<string, unknown>) => ProposalSchema.parse(stripStorage(raw));

/** The fields the matcher supplies, written on every (re-)proposal. */
const MATCH_FIELDS = [
  'id',
  'brokerOrgId',
  'needId',
  'listingId',
  'listingKind',
  'enterpriseOrgId',
  'enterpriseName',
  'needTitle',
  'listingTitle',
  'holderName',
  'score',
  'explanation',
] as const satisfies readonly (keyof ProposalInput)[];

/**
 * The transaction item that moves a still-proposed proposal to `status` (its queue partition follows),
 * failing when it was already decided.
 */
export function proposalDecision(
  ctx: StoreContext,
  proposal: Pick<Proposal, 'brokerOrgId' | 'needId' | 'listingId'>,
  status: Exclude<ProposalStatus, 'proposed'>,
  now: Date,
  extra: { pushId?: string; rejectReason?: string } = {},
): TransactItem {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = {
    ':status': status,
    ':proposed': 'proposed',
    ':now': now.toISOString(),
    ':gpk': keys.proposalByBroker(proposal.brokerOrgId, status, 0, '', '').proposalsByBrokerPk,
    ':one': 1,
  };
  const sets = ['#status = :status', 'updatedAt = :now', 'proposalsByBrokerPk = :gpk'];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    sets.push(`${name} = :${name}`);
    values[`:${name}`] = value;
  }
  return {
    Update: {
      TableName: ctx.tableName,
      Key: keys.proposal(proposal.brokerOrgId, proposal.needId, proposal.listingId),
      UpdateExpression: `SET ${sets.join(', ')} ADD version :one`,
      ConditionExpression: 'attribute_exists(pk) AND #status = :proposed',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** Proposals: matches waiting for a broker (agency, park) to push or reject them, one per broker × pair. */
export function createProposalRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;

  async function upsertOne(proposal: ProposalInput, now: string) {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {
      ':proposed': 'proposed',
      ':now': now,
      ':gpk': keys.proposalByBroker(proposal.brokerOrgId, 'proposed', 0, '', '').proposalsByBrokerPk,
      ':gsk': keys.proposalByBroker(
        proposal.brokerOrgId,
        'proposed',
        proposal.score,
        proposal.needId,
        proposal.listingId,
      ).proposalsByBrokerSk,
      ':entity': 'Proposal',
      ':one': 1,
    };
    const sets = [
      '#status = if_not_exists(#status, :proposed)',
      'createdAt = if_not_exists(createdAt, :now)',
      'updatedAt = :now',
      'proposalsByBrokerPk = if_not_exists(proposalsByBrokerPk, :gpk)',
      'proposalsByBrokerSk = :gsk',
      'entity = :entity',
      // A refresh is not a decision: the version moves only when a broker pushes or rejects.
      'version = if_not_exists(version, :one)',
    ];
    for (const field of MATCH_FIELDS) {
      names[`#${field}`] = field;
      values[`:${field}`] = proposal[field];
      sets.push(`#${field} = :${field}`);
    }
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.proposal(proposal.brokerOrgId, proposal.needId, proposal.listingId),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  return {
    /**
     * Proposes each pair to its broker, or refreshes its score and explanation. A pair already pushed or
     * rejected keeps its status (and stays out of the queue).
     */
    async upsert(proposals: ProposalInput[], now: Date): Promise<void> {
      const at = now.toISOString();
      for (let start = 0; start < proposals.length; start += 10)
        await Promise.all(proposals.slice(start, start + 10).map((p) => upsertOne(p, at)));
    },

    /** One proposal of the broker by its id (`needId.listingId`); undefined for an id that names none. */
    async get(brokerOrgId: string, id: string): Promise<Proposal | undefined> {
      const pair = parseProposalId(id);
      if (!pair) return undefined;
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.proposal(brokerOrgId, pair.needId, pair.listingId),
          ConsistentRead: true,
        }),
      );
      return Item ? parse(Item) : undefined;
    },

    /** The broker's proposals in `status`, best first. */
    async listForBroker(
      brokerOrgId: string,
      status: ProposalStatus,
      options: { limit: number; cursor?: string },
    ): Promise<Page<Proposal>> {
      const page = await queryPage(
        ctx,
        {
          TableName: tableName,
          IndexName: INDEX.proposalsByBroker,
          KeyConditionExpression: 'proposalsByBrokerPk = :pk',
          ExpressionAttributeValues: {
            ':pk': keys.proposalByBroker(brokerOrgId, status, 0, '', '').proposalsByBrokerPk,
          },
          Limit: options.limit,
        },
        options.cursor,
      );
      const nextCursor = page.nextCursor;
      return { items: page.items.map(parse), ...(nextCursor ? { nextCursor } : {}) };
    },

    /**
     * Takes a pair out of the broker's queue when it can no longer be pushed (the need closed, the listing
     * was withdrawn). Only a proposal still waiting goes: a pushed or rejected one stays as the record.
     */
    async withdraw(brokerOrgId: string, needId: string, listingId: string): Promise<void> {
      try {
        await doc.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.proposal(brokerOrgId, needId, listingId),
            ConditionExpression: '#status = :proposed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':proposed': 'proposed' },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },

    /** Rejects a still-proposed proposal, with its reason on the broker's evidence trail. */
    async reject(proposal: Proposal, reason: string, now: Date, audit: AuditEntry[] = []): Promise<Proposal> {
      const failed = await writeAtomicallyRetrying(ctx, [
        proposalDecision(ctx, proposal, 'rejected', now, { rejectReason: reason }),
        ...audit.map((entry) => auditPut(ctx, entry)),
      ]);
      const current = await this.get(proposal.brokerOrgId, proposal.id);
      if (failed !== undefined || current === undefined) throw notPending(current);
      return current;
    },
  };
}
export type ProposalRepository = ReturnType<typeof createProposalRepository>;

/** The refusal when a proposal was decided already (or is gone). */
export function notPending(current: Proposal | undefined): StoreConflictError {
  if (current?.status === 'pushed') return new StoreConflictError('PROPOSAL_PUSHED');
  if (current?.status === 'rejected') return new StoreConflictError('PROPOSAL_REJECTED');
  return new StoreConflictError('PROPOSAL_NOT_FOUND');
}
