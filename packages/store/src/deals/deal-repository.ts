import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  chinaYear,
  type Deal,
  type DealCount,
  DealSchema,
  DeclarationStatusSchema,
  type EvidenceInput,
  exclusiveLicenceConflict,
  exclusiveLicenceMark,
  isExclusiveKind,
  type Lead,
  LeadSchema,
} from '@openlicense/domain';
import * as z from 'zod/mini';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { queryPage } from '../dynamo/cursor.ts';
import type { Page } from '../dynamo/page.ts';
import { idIn } from '../dynamo/pointer.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import type { EvidenceRepository } from '../evidence/evidence-repository.ts';
import { keys, stripStorage } from '../keys.ts';
import { parsePatent, patentPut } from '../patents/patent-repository.ts';
import { quotaAdd } from '../quotas/quota-repository.ts';
import type { PagedStoreContext } from '../store-context.ts';

const item = (deal: Deal) => ({ ...keys.deal(deal.id), entity: 'Deal', ...deal });
const parse = (raw: Record<string, unknown>) => DealSchema.parse(stripStorage(raw));
/** What the exclusive-licence guard reads of a patent's active declaration. */
const DeclarationStateSchema = z.object({ id: z.string(), status: DeclarationStatusSchema });

const STALE = () => new StoreConflictError('stale_version', { subject: 'deal' });
const LEAD_TAKEN = () => new StoreConflictError('lead_converted');

/**
 * What the exclusive-licence guard found for a deal's patents: those under a published open licence, and the
 * conditions that keep the answer true until the transaction commits.
 */
export interface ExclusiveGuard {
  published: string[];
  items: TransactItem[];
}

/** How many times a guarded write is rebuilt when a declaration of its patents moved meanwhile. */
const GUARD_ATTEMPTS = 5;

/** A new deal's item, written once (its id is new). */
export const dealPut = (ctx: PagedStoreContext, deal: Deal): TransactItem => ({
  Put: { TableName: ctx.tableName, Item: item(deal), ConditionExpression: 'attribute_not_exists(pk)' },
});

/** A new deal's links: one in each party's and the broker's partition, one under its year. */
export function dealLinkPuts(ctx: PagedStoreContext, deal: Deal): TransactItem[] {
  const put = (key: Record<string, string>, entity: string): TransactItem => ({
    Put: { TableName: ctx.tableName, Item: { ...key, entity, dealId: deal.id } },
  });
  return [
    ...deal.partyOrgIds.map((orgId) => put(keys.dealLink(orgId, deal.createdAt, deal.id), 'DealLink')),
    put(keys.dealByYear(chinaYear(deal.createdAt), deal.createdAt, deal.id), 'DealByYear'),
  ];
}

/**
 * Negotiated deals (许可、转让、作价入股、合作开发). A deal item, and a link in the partition of each party and
 * the broker (`ORG#<org>` / `DEAL#<createdAt>#<id>`) and of its year (`DEAL_YEAR#<year>`) for the IP office;
 * one from an event has a link in the event's partition. Creating from a push lead marks the lead taken in
 * the same transaction. An exclusive or sole licence carries a condition on each patent's active
 * declaration, so an open licence published meanwhile cancels it. A party's quota counters move with their
 * evidence in one `evidence.write` with its own confirmation (or with the signing, if it confirmed first).
 */
