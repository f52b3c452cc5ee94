import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  DECLARATION_STATUSES,
  type DeclarationRecord,
  DeclarationSchema,
  type DeclarationStatus,
  ListingSummarySchema,
} from '@openlicense/domain';
import * as z from 'zod/mini';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { queryPage as readPage } from '../dynamo/cursor.ts';
import { mergedQuery } from '../dynamo/merged-query.ts';
import type { Page } from '../dynamo/page.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import { patentUnchanged } from '../patents/patent-repository.ts';
import type { PagedStoreContext, StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';

/** Statuses in which a declaration holds its patent's one active slot. */
const ACTIVE_STATUSES: readonly DeclarationStatus[] = ['submitted', 'published'];
/** Statuses a declaration reaches only by leaving the catalogue. */
const UNPUBLISHED_STATUSES: readonly DeclarationStatus[] = ['withdrawn', 'office_withdrawn', 'expired'];

const isActive = (status: DeclarationStatus) => ACTIVE_STATUSES.includes(status);

const item = (record: DeclarationRecord) => ({
  ...keys.declaration(record.id),
  ...keys.declarationByOrg(record.holderOrgId, record.status, record.createdAt, record.id),
  ...keys.declarationByStatus(record.status, record.updatedAt, record.id),
  ...(record.status === 'published' ? keys.declarationByExpiry(record.listing.lapseDate, record.id) : {}),
  entity: 'Declaration',
  ...record,
});

function parse(raw: Record<string, unknown>): DeclarationRecord {
  const { listing, ...declaration } = stripStorage(raw);
  return { ...DeclarationSchema.parse(declaration), listing: ListingSummarySchema.parse(listing) };
}

const ActiveClaimSchema = z.object({ declarationId: z.string(), holderOrgId: z.string() });
export type ActiveDeclarationClaim = z.infer<typeof ActiveClaimSchema>;

const STALE = () => new StoreConflictError('stale_version', { subject: 'declaration' });
const PATENT_CHANGED = () => new StoreConflictError('patent_changed', { subject: 'declaration' });
const ACTIVE_TAKEN = () => new StoreConflictError('declaration_active', { subject: 'declaration' });

/** The change a status move makes to the patent's active slot: take it, give it back, or leave it. */
function activeSlotChange(ctx: StoreContext, previous: DeclarationRecord, next: DeclarationRecord) {
  const key = keys.activeDeclaration(next.patentNumber);
  if (!isActive(previous.status) && isActive(next.status))
    return {
      Put: {
        TableName: ctx.tableName,
        Item: { ...key, entity: 'ActiveDeclaration', declarationId: next.id, holderOrgId: next.holderOrgId },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  if (isActive(previous.status) && !isActive(next.status))
    return {
      // Never releases another declaration's slot; tolerates a slot already gone.
      Delete: {
        TableName: ctx.tableName,
        Key: key,
        ConditionExpression: 'attribute_not_exists(pk) OR declarationId = :id',
        ExpressionAttributeValues: { ':id': next.id },
      },
    };
  return undefined;
}

/**
 * Open-licence declarations (开放许可声明). Every status change is one transaction with its audit entry
 * on the holder's evidence trail and, when the declaration starts or stops being active (submitted or
 * published), with the patent's active-declaration item, so a patent has at most one active declaration.
 *
 * Index layout (each index owns its `<name>Pk`/`<name>Sk`):
 * - `listingsByOrg`: `ORG#<org>#<status>` / `<createdAt>#<id>` — one status is a query, all statuses a merge;
 * - `listingsByStatus`: `LISTING_STATUS#<status>` / `<updatedAt>#<id>` — the time it entered that status
 *   (a submitted or published declaration cannot be edited), so queue, catalogue and deltas are range reads;
 * - `listingsByExpiry`: `LISTING_EXPIRY` / `<lapseDate>#<id>` — present only while published.
 */
export function createDeclarationRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;

  /** One page of an index query; a cursor DynamoDB cannot resume from is the caller's error, not ours. */
  async function queryPage(
    input: QueryCommandInput,
    cursor: string | undefined,
  ): Promise<Page<DeclarationRecord>> {
    const result = await readPage(ctx, input, cursor);
    const items = result.items.map(parse);
    return result.nextCursor ? { items, nextCursor: result.nextCursor } : { items };
  }

  async function queryStatus(
    status: DeclarationStatus,
    options: { limit: number; cursor?: string | undefined; oldestFirst?: boolean; after?: string },
  ): Promise<Page<DeclarationRecord>> {
    return queryPage(
      {
        TableName: tableName,
        IndexName: INDEX.listingsByStatus,
        KeyConditionExpression: `listingsByStatusPk = :pk${options.after === undefined ? '' : ' AND listingsByStatusSk > :after'}`,
        ExpressionAttributeValues: {
          ':pk': keys.declarationByStatus(status, '', '').listingsByStatusPk,
          ...(options.after === undefined ? {} : { ':after': options.after }),
        },
        ScanIndexForward: options.oldestFirst === true,
        Limit: options.limit,
      },
      options.cursor,
    );
  }

  return {
    async get(id: string): Promise<DeclarationRecord | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.declaration(id) }));
      return Item ? parse(Item) : undefined;
    },

    /** Stores a new draft. */
    async create(record: DeclarationRecord): Promise<void> {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: item(record),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException)
          throw new StoreConflictError('declaration_exists');
        throw error;
      }
    },

    /**
     * Stores a new declaration already submitted (drafted and submitted in one step), with its audit entry,
     * the patent's active slot and a condition that the patent is still at `patentVersion`, all or nothing:
     * a refusal leaves no draft behind. Throws `declaration_exists`, `declaration_active` when another
     * declaration of the patent is submitted or published, `patent_changed` when the ledger record moved.
     */
    async createSubmitted(
      record: DeclarationRecord,
      audit: AuditEntry,
      patentVersion: number,
    ): Promise<void> {
      if (!isActive(record.status))
        throw new Error(`createSubmitted needs an active status, not ${record.status}`);
      const items: TransactItem[] = [
        {
          Put: { TableName: tableName, Item: item(record), ConditionExpression: 'attribute_not_exists(pk)' },
        },
        auditPut(ctx, audit),
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.activeDeclaration(record.patentNumber),
              entity: 'ActiveDeclaration',
              declarationId: record.id,
              holderOrgId: record.holderOrgId,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        patentUnchanged(ctx, record.patentNumber, patentVersion),
      ];
      const failed = await writeAtomically(ctx, items);
      if (failed === 0) throw new StoreConflictError('declaration_exists');
      if (failed === 2) throw ACTIVE_TAKEN();
      if (failed === 3) throw PATENT_CHANGED();
      if (failed !== undefined) throw new Error(`declaration create failed at item ${failed}`);
    },

    /** Replaces the terms of a draft or rejected declaration last read at `expectedVersion`. */
    async update(next: DeclarationRecord, expectedVersion: number): Promise<void> {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: item(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :v AND #status = :status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':v': expectedVersion, ':status': next.status },
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw STALE();
        throw error;
      }
    },

    /**
     * Writes a status change made from `previous` (as read) to `next`, the audit entry that records it,
     * and the patent's active-declaration item, all or nothing. Throws `stale_version` when someone
     * changed the declaration since it was read, `declaration_active` when another declaration of the
     * patent is already submitted or published. With `patentVersion` (submitting and publishing: the version
     * of the patent the guards were checked against), `patent_changed` when the patent's ledger record moved
     * meanwhile, so a licence signed exclusively at the same time cannot commit alongside.
     */
    async transition(
      previous: DeclarationRecord,
      next: DeclarationRecord,
      audit: AuditEntry,
      patentVersion?: number,
    ): Promise<void> {
      const slot = activeSlotChange(ctx, previous, next);
      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: item(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :v',
            ExpressionAttributeValues: { ':v': previous.version },
          },
        },
        auditPut(ctx, audit),
        ...(slot ? [slot] : []),
      ];
      const patentAt = items.length;
      if (patentVersion !== undefined) items.push(patentUnchanged(ctx, next.patentNumber, patentVersion));
      let failed = await writeAtomically(ctx, items);
      // Another declaration holds the slot (never this one's to give back): end this one and leave it be.
      if (failed === 2 && slot && 'Delete' in slot) failed = await writeAtomically(ctx, items.slice(0, 2));
      if (failed === 0) throw STALE();
      if (failed === patentAt && patentVersion !== undefined) throw PATENT_CHANGED();
      if (failed === 2) throw ACTIVE_TAKEN();
      if (failed !== undefined) throw new Error(`declaration transition failed at item ${failed}`);
    },

    /** Which declaration of `patentNumber` is submitted or published, if any. */
    async activeFor(patentNumber: string): Promise<ActiveDeclarationClaim | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.activeDeclaration(patentNumber) }),
      );
      return Item ? ActiveClaimSchema.parse(Item) : undefined;
    },

    /**
     * The active (submitted or published) declaration of each of `patentNumbers` that has one, by patent
     * number: the slots and then those declarations, each in batched reads.
     */
    async activeForMany(patentNumbers: readonly string[]): Promise<Map<string, DeclarationRecord>> {
      const slotOf = new Map(
        patentNumbers.map((number) => {
          const key = keys.activeDeclaration(number);
          return [`${key.pk}|${key.sk}`, number] as const;
        }),
      );
      const slots = await batchGetAll(
        ctx,
        patentNumbers.map((number) => keys.activeDeclaration(number)),
      );
      const declarationIds = slots.map((raw) => ActiveClaimSchema.parse(raw).declarationId);
      const records = (
        await batchGetAll(
          ctx,
          declarationIds.map((id) => keys.declaration(id)),
        )
      ).map(parse);
      const byId = new Map(records.map((record) => [record.id, record]));
      const active = new Map<string, DeclarationRecord>();
      for (const raw of slots) {
        const number = slotOf.get(`${String(raw.pk)}|${String(raw.sk)}`);
        const record = byId.get(ActiveClaimSchema.parse(raw).declarationId);
        if (number !== undefined && record !== undefined) active.set(number, record);
      }
      return active;
    },

    /** An organisation's declarations newest first, in one status or in all of them. */
    async listByOrg(
      holderOrgId: string,
      options: { status?: DeclarationStatus | undefined; limit: number; cursor?: string | undefined },
    ): Promise<Page<DeclarationRecord>> {
      const statuses = options.status ? [options.status] : DECLARATION_STATUSES;
      return mergedQuery(ctx, {
        sources: statuses.map((status) => ({
          indexName: INDEX.listingsByOrg,
          pk: keys.declarationByOrg(holderOrgId, status, '', '').listingsByOrgPk,
        })),
        parse,
        sortKey: (record) => keys.declarationByOrg('', '', record.createdAt, record.id).listingsByOrgSk,
        identity: (record) => record.id,
        limit: options.limit,
        ...(options.cursor ? { cursor: options.cursor } : {}),
      });
    },

    /** Declarations waiting for the IP office's review, oldest submission first. */
    async listSubmitted(options: { limit: number; cursor?: string | undefined }) {
      return queryStatus('submitted', { ...options, oldestFirst: true });
    },

    /** The catalogue: published declarations, most recently published first. */
    async listPublished(options: { limit: number; cursor?: string | undefined }) {
      return queryStatus('published', options);
    },

    /**
     * Every declaration that was published, or left publication (withdrawn, withdrawn by the office,
     * expired), at or after `isoTime`, oldest change first: apply `published` ones as upserts and the rest
     * as removals. Index reads are eventually consistent, so poll with some overlap (e.g. from a minute
     * before the newest `updatedAt` already applied); applying a change twice is harmless.
     */
    async listChangedSince(isoTime: string): Promise<DeclarationRecord[]> {
      const changed: DeclarationRecord[] = [];
      for (const status of ['published', ...UNPUBLISHED_STATUSES] as const) {
        let cursor: string | undefined;
        do {
          const page = await queryStatus(status, { limit: 500, cursor, oldestFirst: true, after: isoTime });
          changed.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
      }
      return changed.sort((a, b) =>
        a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? -1 : 1,
      );
    },

    /** Published declarations whose lapse date is before `date` (YYYY-MM-DD), earliest first. */
    async listLapsedBefore(
      date: string,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<DeclarationRecord>> {
      return queryPage(
        {
          TableName: tableName,
          IndexName: INDEX.listingsByExpiry,
          KeyConditionExpression: 'listingsByExpiryPk = :pk AND listingsByExpirySk < :date',
          ExpressionAttributeValues: {
            ':pk': keys.declarationByExpiry('', '').listingsByExpiryPk,
            ':date': date,
          },
          Limit: options.limit,
        },
        options.cursor,
      );
    },
  };
}
export type DeclarationRepository = ReturnType<typeof createDeclarationRepository>;
