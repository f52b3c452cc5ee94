import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  chinaYear,
  type EventRegistration,
  EventRegistrationSchema,
  type EvidenceInput,
  type MatchmakingEvent,
  MatchmakingEventSchema,
} from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { batchGetAll } from '../dynamo/batch-get.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import type { EvidenceRepository } from '../evidence/evidence-repository.ts';
import { keys, stripStorage } from '../keys.ts';
import { quotaAdd, quotaAttribute } from '../quotas/quota-repository.ts';
import type { StoreContext } from '../store-context.ts';

/** Why an organisation sees an event. */
export type EventRole = 'organiser' | 'invited' | 'listing';

/** An event as an organisation's list shows it: with the reason it is there. */
export interface EventLink {
  event: MatchmakingEvent;
  roles: EventRole[];
}

const item = (event: MatchmakingEvent) => ({ ...keys.event(event.id), entity: 'MatchmakingEvent', ...event });
const parse = (raw: Record<string, unknown>) => MatchmakingEventSchema.parse(stripStorage(raw));

const STALE = () => new StoreConflictError('stale_version', { subject: 'event' });

/**
 * Matchmaking events (对接活动). The event item holds its invitations, attendance and minutes (versioned);
 * registrations are items of their own in the event's partition, each written under a condition that the
 * event is still planned and the enterprise invited. Every organisation that sees an event (organiser,
 * invited enterprises, holders of invited listings) has a link in its partition by event date, and the
 * year has one for the IP office. Becoming held adds to the organiser's `eventsHeld` with its evidence, once.
 */