export function createDealRepository(ctx: PagedStoreContext, deps: { evidence: EvidenceRepository }) {
  const { doc, tableName } = ctx;

  const batchGet = (wanted: Record<string, unknown>[]) => batchGetAll(ctx, wanted);

  /** One page of ids from a partition, hydrated in its order, newest first. */
  async function hydratedPage(
    pk: string,
    prefix: string | undefined,
    idOf: (sk: string) => string,
    options: { limit: number; cursor?: string | undefined },
  ): Promise<Page<Deal>> {
    const result = await queryPage(
      ctx,
      {
        TableName: tableName,
        KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk, ...(prefix ? { ':prefix': prefix } : {}) },
        ScanIndexForward: false,
        Limit: options.limit,
      },
      options.cursor,
    );
    const ids = result.items.map((link) => idOf(String(link.sk)));
    const deals = new Map(
      (await batchGet(ids.map((id) => keys.deal(id)))).map((raw) => {
        const deal = parse(raw);
        return [deal.id, deal] as const;
      }),
    );
    const items = ids.flatMap((id) => deals.get(id) ?? []);
    return result.nextCursor ? { items, nextCursor: result.nextCursor } : { items };
  }

  /**
   * Reads each patent's active declaration: a published one is a conflict; otherwise a condition keeps it so
   * (no active declaration appears, or the submitted one is not published) until the write commits.
   */
  async function exclusiveGuard(patentNumbers: readonly string[]): Promise<ExclusiveGuard> {
    const slots = new Map(
      (await batchGet(patentNumbers.map((n) => keys.activeDeclaration(n)))).map(
        (slot) => [keys.patentNumberOf(String(slot.pk)), idIn(slot, 'declarationId')] as const,
      ),
    );
    const statuses = new Map(
      (await batchGet([...slots.values()].map((id) => keys.declaration(id)))).map((raw) => {
        const { id, status } = DeclarationStateSchema.parse(raw);
        return [id, status] as const;
      }),
    );
    const published: string[] = [];
    const items: TransactItem[] = [];
    for (const number of patentNumbers) {
      const declarationId = slots.get(number);
      const status = declarationId === undefined ? undefined : statuses.get(declarationId);
      if (status === 'published') {
        published.push(number);
      } else if (declarationId !== undefined && status !== undefined) {
        // Submitted: it holds the patent's only active slot, so while it stays as read nothing is published.
        items.push({
          ConditionCheck: {
            TableName: tableName,
            Key: keys.declaration(declarationId),
            ConditionExpression: '#status = :status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':status': status },
          },
        });
      } else {
        // No active declaration (or a slot naming none): none may take the slot meanwhile.
        items.push({
          ConditionCheck: {
            TableName: tableName,
            Key: keys.activeDeclaration(number),
            ConditionExpression:
              declarationId === undefined ? 'attribute_not_exists(pk)' : 'declarationId = :declaration',
            ...(declarationId === undefined
              ? {}
              : { ExpressionAttributeValues: { ':declaration': declarationId } }),
          },
        });
      }
    }
    return { published, items };
  }

  /** One quota update per organisation (a transaction may touch an item once), adding all its counts. */
  function countItems(counts: readonly DealCount[], year: string): TransactItem[] {
    const byOrg = new Map<string, Record<string, number>>();
    for (const count of counts) {
      const sum = byOrg.get(count.orgId) ?? {};
      for (const [name, n] of Object.entries(count.counts)) sum[name] = (sum[name] ?? 0) + n;
      byOrg.set(count.orgId, sum);
    }
    return [...byOrg].map(([orgId, sum]) => quotaAdd(ctx, orgId, year, sum));
  }

  /** The guard for `deal` (nothing unless it is an exclusive or sole licence); throws the 409 on a conflict. */
  async function guardFor(deal: Pick<Deal, 'kind' | 'patents'>): Promise<TransactItem[]> {
    if (!isExclusiveKind(deal.kind)) return [];
    const guard = await exclusiveGuard(deal.patents.map((p) => p.number));
    const conflict = exclusiveLicenceConflict(deal.kind, guard.published);
    if (conflict) throw conflict;
    return guard.items;
  }

  /**
   * For a signed exclusive or sole licence, the puts that record it (`legal.exclusiveLicence`) on each of its
   * patents in the ledger, each locked at the version read; a patent outside the ledger is skipped, and one
   * already carrying a licence that runs as long or longer is left as it is.
   */
  async function markPatents(deal: Deal): Promise<TransactItem[]> {
    const mark = exclusiveLicenceMark(deal);
    if (!mark) return [];
    const patents = (await batchGet(deal.patents.map((p) => keys.patent(p.number)))).map(parsePatent);
    return patents.flatMap((patent) => {
      const held = patent.legal.exclusiveLicence;
      if (held !== undefined && held.until >= mark.until) return [];
      const next = {
        ...patent,
        legal: { ...patent.legal, exclusiveLicence: mark },
        updatedAt: deal.updatedAt,
        version: patent.version + 1,
      };
      return [patentPut(ctx, next, patent.version)];
    });
  }

  return {
    exclusiveGuard,

    async get(id: string): Promise<Deal | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.deal(id), ConsistentRead: true }),
      );
      return Item ? parse(Item) : undefined;
    },

    /**
     * Stores a new deal with its links, the lead it takes (once: `lead_converted` when another deal took it)
     * and, for an exclusive or sole licence, the guard (409 `open_licence_published` naming the patents).
     */
    async create(deal: Deal, audit: AuditEntry): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        const guard = await guardFor(deal);
        const items: TransactItem[] = [
          dealPut(ctx, deal),
          ...(deal.source.kind === 'push'
            ? [
                {
                  Update: {
                    TableName: tableName,
                    Key: keys.lead(deal.source.leadId),
                    UpdateExpression: 'SET dealId = :deal',
                    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(dealId)',
                    ExpressionAttributeValues: { ':deal': deal.id },
                  },
                } satisfies TransactItem,
              ]
            : []),
          ...dealLinkPuts(ctx, deal),
          ...(deal.source.kind === 'event'
            ? [
                {
                  Put: {
                    TableName: tableName,
                    Item: {
                      ...keys.eventDeal(deal.source.eventId, deal.id),
                      entity: 'EventDeal',
                      dealId: deal.id,
                    },
                  },
                },
              ]
            : []),
          auditPut(ctx, audit),
        ];
        const guardStart = items.length;
        const failed = await writeAtomically(ctx, [...items, ...guard]);
        if (failed === undefined) return;
        if (failed === 0) throw new StoreConflictError('deal_exists');
        if (failed === 1 && deal.source.kind === 'push') throw LEAD_TAKEN();
        if (failed < guardStart || attempt >= GUARD_ATTEMPTS)
          throw new Error(`deal creation failed on item ${failed}`);
        // A declaration of one of its patents moved meanwhile: read the guard again.
      }
    },

    /**
     * Writes a move of `current` (as read) to `next` with its audit entry: stale_version when the deal
     * changed meanwhile. A move to `signed` re-checks the guard and adds `counts` (of the parties that confirmed
     * before signing) to their counters of the signing year together with `evidence`, in one transaction.
     */
    async move(
      current: Deal,
      next: Deal,
      audit: AuditEntry,
      signing?: { counts: DealCount[]; evidence: EvidenceInput[] },
    ): Promise<Deal> {
      const put: TransactItem = {
        Put: {
          TableName: tableName,
          Item: item(next),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': current.version },
        },
      };
      if (!signing) {
        const failed = await writeAtomically(ctx, [put, auditPut(ctx, audit)]);
        if (failed === 0) throw STALE();
        if (failed !== undefined) throw new Error(`deal move failed on item ${failed}`);
        return next;
      }
      const quota = countItems(signing.counts, chinaYear(next.signedAt ?? next.updatedAt));
      for (let attempt = 1; ; attempt++) {
        let guardEnd = 1;
        const result = await deps.evidence.write(signing.evidence, async () => {
          const guard = await guardFor(next);
          const marks = await markPatents(next);
          guardEnd = 1 + guard.length + marks.length;
          return [put, ...guard, ...marks, ...quota, auditPut(ctx, audit)];
        });
        if (result.ok) return next;
        if (result.failedIndex === 0) throw STALE();
        if (result.failedIndex >= guardEnd || attempt >= GUARD_ATTEMPTS)
          throw new Error(`deal signing failed on item ${result.failedIndex}`);
        // A declaration of one of its patents, or a patent, moved meanwhile: the next build reads them again.
      }
    },

    /**
     * Writes a party's answer (`next`, its confirmation or dispute) under the deal's version, with the
     * counters it moves for that party and their evidence (or the dispute's), in one transaction: a party's
     * counters move with its own confirmation, exactly once (a stale version answers stale_version).
     */
    async answer(
      current: Deal,
      next: Deal,
      audit: AuditEntry,
      answer: { counts: DealCount[]; evidence: EvidenceInput[] },
    ): Promise<Deal> {
      const put: TransactItem = {
        Put: {
          TableName: tableName,
          Item: item(next),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': current.version },
        },
      };
      const quota = countItems(answer.counts, chinaYear(next.updatedAt));
      const result = await deps.evidence.write(answer.evidence, () => [put, ...quota, auditPut(ctx, audit)]);
      if (result.ok) return next;
      if (result.failedIndex === 0) throw STALE();
      throw new Error(`deal answer failed on item ${result.failedIndex}`);
    },

    /** Deals the organisation is a party to or brokers, newest first. */
    listForOrg(orgId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<Deal>> {
      return hydratedPage(keys.org(orgId).pk, keys.dealLinkPrefix, keys.dealIdOf, options);
    },

    /** Every deal created in the China-time `year`, newest first (the IP office). */
    listByYear(year: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<Deal>> {
      return hydratedPage(keys.dealByYear(year, '', '').pk, undefined, keys.dealIdOf, options);
    },

    /** The deals that came out of an event, newest first. */
    async listByEvent(eventId: string): Promise<Deal[]> {
      const all: Deal[] = [];
      let cursor: string | undefined;
      do {
        const page = await hydratedPage(keys.event(eventId).pk, keys.eventDealPrefix, keys.dealIdOf, {
          limit: 100,
          cursor,
        });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    },

    /** The organisation's push leads not yet taken into a deal, newest first: the pipeline's first column. */
    async openLeads(orgId: string): Promise<Lead[]> {
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
        for (const link of result.Items ?? []) ids.push(idIn(link, 'leadId'));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      const leads = (await batchGet(ids.map((id) => keys.lead(id))))
        .filter((raw) => raw.dealId === undefined)
        .map((raw) => LeadSchema.parse(stripStorage(raw)));
      return leads.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    },

    /** The deal a lead became, if it did. */
    async dealOfLead(leadId: string): Promise<string | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.lead(leadId), ConsistentRead: true }),
      );
      return typeof Item?.dealId === 'string' ? Item.dealId : undefined;
    },
  };
}
export type DealRepository = ReturnType<typeof createDealRepository>;
