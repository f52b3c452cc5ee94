import { GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { type Patent, type PatentDispute, PatentDisputeSchema } from '@openlicense/domain';
import * as z from 'zod/mini';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { queryPage } from '../dynamo/cursor.ts';
import type { Page } from '../dynamo/page.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { PagedStoreContext } from '../store-context.ts';
import { patentPut } from './patent-repository.ts';

const item = (d: PatentDispute) => ({ ...keys.patentDispute(d.id), entity: 'PatentDispute', ...d });
const parse = (raw: Record<string, unknown>) => PatentDisputeSchema.parse(stripStorage(raw));
const PointerSchema = z.object({ disputeId: z.string() });

const STALE = () => new StoreConflictError('stale_version', { subject: 'patent_dispute' });
const HOLDER_CHANGED = () => new StoreConflictError('patent_changed', { subject: 'dispute' });

/** Moving the patent to the claimant: its new record, the version it was read at (0: gone), and who held it. */
export interface PatentMove {
  patent: Patent;
  expectedVersion: number;
  fromOrgId: string;
}

/**
 * Disputes over who holds a patent number (权属异议). Each write is one transaction: the dispute, its
 * status item (the IP office's queue), the links in the claimant's and the holder's partitions, the
 * claimant's one-open-claim lock, the audit entries on both trails and — when the office awards the
 * patent to the claimant — the patent itself, moved to the claimant's ledger under its version and its
 * holder, with no open-licence declaration active.
 */
export function createPatentDisputeRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;

  async function page(input: QueryCommandInput, cursor: string | undefined): Promise<Page<PatentDispute>> {
    const result = await queryPage(ctx, input, cursor);
    const ids = result.items.map((raw) => PointerSchema.parse(raw).disputeId);
    const found = new Map(
      (
        await batchGetAll(
          ctx,
          ids.map((id) => keys.patentDispute(id)),
        )
      ).map((raw) => {
        const d = parse(raw);
        return [d.id, d] as const;
      }),
    );
    const items = ids.flatMap((id) => found.get(id) ?? []);
    return result.nextCursor ? { items, nextCursor: result.nextCursor } : { items };
  }

  return {
    async get(id: string): Promise<PatentDispute | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.patentDispute(id), ConsistentRead: true }),
      );
      return Item ? parse(Item) : undefined;
    },

    /** The claimant's open dispute on `number`, if any. */
    async openClaimOf(number: string, claimantOrgId: string): Promise<string | undefined> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.patentDisputeClaim(number, claimantOrgId),
          ConsistentRead: true,
        }),
      );
      return Item ? PointerSchema.parse(Item).disputeId : undefined;
    },

    /**
     * Opens `dispute` while the patent is still held by its holder at `patentVersion`; refuses a second
     * open claim of the same claimant on the number (`dispute_open`).
     */
    async open(dispute: PatentDispute, patentVersion: number, audits: AuditEntry[]): Promise<void> {
      const pointer = { disputeId: dispute.id };
      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.patentDisputeClaim(dispute.patentNumber, dispute.claimantOrgId),
              entity: 'PatentDisputeClaim',
              ...pointer,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.patent(dispute.patentNumber),
            ConditionExpression: 'holderOrgId = :holder AND version = :v',
            ExpressionAttributeValues: { ':holder': dispute.holderOrgId, ':v': patentVersion },
          },
        },
        {
          Put: { TableName: tableName, Item: item(dispute), ConditionExpression: 'attribute_not_exists(pk)' },
        },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.patentDisputeByStatus('open', dispute.createdAt, dispute.id),
              entity: 'PatentDisputeStatus',
              ...pointer,
            },
          },
        },
        ...[dispute.claimantOrgId, dispute.holderOrgId].map((orgId) => ({
          Put: {
            TableName: tableName,
            Item: {
              ...keys.patentDisputeLink(orgId, dispute.createdAt, dispute.id),
              entity: 'PatentDisputeLink',
              ...pointer,
            },
          },
        })),
        ...audits.map((entry) => auditPut(ctx, entry)),
      ];
      const failed = await writeAtomically(ctx, items);
      if (failed === 0) throw new StoreConflictError('dispute_open');
      if (failed === 1) throw HOLDER_CHANGED();
      if (failed !== undefined) throw new Error(`dispute open failed at item ${failed}`);
    },

    /**
     * Writes the decision `next` over `previous` (as read), leaves the queue and releases the claim lock,
     * with `audits`; with `move`, the patent changes ledgers in the same transaction, refused while an
     * open-licence declaration of it is submitted or published (`declaration_active`).
     */
    async resolve(
      previous: PatentDispute,
      next: PatentDispute,
      audits: AuditEntry[],
      move?: PatentMove,
    ): Promise<void> {
      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: item(next),
            ConditionExpression: 'version = :v AND #status = :open',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':v': previous.version, ':open': 'open' },
          },
        },
        {
          Delete: {
            TableName: tableName,
            Key: keys.patentDisputeByStatus('open', previous.createdAt, previous.id),
          },
        },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.patentDisputeByStatus('resolved', next.updatedAt, next.id),
              entity: 'PatentDisputeStatus',
              disputeId: next.id,
            },
          },
        },
        {
          Delete: {
            TableName: tableName,
            Key: keys.patentDisputeClaim(previous.patentNumber, previous.claimantOrgId),
          },
        },
        ...audits.map((entry) => auditPut(ctx, entry)),
      ];
      const moveAt = items.length;
      if (move) {
        const put = patentPut(ctx, move.patent, move.expectedVersion).Put!;
        // A holder that removed the entry meanwhile left the number free: it is simply the claimant's.
        const held =
          move.expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'attribute_exists(pk) AND version = :v AND holderOrgId = :from',
                ExpressionAttributeValues: { ':v': move.expectedVersion, ':from': move.fromOrgId },
              };
        items.push(
          { Put: { TableName: put.TableName, Item: put.Item, ...held } },
          {
            ConditionCheck: {
              TableName: tableName,
              Key: keys.activeDeclaration(move.patent.number),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        );
      }
      const failed = await writeAtomically(ctx, items);
      if (failed === 0) throw STALE();
      if (failed === moveAt) throw HOLDER_CHANGED();
      if (failed === moveAt + 1) throw new StoreConflictError('declaration_active', { subject: 'dispute' });
      if (failed !== undefined) throw new Error(`dispute resolve failed at item ${failed}`);
    },

    /** Disputes in `status`, oldest first: the IP office's queue reads `open`. */
    async listByStatus(
      status: PatentDispute['status'],
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<PatentDispute>> {
      return page(
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.patentDisputeByStatus(status, '', '').pk },
          ScanIndexForward: status === 'open',
          Limit: options.limit,
        },
        options.cursor,
      );
    },

    /** Disputes the organisation claimed or holds the patent of, newest first. */
    async listForOrg(
      orgId: string,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<PatentDispute>> {
      return page(
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.org(orgId).pk, ':prefix': keys.patentDisputeLinkPrefix },
          ScanIndexForward: false,
          Limit: options.limit,
        },
        options.cursor,
      );
    },
  };
}
export type PatentDisputeRepository = ReturnType<typeof createPatentDisputeRepository>;