export function createEventRepository(ctx: StoreContext, deps: { evidence: EvidenceRepository }) {
  const { doc, tableName } = ctx;

  /** Links the event to `orgId` for `roles`, keeping any role it had (an update merges). */
  const link = (orgId: string, event: MatchmakingEvent, roles: readonly EventRole[]): TransactItem => ({
    Update: {
      TableName: tableName,
      Key: keys.eventLink(orgId, event.date, event.id),
      UpdateExpression: `SET entity = :entity, eventId = :id, ${roles.map((_, i) => `#r${i} = :yes`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(roles.map((role, i) => [`#r${i}`, `role_${role}`])),
      ExpressionAttributeValues: { ':entity': 'EventLink', ':id': event.id, ':yes': true },
    },
  });
  const replace = (current: MatchmakingEvent, next: MatchmakingEvent): TransactItem => ({
    Put: {
      TableName: tableName,
      Item: item(next),
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':v': current.version },
    },
  });

  const batchGet = (wanted: Record<string, unknown>[]) => batchGetAll(ctx, wanted);

  async function queryAll(pk: string, prefix?: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk, ...(prefix ? { ':prefix': prefix } : {}) },
          ScanIndexForward: false,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  async function hydrate(ids: string[]): Promise<Map<string, MatchmakingEvent>> {
    const events = (await batchGet([...new Set(ids)].map((id) => keys.event(id)))).map(parse);
    return new Map(events.map((e) => [e.id, e]));
  }

  return {
    async get(id: string): Promise<MatchmakingEvent | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.event(id), ConsistentRead: true }),
      );
      return Item ? parse(Item) : undefined;
    },

    /** Stores a new planned event, linked to its organiser and its year. */
    async create(event: MatchmakingEvent, audit: AuditEntry): Promise<void> {
      const failed = await writeAtomically(ctx, [
        { Put: { TableName: tableName, Item: item(event), ConditionExpression: 'attribute_not_exists(pk)' } },
        link(event.organiserOrgId, event, ['organiser']),
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.eventByYear(event.date.slice(0, 4), event.date, event.id),
              entity: 'EventByYear',
              eventId: event.id,
            },
          },
        },
        auditPut(ctx, audit),
      ]);
      if (failed === 0) throw new StoreConflictError('event_exists');
      if (failed !== undefined) throw new Error(`event creation failed on item ${failed}`);
    },

    /**
     * Replaces `current` (as read) with `next` — new invitations, a cancellation — and links the event to the
     * organisations it now reaches. `stale_version` when the event changed meanwhile.
     */
    async update(
      current: MatchmakingEvent,
      next: MatchmakingEvent,
      audit: AuditEntry,
      reach: { orgId: string; role: EventRole }[] = [],
    ): Promise<MatchmakingEvent> {
      // Links are idempotent updates; one per organisation (a transaction touches an item once).
      const roles = new Map<string, Set<EventRole>>();
      for (const { orgId, role } of reach) roles.set(orgId, (roles.get(orgId) ?? new Set()).add(role));
      const items = [
        replace(current, next),
        auditPut(ctx, audit),
        ...[...roles].map(([orgId, set]) => link(orgId, next, [...set])),
      ];
      for (let start = 0; start < items.length; start += 100) {
        // The first batch holds the event itself: later batches only add links (safe to write after it).
        const failed = await writeAtomically(ctx, items.slice(start, start + 100));
        if (failed === 0 && start === 0) throw STALE();
        if (failed !== undefined) throw new Error(`event update failed on item ${start + failed}`);
      }
      return next;
    },

    /**
     * Replaces the details of a planned event (`current` as read); when its date moves, every organisation's
     * link and the year's index move with it. The event is written first, conditionally; the links follow in
     * transactions of up to 100 items (lists skip a link left under an old date).
     */
    async reschedule(
      current: MatchmakingEvent,
      next: MatchmakingEvent,
      audit: AuditEntry,
    ): Promise<MatchmakingEvent> {
      const moved = current.date !== next.date;
      const yearItem = (event: MatchmakingEvent) =>
        keys.eventByYear(event.date.slice(0, 4), event.date, event.id);
      const first: TransactItem[] = [
        replace(current, next),
        auditPut(ctx, audit),
        ...(moved
          ? [
              { Delete: { TableName: tableName, Key: yearItem(current) } },
              {
                Put: {
                  TableName: tableName,
                  Item: { ...yearItem(next), entity: 'EventByYear', eventId: next.id },
                },
              },
            ]
          : []),
      ];
      const failed = await writeAtomically(ctx, first);
      if (failed === 0) throw STALE();
      if (failed !== undefined) throw new Error(`event reschedule failed on item ${failed}`);
      if (!moved) return next;
      const roles = new Map<string, Set<EventRole>>();
      const add = (orgId: string, role: EventRole) =>
        roles.set(orgId, (roles.get(orgId) ?? new Set()).add(role));
      add(next.organiserOrgId, 'organiser');
      for (const orgId of next.invitedOrgIds) add(orgId, 'invited');
      for (const listing of next.invitedListings)
        for (const orgId of listing.holderOrgIds) add(orgId, 'listing');
      const moves = [...roles].flatMap(([orgId, set]): TransactItem[] => [
        { Delete: { TableName: tableName, Key: keys.eventLink(orgId, current.date, current.id) } },
        link(orgId, next, [...set]),
      ]);
      for (let start = 0; start < moves.length; start += 100) {
        const batch = await writeAtomically(ctx, moves.slice(start, start + 100));
        if (batch !== undefined) throw new Error(`event link move failed on item ${start + batch}`);
      }
      return next;
    },

    /**
     * Writes `next` — attendance or minutes recorded on `current` — and, when it has just become held,
     * adds one to the organiser's `eventsHeld` (a 宣传培训 event's `training_held` evidence: `trainingsHeld`)
     * for the year of `heldAt` with its evidence, in one transaction.
     */
    async record(
      current: MatchmakingEvent,
      next: MatchmakingEvent,
      audit: AuditEntry,
      held?: EvidenceInput,
    ): Promise<MatchmakingEvent> {
      if (!held) {
        const failed = await writeAtomically(ctx, [replace(current, next), auditPut(ctx, audit)]);
        if (failed === 0) throw STALE();
        if (failed !== undefined) throw new Error(`event record failed on item ${failed}`);
        return next;
      }
      const result = await deps.evidence.write([held], () => [
        replace(current, next),
        quotaAdd(ctx, next.organiserOrgId, chinaYear(held.at), {
          [held.kind === 'training_held' ? quotaAttribute.trainingsHeld : quotaAttribute.eventsHeld]: 1,
        }),
        auditPut(ctx, audit),
      ]);
      if (!result.ok && result.failedIndex === 0) throw STALE();
      if (!result.ok) throw new Error(`event record failed on item ${result.failedIndex}`);
      return next;
    },

    /**
     * Registers (or re-registers) an invited enterprise while the event is planned. `event_closed` when it is
     * held or cancelled, `not_invited` when the enterprise is not on the list (both checked in the write).
     */
    async register(registration: EventRegistration, audit: AuditEntry): Promise<EventRegistration> {
      const failed = await writeAtomically(ctx, [
        {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.event(registration.eventId),
            ConditionExpression: '#status = :planned AND contains(invitedOrgIds, :org)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':planned': 'planned', ':org': registration.orgId },
          },
        },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.eventRegistration(registration.eventId, registration.orgId),
              entity: 'EventRegistration',
              ...registration,
            },
          },
        },
        auditPut(ctx, audit),
      ]);
      if (failed === 0) {
        const event = await this.get(registration.eventId);
        if (event && event.status !== 'planned') throw new StoreConflictError('event_closed');
        throw new StoreConflictError('not_invited');
      }
      if (failed !== undefined) throw new Error(`registration failed on item ${failed}`);
      return registration;
    },

    /** An event's registrations, by enterprise. */
    async registrations(eventId: string): Promise<EventRegistration[]> {
      const items = await queryAll(keys.event(eventId).pk, keys.eventRegistrationPrefix);
      return items
        .map((raw) => EventRegistrationSchema.parse(stripStorage(raw)))
        .sort((a, b) => (a.registeredAt < b.registeredAt ? -1 : 1));
    },

    /** The events an organisation organises or is invited to (by itself or through its listings), latest date first. */
    async listForOrg(orgId: string, year?: string): Promise<EventLink[]> {
      const links = await queryAll(keys.org(orgId).pk, keys.eventLinkPrefix(year));
      const events = await hydrate(links.map((l) => String(l.eventId)));
      return links.flatMap((l) => {
        const event = events.get(String(l.eventId));
        // A link left under an event's old date (a reschedule cut short) is not shown.
        if (!event || l.sk !== keys.eventLink(orgId, event.date, event.id).sk) return [];
        const roles = (['organiser', 'invited', 'listing'] as const).filter(
          (role) => l[`role_${role}`] === true,
        );
        return [{ event, roles }];
      });
    },

    /** Every event of a year, latest date first (the IP office). */
    async listByYear(year: string): Promise<MatchmakingEvent[]> {
      const links = await queryAll(keys.eventByYear(year, '', '').pk);
      const events = await hydrate(links.map((l) => String(l.eventId)));
      return links.flatMap((l) => {
        const event = events.get(String(l.eventId));
        return event && l.sk === keys.eventByYear(year, event.date, event.id).sk ? [event] : [];
      });
    },

    /** Whether an organisation holds a link to the event (it may see it). */
    async linkOf(orgId: string, event: Pick<MatchmakingEvent, 'id' | 'date'>): Promise<EventRole[]> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.eventLink(orgId, event.date, event.id),
          ConsistentRead: true,
        }),
      );
      if (!Item) return [];
      return (['organiser', 'invited', 'listing'] as const).filter((role) => Item[`role_${role}`] === true);
    },
  };
}
export type EventRepository = ReturnType<typeof createEventRepository>;
