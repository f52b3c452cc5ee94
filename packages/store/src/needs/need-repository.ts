import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type Need, NeedSchema } from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { batchWrite } from '../dynamo/batch-write.ts';
import { mergedQuery } from '../dynamo/merged-query.ts';
import type { Page } from '../dynamo/page.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { PagedStoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';
import {
  type LiveNeedField,
  liveNeedFieldPuts,
  liveNeedFieldWrites,
  liveNeedIdsByField,
} from './live-need-fields.ts';

/** Newest first in both need indexes; ULIDs break ties between needs created in the same millisecond. */
export const needSortKey = (need: Pick<Need, 'createdAt' | 'id'>) => `${need.createdAt}#${need.id}`;

/**
 * Whose import namespace a need's `clientRef` lives in: the agency or park that collected it, else the
 * enterprise itself. An agency's sheet and the enterprise's own sheet may then use the same references.
 */
export const needRefScope = (need: Pick<Need, 'ownerOrgId' | 'collectedByOrgId'>) =>
  need.collectedByOrgId ?? need.ownerOrgId;

/** Where to read needs from: an enterprise's ledger, or what an agency or park collected. */
export type NeedSource = { ownerOrgId: string } | { collectorOrgId: string };

/** The authorisation a write by an agency relies on: if it is revoked meanwhile, the write fails. */
export interface AuthorisationRef {
  enterpriseOrgId: string;
  id: string;
}

export interface NeedWriteOptions {
  /** Evidence appended in the same transaction (an agency's work goes on its trail and the enterprise's). */
  audit?: AuditEntry[];
  authorisation?: AuthorisationRef;
}

export type CreateNeedResult = { created: true } | { created: false; existing: Need };

const item = (need: Need) => ({
  ...keys.need(need.id),
  ...keys.needByOwner(need.ownerOrgId, needSortKey(need)),
  ...(need.collectedByOrgId ? keys.needByCollector(need.collectedByOrgId, needSortKey(need)) : {}),
  entity: 'Need',
  ...need,
});
const parse = (raw: Record<string, unknown>) => NeedSchema.parse(stripStorage(raw));

const STALE = () => new StoreConflictError('stale_version', { subject: 'need' });
const REVOKED = () => new StoreConflictError('authorisation_revoked', { subject: 'need' });
const REF_TAKEN = () => new StoreConflictError('client_ref_taken');

