import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  chinaDate,
  type EvidenceInput,
  type Notification,
  NotificationSchema,
  type OpenLicence,
  OpenLicenceSchema,
} from '@openlicense/domain';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { queryPage } from '../dynamo/cursor.ts';
import { exactCount } from '../dynamo/exact-count.ts';
import type { Page } from '../dynamo/page.ts';
import { idIn } from '../dynamo/pointer.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import type { EvidenceRepository } from '../evidence/evidence-repository.ts';
import { keys, stripStorage } from '../keys.ts';
import { quotaAdd } from '../quotas/quota-repository.ts';
import type { PagedStoreContext } from '../store-context.ts';

/** The side of a licence an organisation is on. */
export type LicenceParty = 'licensee' | 'licensor' | 'broker';

/** One organisation's yearly counters moved by a licence step, with the evidence entry that proves it. */
export interface LicenceCount {
  orgId: string;
  year: string;
  /** quotaAttribute name → amount to add. */
  counts: Record<string, number>;
  evidence: EvidenceInput;
}

/** The offer records the licence depends on: each must still be `published` when the licence is written. */
export interface OfferCheck {
  kind: 'declaration' | 'bundle';
  id: string;
}

const item = (licence: OpenLicence) => ({ ...keys.licence(licence.id), entity: 'OpenLicence', ...licence });
const parse = (raw: Record<string, unknown>) => OpenLicenceSchema.parse(stripStorage(raw));

const stale = () => new StoreConflictError('stale_version', { subject: 'licence' });

/** Parties other than the licensee, each once (a university licensor may not also be the broker). */
function partyLinks(licence: OpenLicence): Array<[string, LicenceParty]> {
  const links: Array<[string, LicenceParty]> = [[licence.licensee.orgId, 'licensee']];
  for (const licensor of licence.licensors) links.push([licensor.orgId, 'licensor']);
  if (licence.brokerOrgId) links.push([licence.brokerOrgId, 'broker']);
  return links;
}

/**
 * Open licences (Patent Law Art 51): the record, its links to every party, the one-live-licence lock per
 * enterprise and offer, the offer's licence counter, the filing-due index, and the notifications inbox.
 * Every step that counts toward a quota writes its counters and evidence in the same transaction.
 */
