import {
  EventInputSchema,
  type EventRegistration,
  type MatchmakingEvent,
  newEvent,
} from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';

const AT = '2026-11-23T02:00:00.000Z';

describe('event repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  const audit = (orgId: string) => ({
    id: ulid(),
    orgId,
    at: AT,
    actorId: 'u',
    action: 'event.test',
    summary: 'test',
  });

  /** A stored planned event of a fresh agency, with `invited` on its list (linked to each). */
  async function plannedEvent(invited: string[] = []): Promise<MatchmakingEvent> {
    const event = newEvent(
      EventInputSchema.parse({
        title: '新能源电池产业链专利对接会',
        industryChain: '先进储能材料',
        date: '2026-11-20',
        place: '长沙市岳麓区麓谷企业广场',
      }),
      { orgId: ulid(), name: '湘江知识产权服务中心', type: 'agency' },
      { id: ulid(), userId: 'u', at: AT },
    );
    await table.store.events.create(event, audit(event.organiserOrgId));
    if (invited.length === 0) return event;
    const next = {
      ...event,
      invitedEnterprises: invited.map((orgId) => ({ orgId, name: orgId })),
      invitedOrgIds: invited,
      version: 2,
    };
    return table.store.events.update(
      event,
      next,
      audit(event.organiserOrgId),
      invited.map((orgId) => ({ orgId, role: 'invited' as const })),
    );
  }

  const registration = (event: MatchmakingEvent, orgId: string): EventRegistration => ({
    eventId: event.id,
    orgId,
    orgName: '长沙锂电科技有限公司',
    contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
    attendees: 2,
    registeredAt: AT,
    registeredBy: 'u',
  });

  it('registers only invited enterprises, and none once the event is closed', async () => {
    // Prepare
    const [invited, stranger] = [ulid(), ulid()];
    const event = await plannedEvent([invited]);
    // Act
    await table.store.events.register(registration(event, invited), audit(invited));
    await table.store.events.register({ ...registration(event, invited), attendees: 3 }, audit(invited));
    const notInvited = await table.store.events
      .register(registration(event, stranger), audit(stranger))
      .catch((e: unknown) => e);
    const cancelled = { ...event, status: 'cancelled' as const, version: event.version + 1 };
    await table.store.events.update(event, cancelled, audit(event.organiserOrgId));
    const closed = await table.store.events
      .register(registration(event, invited), audit(invited))
      .catch((e: unknown) => e);
    // Assess
    expect(notInvited).toMatchObject({ code: 'not_invited' });
    expect(closed).toMatchObject({ code: 'event_closed' });
    expect((await table.store.events.registrations(event.id)).map((r) => [r.orgId, r.attendees])).toEqual([
      [invited, 3],
    ]);
  });

  it('counts an event held once, with its evidence; a stale second record is refused', async () => {
    // Prepare
    const event = await plannedEvent([ulid()]);
    const held: MatchmakingEvent = {
      ...event,
      attendance: { orgIds: [event.invitedOrgIds[0]!], recordedAt: AT, recordedBy: 'u' },
      minutes: { text: '企业与高校就三项专利进行了洽谈，形成两条合作意向。', writtenAt: AT, writtenBy: 'u' },
      status: 'held',
      heldAt: AT,
      version: event.version + 1,
    };
    const evidence = {
      orgId: event.organiserOrgId,
      kind: 'event_held' as const,
      subjectId: event.id,
      actorId: 'u',
      summary: '举办对接活动',
      at: AT,
    };
    // Act
    await table.store.events.record(event, held, audit(event.organiserOrgId), evidence);
    const again = await table.store.events
      .record(event, held, audit(event.organiserOrgId), evidence)
      .catch((e: unknown) => e);
    // Assess
    expect(again).toMatchObject({ code: 'stale_version' });
    expect(await table.store.quotas.counts(event.organiserOrgId, '2026')).toMatchObject({ eventsHeld: 1 });
    const entries = await table.store.evidence.list(event.organiserOrgId, { year: '2026' });
    expect(entries.map((e) => [e.kind, e.subjectId])).toEqual([['event_held', event.id]]);
    expect((await table.store.events.get(event.id))?.status).toBe('held');
  });

  it('lists an event for its organiser, its invitees and the holders of its listings, with each role once', async () => {
    // Prepare: one organisation both invited and holding an invited listing
    const [both, holder] = [ulid(), ulid()];
    const event = await plannedEvent([both]);
    const next = {
      ...event,
      invitedListings: [
        { listingId: ulid(), title: '高镍正极', holderOrgIds: [both, holder], holderName: '中南大学' },
      ],
      version: event.version + 1,
    };
    // Act
    await table.store.events.update(event, next, audit(event.organiserOrgId), [
      { orgId: both, role: 'listing' },
      { orgId: holder, role: 'listing' },
    ]);
    // Assess
    const rolesOf = async (orgId: string) =>
      (await table.store.events.listForOrg(orgId, '2026')).map((l) => [l.event.id, l.roles]);
    expect(await rolesOf(event.organiserOrgId)).toEqual([[event.id, ['organiser']]]);
    expect(await rolesOf(both)).toEqual([[event.id, ['invited', 'listing']]]);
    expect(await rolesOf(holder)).toEqual([[event.id, ['listing']]]);
    expect(await table.store.events.listForOrg(holder, '2025')).toEqual([]);
    expect((await table.store.events.listByYear('2026')).map((e) => e.id)).toContain(event.id);
  });
});