/** The technology-need ledger (技术需求台账) of every enterprise, and the needs agencies and parks collect. */
export function createNeedRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;

  const refClaim = (need: Need & { clientRef: string }): TransactItem => ({
    Put: {
      TableName: tableName,
      Item: {
        ...keys.needRef(need.ownerOrgId, needRefScope(need), need.clientRef),
        entity: 'NeedRefClaim',
        needId: need.id,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  });
  const authorisationCheck = ({ enterpriseOrgId, id }: AuthorisationRef): TransactItem => ({
    ConditionCheck: {
      TableName: tableName,
      Key: keys.authorisation(enterpriseOrgId, id),
      ConditionExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':active': 'active' },
    },
  });
  /** The item list, and where in it the ref claim and the authorisation check landed (-1 when absent). */
  function withExtras(first: TransactItem, need: Need, claimRef: boolean, options: NeedWriteOptions) {
    const items: TransactItem[] = [first];
    const at = (extra: TransactItem) => items.push(extra) - 1;
    const ref =
      claimRef && need.clientRef !== undefined ? at(refClaim({ ...need, clientRef: need.clientRef })) : -1;
    const auth = options.authorisation ? at(authorisationCheck(options.authorisation)) : -1;
    for (const entry of options.audit ?? []) items.push(auditPut(ctx, entry));
    return { items, ref, auth };
  }

  return {
    async get(id: string): Promise<Need | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.need(id), ConsistentRead: true }),
      );
      return Item ? parse(Item) : undefined;
    },

    /** The needs of these ids that exist, by id: one batched read. */
    async getMany(ids: readonly string[]): Promise<Map<string, Need>> {
      const raw = await batchGetAll(
        ctx,
        ids.map((id) => keys.need(id)),
      );
      return new Map(raw.map(parse).map((need) => [need.id, need]));
    },

    /** The ids of the newest `limit` live needs under an industry chain or IPC subclass (see `keys.liveNeedByField`). */
    liveIdsByField: (field: LiveNeedField, limit: number) => liveNeedIdsByField(ctx, field, limit),

    /** Writes the field pointers a live need should have (a need stored before they existed has none). */
    restoreFieldPointers: (need: Need) => batchWrite(ctx, liveNeedFieldPuts(need)),

    /** The need an importer entered under `clientRef` for `ownerOrgId` (`scopeOrgId`: see `needRefScope`). */
    async findByClientRef(
      ownerOrgId: string,
      scopeOrgId: string,
      clientRef: string,
    ): Promise<Need | undefined> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.needRef(ownerOrgId, scopeOrgId, clientRef),
          ConsistentRead: true,
        }),
      );
      return typeof Item?.needId === 'string' ? this.get(Item.needId) : undefined;
    },

    /**
     * Stores a new need, claiming its `clientRef` in the same transaction: when the reference is already
     * taken nothing is written and the need that holds it is returned, so re-importing is idempotent.
     */
    async create(need: Need, options: NeedWriteOptions = {}): Promise<CreateNeedResult> {
      const put = {
        Put: { TableName: tableName, Item: item(need), ConditionExpression: 'attribute_not_exists(pk)' },
      };
      const { items, ref, auth } = withExtras(put, need, true, options);
      items.push(...liveNeedFieldWrites(tableName, undefined, need));
      const failed = await writeAtomically(ctx, items);
      if (failed === undefined) return { created: true };
      if (failed === auth) throw REVOKED();
      if (failed === ref && need.clientRef !== undefined) {
        const existing = await this.findByClientRef(need.ownerOrgId, needRefScope(need), need.clientRef);
        if (existing) return { created: false, existing };
      }
      throw new StoreConflictError('need_exists', { needId: need.id });
    },

    /**
     * Replaces `current` by `next` if nobody changed it since `current.version` was read (optimistic
     * locking). A reference set for the first time is claimed in the same transaction.
     */
    async update(current: Need, next: Need, options: NeedWriteOptions = {}): Promise<void> {
      const put = {
        Put: {
          TableName: tableName,
          Item: item(next),
          ConditionExpression: 'attribute_exists(pk) AND version = :v AND ownerOrgId = :owner',
          ExpressionAttributeValues: { ':v': current.version, ':owner': current.ownerOrgId },
        },
      };
      const claimRef = current.clientRef === undefined && next.clientRef !== undefined;
      const { items, ref, auth } = withExtras(put, next, claimRef, options);
      items.push(...liveNeedFieldWrites(tableName, current, next));
      const failed = await writeAtomically(ctx, items);
      if (failed === undefined) return;
      if (failed === auth) throw REVOKED();
      if (failed === ref) throw REF_TAKEN();
      throw STALE();
    },

    /**
     * Needs from several sources as one newest-first list (an agency's collected needs and the ledgers of
     * the enterprises that authorised it); a need in two sources appears once. `accept` filters.
     */
    async list(
      sources: readonly NeedSource[],
      options: { limit: number; cursor?: string; accept?: (need: Need) => boolean },
    ): Promise<Page<Need>> {
      return mergedQuery(ctx, {
        sources: sources.map((source) =>
          'ownerOrgId' in source
            ? { indexName: INDEX.needsByOwner, pk: keys.needByOwner(source.ownerOrgId, '').needsByOwnerPk }
            : {
                indexName: INDEX.needsByCollector,
                pk: keys.needByCollector(source.collectorOrgId, '').needsByCollectorPk,
              },
        ),
        parse,
        sortKey: needSortKey,
        identity: (need) => need.id,
        ...options,
      });
    },

    /** An enterprise's ledger, newest first. */
    listByOwner(ownerOrgId: string, options: { limit: number; cursor?: string }): Promise<Page<Need>> {
      return this.list([{ ownerOrgId }], options);
    },

    /** The whole ledger of an enterprise (exports, imports): every page of the owner index. */
    async allByOwner(ownerOrgId: string): Promise<Need[]> {
      const all: Need[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.listByOwner(ownerOrgId, { limit: 500, ...(cursor ? { cursor } : {}) });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
  };
}
export type NeedRepository = ReturnType<typeof createNeedRepository>;
