import { BatchGetCommand, GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  type BundleMemberFacts,
  type BundleRecord,
  BundleRecordSchema,
  type BundleStatus,
  DeclarationStatusSchema,
  type Patent,
  PatentSchema,
} from '@openlicense/domain';
import * as z from 'zod/mini';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { queryPage } from '../dynamo/cursor.ts';
import type { Page } from '../dynamo/page.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys, stripStorage } from '../keys.ts';
import type { PagedStoreContext } from '../store-context.ts';

const item = (record: BundleRecord) => ({ ...keys.bundle(record.id), entity: 'Bundle', ...record });
const parse = (raw: Record<string, unknown>) => BundleRecordSchema.parse(stripStorage(raw));

const statusKey = (record: BundleRecord) =>
  keys.bundleByStatus(record.status, record.statusChangedAt, record.id);
const StatusItemSchema = z.object({ bundleId: z.string() });
const ActiveSlotSchema = z.object({ declarationId: z.string() });
const DeclarationStatusItemSchema = z.object({ id: z.string(), status: DeclarationStatusSchema });

/** The organiser and every holder: the organisations whose partition links to the bundle. */
const linkedOrgs = (record: BundleRecord) => [
  ...new Set([record.organiserOrgId, ...record.holders.map((h) => h.orgId)]),
];

const STALE = () => new StoreConflictError('stale_version', { subject: 'bundle' });

type Key = Record<string, unknown>;

/**
 * Bundles (专利包 / 公共专利池). Every write is one transaction: the bundle (conditional on its version),
 * the status item that indexes it when its status changes, the link items in the organiser's and each
 * holder's partition when those change, and the audit entries that record the change. No GSI: "bundles of
 * an organisation" is a query of its partition (`ORG#<org>` / `BUNDLE#<id>`), "bundles in a status" one of
 * `BUNDLE_STATUS#<status>`, both strongly consistent.
 */