export function createLicenceRepository(ctx: PagedStoreContext, deps: { evidence: EvidenceRepository }) {
  const { doc, tableName } = ctx;

  const replace = (current: OpenLicence, next: OpenLicence): TransactItem => ({
    Put: {
      TableName: tableName,
      Item: item(next),
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':v': current.version },
    },
  });
  const filingDuePut = (licence: OpenLicence): TransactItem[] =>
    licence.filing && licence.filing.filedOn === undefined
      ? [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.filingDue(licence.filing.deadline, licence.id),
                entity: 'FilingDue',
                licenceId: licence.id,
                licenseeOrgId: licence.licensee.orgId,
                deadline: licence.filing.deadline,
              },
            },
          },
        ]
      : [];
  const countItems = (counted: readonly LicenceCount[]): TransactItem[] =>
    counted
      .filter((count) => Object.keys(count.counts).length > 0)
      .map((count) => quotaAdd(ctx, count.orgId, count.year, count.counts));

  /** Why an offer check failed: the offer as it is now, named with its withdrawal. */
  async function withdrawnError(check: OfferCheck): Promise<StoreConflictError> {
    const key = check.kind === 'bundle' ? keys.bundle(check.id) : keys.declaration(check.id);
    const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    const at = Item?.withdrawnAt ?? Item?.statusChangedAt ?? Item?.updatedAt;
    return new StoreConflictError('offer_withdrawn', {
      offerKind: check.kind === 'bundle' ? 'bundle' : 'declaration',
      offerId: check.id,
      status: String(Item?.status ?? 'missing'),
      ...(typeof at === 'string' && { since: chinaDate(at) }),
      ...(typeof Item?.statusReason === 'string' && { reason: Item.statusReason }),
      ...(typeof Item?.patentNumber === 'string' && { patentNumber: Item.patentNumber }),
    });
  }

  async function heldError(licence: OpenLicence): Promise<StoreConflictError> {
    const { Item } = await doc.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.licenceHold(licence.offer.kind, licence.offer.id, licence.licensee.orgId),
        ConsistentRead: true,
      }),
    );
    const firstId = Item ? idIn(Item, 'licenceId') : '';
    const first = firstId ? await get(firstId) : undefined;
    return new StoreConflictError('licence_held', {
      licenceId: firstId,
      offerTitle: licence.offer.title,
      noticeDate: first?.noticeDate ?? '',
    });
  }

  async function get(id: string): Promise<OpenLicence | undefined> {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.licence(id), ConsistentRead: true }),
    );
    return Item ? parse(Item) : undefined;
  }

  async function getMany(ids: readonly string[]): Promise<OpenLicence[]> {
    const found = new Map<string, OpenLicence>();
    const raws = await batchGetAll(
      ctx,
      ids.map((id) => keys.licence(id)),
    );
    for (const raw of raws) {
      const licence = parse(raw);
      found.set(licence.id, licence);
    }
    return ids.map((id) => found.get(id)).filter((l): l is OpenLicence => l !== undefined);
  }

  /** Writes `items` with `counted`'s counters and evidence in one transaction; the failed item's index or undefined. */
  async function writeCounted(
    counted: readonly LicenceCount[],
    items: TransactItem[],
  ): Promise<number | undefined> {
    const all = [...items, ...countItems(counted)];
    const result = await deps.evidence.write(
      counted.map((count) => count.evidence),
      () => all,
    );
    return result.ok ? undefined : result.failedIndex;
  }

  return {
    get,
    getMany,

    /**
     * Writes a new licence in one transaction: the record, the enterprise's lock on the offer (one live licence
     * each), a condition that every offer record is still published, the offer's counter, the parties' links,
     * the filing-due entry when effective, and `counted`'s counters and evidence. Refuses with `licence_held`
     * (naming the first licence) or `offer_withdrawn` (naming the withdrawal); nothing is written then.
     */
    async take(licence: OpenLicence, offerChecks: readonly OfferCheck[], counted: readonly LicenceCount[]) {
      const at = licence.createdAt;
      const items: TransactItem[] = [
        {
          Put: { TableName: tableName, Item: item(licence), ConditionExpression: 'attribute_not_exists(pk)' },
        },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.licenceHold(licence.offer.kind, licence.offer.id, licence.licensee.orgId),
              entity: 'LicenceHold',
              licenceId: licence.id,
              heldAt: at,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...offerChecks.map(
          (check): TransactItem => ({
            ConditionCheck: {
              TableName: tableName,
              Key: check.kind === 'bundle' ? keys.bundle(check.id) : keys.declaration(check.id),
              ConditionExpression: '#status = :published',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':published': 'published' },
            },
          }),
        ),
        {
          Update: {
            TableName: tableName,
            Key: keys.offerLicenceCount(licence.offer.kind, licence.offer.id),
            UpdateExpression: 'SET entity = :entity ADD #count :one',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: { ':entity': 'OfferLicenceCount', ':one': 1 },
          },
        },
        ...[...new Map(partyLinks(licence).map((link) => [`${link[0]}#${link[1]}`, link])).values()].map(
          ([orgId, as]): TransactItem => ({
            Put: {
              TableName: tableName,
              Item: {
                ...keys.licenceLink(orgId, as, at, licence.id),
                entity: 'LicenceLink',
                licenceId: licence.id,
              },
            },
          }),
        ),
        ...filingDuePut(licence),
      ];
      const failed = await writeCounted(counted, items);
      if (failed === undefined) return licence;
      if (failed === 1) throw await heldError(licence);
      const check = offerChecks[failed - 2];
      if (check) throw await withdrawnError(check);
      throw new Error(`licence write failed on item ${failed}`);
    },

    /**
     * Replaces `current` (as read) with `next` under its version, with `counted`'s counters and evidence and,
     * where given, the offer checks (a payment that makes the licence effective) in the same transaction.
     * Keeps the filing-due index in step: written while effective and not filed, removed at filing.
     */
    async update(
      current: OpenLicence,
      next: OpenLicence,
      counted: readonly LicenceCount[] = [],
      offerChecks: readonly OfferCheck[] = [],
    ): Promise<OpenLicence> {
      const wasDue = current.filing && current.filing.filedOn === undefined ? current.filing : undefined;
      const isDue = next.filing && next.filing.filedOn === undefined ? next.filing : undefined;
      const items: TransactItem[] = [
        replace(current, next),
        ...offerChecks.map(
          (check): TransactItem => ({
            ConditionCheck: {
              TableName: tableName,
              Key: check.kind === 'bundle' ? keys.bundle(check.id) : keys.declaration(check.id),
              ConditionExpression: '#status = :published',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':published': 'published' },
            },
          }),
        ),
        ...(wasDue && !isDue
          ? [{ Delete: { TableName: tableName, Key: keys.filingDue(wasDue.deadline, current.id) } }]
          : []),
        ...(!wasDue && isDue ? filingDuePut(next) : []),
      ];
      const failed =
        counted.length > 0 ? await writeCounted(counted, items) : await writeAtomicallyRetrying(ctx, items);
      if (failed === undefined) return next;
      if (failed === 0) throw stale();
      const check = offerChecks[failed - 1];
      if (check) throw await withdrawnError(check);
      throw new Error(`licence update failed on item ${failed}`);
    },

    /** An organisation's licences on one side, newest first. */
    async listFor(
      orgId: string,
      as: LicenceParty,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<OpenLicence>> {
      const result = await queryPage(
        ctx,
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.org(orgId).pk, ':prefix': keys.licenceLinkPrefix(as) },
          ScanIndexForward: false,
          Limit: options.limit,
        },
        options.cursor,
      );
      const items = await getMany(result.items.map((link) => idIn(link, 'licenceId')));
      return result.nextCursor ? { items, nextCursor: result.nextCursor } : { items };
    },

    /** Every licence an organisation is a party to on `as`'s side (for the filing lists). */
    async allFor(orgId: string, as: LicenceParty): Promise<OpenLicence[]> {
      const all: OpenLicence[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.listFor(orgId, as, { limit: 100, cursor });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },

    /** Effective licences not filed yet whose deadline is on or before `date`, earliest deadline first. */
    async filingDueBy(date: string): Promise<OpenLicence[]> {
      const ids: string[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk <= :until',
            ExpressionAttributeValues: { ':pk': 'FILING_DUE', ':until': `${date}#~` },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const raw of result.Items ?? []) ids.push(idIn(raw, 'licenceId'));
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return getMany(ids);
    },

    /**
     * Which of `wanted` (offer and licensee) already hold an open licence: their `kind#id#licenseeOrgId`, read
     * from the one-licence-per-offer locks in batches (the deal pipeline drops a push lead once it was taken).
     */
    async held(
      wanted: readonly { offerKind: 'listing' | 'bundle'; offerId: string; licenseeOrgId: string }[],
    ): Promise<Set<string>> {
      const heldKey = (w: (typeof wanted)[number]) => `${w.offerKind}#${w.offerId}#${w.licenseeOrgId}`;
      const byPk = new Map(
        wanted.map((w) => [keys.licenceHold(w.offerKind, w.offerId, w.licenseeOrgId).pk, heldKey(w)]),
      );
      const found = await batchGetAll(
        ctx,
        wanted.map((w) => keys.licenceHold(w.offerKind, w.offerId, w.licenseeOrgId)),
      );
      return new Set(found.flatMap((item) => byPk.get(String(item.pk)) ?? []));
    },

    /** How many open licences the offer granted. */
    async offerCount(offerKind: 'listing' | 'bundle', offerId: string): Promise<number> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.offerLicenceCount(offerKind, offerId),
          ConsistentRead: true,
        }),
      );
      return exactCount('count', Item?.count);
    },

    /**
     * Records the `days` reminder on the licence and puts `notification` in the licensee's inbox, together
     * (idempotent: a licence that already has this reminder, or changed meanwhile, is left as it is).
     */
    async remind(current: OpenLicence, days: number, notification: Notification): Promise<boolean> {
      if (!current.filing || current.filing.remindersSent.includes(days)) return false;
      const next: OpenLicence = {
        ...current,
        filing: { ...current.filing, remindersSent: [...current.filing.remindersSent, days] },
        updatedAt: notification.createdAt,
        version: current.version + 1,
      };
      const failed = await writeAtomicallyRetrying(ctx, [
        replace(current, next),
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.notification(notification.orgId, notification.createdAt, notification.id),
              entity: 'Notification',
              ...notification,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]);
      return failed === undefined;
    },

    /** Marks a notification as emailed (after the email went out). */
    async markEmailed(notification: Notification): Promise<void> {
      await writeAtomicallyRetrying(ctx, [
        {
          Update: {
            TableName: tableName,
            Key: keys.notification(notification.orgId, notification.createdAt, notification.id),
            UpdateExpression: 'SET emailed = :yes',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':yes': true },
          },
        },
      ]);
    },

    /** An organisation's notifications, newest first. */
    async notifications(
      orgId: string,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<Page<Notification>> {
      const result = await queryPage(
        ctx,
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.org(orgId).pk, ':prefix': keys.notificationPrefix },
          ScanIndexForward: false,
          Limit: options.limit,
        },
        options.cursor,
      );
      const items = result.items.map((raw) => NotificationSchema.parse(stripStorage(raw)));
      return result.nextCursor ? { items, nextCursor: result.nextCursor } : { items };
    },
  };
}
export type LicenceRepository = ReturnType<typeof createLicenceRepository>;