export function createBundleRepository(ctx: PagedStoreContext) {
  const { doc, tableName } = ctx;

  /** Every key of `wanted` that exists, in any order; follows UnprocessedKeys. */
  async function batchGet(
    wanted: Key[],
    projection?: { expression: string; names: Record<string, string> },
  ): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    const unique = [...new Map(wanted.map((k) => [JSON.stringify(k), k])).values()];
    for (let i = 0; i < unique.length; i += 100) {
      let request:
        | Record<
            string,
            { Keys: Key[]; ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string> }
          >
        | undefined = {
        [tableName]: {
          Keys: unique.slice(i, i + 100),
          ...(projection
            ? { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names }
            : {}),
        },
      };
      while (request && Object.keys(request).length > 0) {
        const result = await doc.send(new BatchGetCommand({ RequestItems: request }));
        found.push(...(result.Responses?.[tableName] ?? []));
        request = result.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }

  async function getMany(ids: string[]): Promise<Map<string, BundleRecord>> {
    const records = (await batchGet(ids.map((id) => keys.bundle(id)))).map(parse);
    return new Map(records.map((r) => [r.id, r]));
  }

  /** One page of bundle ids from a main-table query, hydrated in the query's order. */
  async function queryBundles(
    input: QueryCommandInput,
    idOf: (raw: Record<string, unknown>) => string,
    cursor: string | undefined,
  ): Promise<Page<BundleRecord>> {
    const result = await queryPage(ctx, input, cursor);
    const ids = result.items.map(idOf);
    const records = await getMany(ids);
    const items = ids.flatMap((id) => records.get(id) ?? []);
    return result.nextCursor ? { items, nextCursor: result.nextCursor } : { items };
  }

  return {
    async get(id: string): Promise<BundleRecord | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.bundle(id), ConsistentRead: true }),
      );
      return Item ? parse(Item) : undefined;
    },

    getMany,

    /** Stores a new draft with its status item, its links and `audits`, all or nothing. */
    async create(record: BundleRecord, audits: AuditEntry[]): Promise<void> {
      const items: TransactItem[] = [
        {
          Put: { TableName: tableName, Item: item(record), ConditionExpression: 'attribute_not_exists(pk)' },
        },
        {
          Put: {
            TableName: tableName,
            Item: { ...statusKey(record), entity: 'BundleStatus', bundleId: record.id },
          },
        },
        ...linkedOrgs(record).map((orgId) => ({
          Put: {
            TableName: tableName,
            Item: { ...keys.bundleLink(orgId, record.id), entity: 'BundleLink', bundleId: record.id },
          },
        })),
        ...audits.map((entry) => auditPut(ctx, entry)),
      ];
      const failed = await writeAtomically(ctx, items);
      if (failed === 0) throw new StoreConflictError('bundle_exists');
      if (failed !== undefined) throw new Error(`bundle create failed at item ${failed}`);
    },

    /**
     * Writes `next` over `previous` (as read): edits, holder decisions and status changes alike, with the
     * status item moved when the status changed, links added or removed when the holders changed, and
     * `audits`, all or nothing. Throws `stale_version` when the bundle changed since it was read.
     */
    async save(previous: BundleRecord, next: BundleRecord, audits: AuditEntry[]): Promise<void> {
      const before = linkedOrgs(previous);
      const after = linkedOrgs(next);
      const statusMoved =
        previous.status !== next.status || previous.statusChangedAt !== next.statusChangedAt;
      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: item(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :v',
            ExpressionAttributeValues: { ':v': previous.version },
          },
        },
        ...(statusMoved
          ? [
              { Delete: { TableName: tableName, Key: statusKey(previous) } },
              {
                Put: {
                  TableName: tableName,
                  Item: { ...statusKey(next), entity: 'BundleStatus', bundleId: next.id },
                },
              },
            ]
          : []),
        ...after
          .filter((orgId) => !before.includes(orgId))
          .map((orgId) => ({
            Put: {
              TableName: tableName,
              Item: { ...keys.bundleLink(orgId, next.id), entity: 'BundleLink', bundleId: next.id },
            },
          })),
        ...before
          .filter((orgId) => !after.includes(orgId))
          .map((orgId) => ({ Delete: { TableName: tableName, Key: keys.bundleLink(orgId, next.id) } })),
        ...audits.map((entry) => auditPut(ctx, entry)),
      ];
      const failed = await writeAtomically(ctx, items);
      if (failed === 0) throw STALE();
      if (failed !== undefined) throw new Error(`bundle write failed at item ${failed}`);
    },

    /** Bundles `orgId` organises or holds member patents of, newest first. */
    async listForOrg(
      orgId: string,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<BundleRecord>> {
      return queryBundles(
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.org(orgId).pk, ':prefix': keys.bundleLinkPrefix },
          ScanIndexForward: false,
          Limit: options.limit,
        },
        (raw) => StatusItemSchema.parse(raw).bundleId,
        options.cursor,
      );
    },

    /** Bundles in `status`, the one that entered it longest ago first (the review queue, the nightly check). */
    async listByStatus(
      status: BundleStatus,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<BundleRecord>> {
      return queryBundles(
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.bundleByStatus(status, '', '').pk },
          ScanIndexForward: true,
          Limit: options.limit,
        },
        (raw) => StatusItemSchema.parse(raw).bundleId,
        options.cursor,
      );
    },

    /**
     * The ledger records of the members, each member patent's active declaration, and the status of every
     * declaration the bundle refers to: what `evaluateBundleOffer` needs. Two batched reads.
     */
    async memberFacts(record: Pick<BundleRecord, 'members'>): Promise<BundleMemberFacts> {
      const wanted = new Map<string, { number: string; kind: 'patent' | 'slot'; key: Key }>();
      for (const { patentNumber: number } of record.members) {
        for (const [kind, key] of [
          ['patent', keys.patent(number)],
          ['slot', keys.activeDeclaration(number)],
        ] as const)
          wanted.set(`${key.pk}|${key.sk}`, { number, kind, key });
      }
      const patents = new Map<string, Patent>();
      const activeDeclarations = new Map<string, string>();
      for (const raw of await batchGet([...wanted.values()].map((w) => w.key))) {
        const found = wanted.get(`${String(raw.pk)}|${String(raw.sk)}`);
        if (found?.kind === 'patent') patents.set(found.number, PatentSchema.parse(stripStorage(raw)));
        if (found?.kind === 'slot')
          activeDeclarations.set(found.number, ActiveSlotSchema.parse(raw).declarationId);
      }
      const declarationIds = [
        ...activeDeclarations.values(),
        ...record.members.flatMap((m) => (m.declarationId ? [m.declarationId] : [])),
      ];
      const statuses = (
        await batchGet(
          declarationIds.map((id) => keys.declaration(id)),
          { expression: '#id, #status', names: { '#id': 'id', '#status': 'status' } },
        )
      ).map((raw) => DeclarationStatusItemSchema.parse(raw));
      return {
        patents,
        activeDeclarations,
        declarationStatuses: new Map(statuses.map((d) => [d.id, d.status])),
      };
    },
  };
}
export type BundleRepository = ReturnType<typeof createBundleRepository>;
