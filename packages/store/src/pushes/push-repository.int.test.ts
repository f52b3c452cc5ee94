import type { Proposal, ProposalInput } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposalOf } from '../../../../test/support/push-input.ts';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import { StoreConflictError } from '../errors.ts';

const DAY = 86_400_000;
/** Monday 23 November 2026, 10:00 in Beijing. */
const MONDAY = new Date('2026-11-23T02:00:00Z');
const later = (days: number, from = MONDAY) => new Date(from.getTime() + days * DAY);

describe('push repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  /** Stores proposals and reads them back as the broker's queue holds them. */
  async function propose(...inputs: ProposalInput[]): Promise<Proposal[]> {
    await table.store.proposals.upsert(inputs, MONDAY);
    return Promise.all(inputs.map(async (p) => (await table.store.proposals.get(p.brokerOrgId, p.id))!));
  }

  const approve = (proposal: Proposal, now = MONDAY, dedupeDays = 180) =>
    table.store.pushes.approve({
      proposal,
      brokerUserId: 'broker-user',
      brokerName: '湘江知识产权服务中心',
      note: '重点企业',
      now,
      dedupeDays,
    });

  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreConflictError);
    return error as StoreConflictError;
  };

  it('lets exactly one of two brokers approving the same pair at once push it', async () => {
    // Prepare
    const [enterprise, listingId, needId] = [ulid(), ulid(), ulid()];
    const [a, b] = await propose(
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId, needId }),
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId, needId }),
    );
    // Act
    const results = await Promise.allSettled([approve(a!), approve(b!)]);
    // Assess
    const pushed = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(pushed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'PUSH_DUPLICATE' });
    const statuses = await Promise.all([a, b].map((p) => table.store.proposals.get(p!.brokerOrgId, p!.id)));
    expect(statuses.map((p) => p?.status).sort()).toEqual(['proposed', 'pushed']);
  });

  it('lets one of five brokers racing for the same pair win, the others told it is a duplicate', async () => {
    const [enterprise, listingId] = [ulid(), ulid()];
    const proposals = await propose(
      ...[1, 2, 3, 4, 5].map(() => proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId })),
    );
    const results = await Promise.allSettled(proposals.map((p) => approve(p)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'PUSH_DUPLICATE' });
  });

  it('refuses the same pair again within the window, naming the earlier date, and allows it after', async () => {
    // Prepare
    const [enterprise, listingId] = [ulid(), ulid()];
    const [first, second, third] = await propose(
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId }),
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId }),
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId }),
    );
    await approve(first!);
    // Act
    const duplicate = await refusal(approve(second!, later(179)));
    const after = await approve(third!, later(181));
    // Assess
    expect(duplicate.code).toBe('PUSH_DUPLICATE');
    expect(duplicate.data).toMatchObject({ pushedAt: '2026-11-23' });
    expect(after.status).toBe('approved');
  });

  it('holds the window configurable: one day', async () => {
    const [enterprise, listingId] = [ulid(), ulid()];
    const [first, second] = await propose(
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId }),
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId }),
    );
    await approve(first!, MONDAY, 1);
    expect((await approve(second!, later(2), 1)).status).toBe('approved');
  });

  it('refuses a proposal that was already pushed', async () => {
    const [proposal] = await propose(proposalOf(ulid(), { enterpriseOrgId: ulid() }));
    await approve(proposal!);
    expect((await refusal(approve(proposal!))).code).toBe('PROPOSAL_PUSHED');
  });

  it('keeps to the enterprise’s weekly cap, naming the cap and the next week', async () => {
    // Prepare
    const enterprise = ulid();
    const prefs = await table.store.pushPreferences.get(enterprise);
    await table.store.pushPreferences.put(enterprise, { ...prefs, weeklyCap: 2 }, prefs.version, MONDAY);
    const broker = ulid();
    const proposals = await propose(
      ...[1, 2, 3, 4].map(() => proposalOf(broker, { enterpriseOrgId: enterprise })),
    );
    // Act
    await approve(proposals[0]!);
    await approve(proposals[1]!, later(3));
    const capped = await refusal(approve(proposals[2]!, later(6)));
    const nextWeek = await approve(proposals[3]!, later(7));
    // Assess
    expect(capped.code).toBe('PUSH_FREQUENCY_CAP');
    expect(capped.data).toEqual({ cap: 2, week: '2026-W48', nextMonday: '2026-11-30' });
    expect(nextWeek.status).toBe('approved');
    expect((await table.store.proposals.get(broker, proposals[2]!.id))?.status).toBe('proposed');
  });

  it('refuses an unsubscribed enterprise, and makes a push approved before it unsubscribed undeliverable', async () => {
    // Prepare
    const enterprise = ulid();
    const [before, after] = await propose(
      proposalOf(ulid(), { enterpriseOrgId: enterprise }),
      proposalOf(ulid(), { enterpriseOrgId: enterprise }),
    );
    const push = await approve(before!);
    const prefs = await table.store.pushPreferences.get(enterprise);
    // Act
    const unsubscribed = await table.store.pushPreferences.unsubscribe(prefs.unsubscribeToken, MONDAY);
    const refused = await refusal(approve(after!));
    const delivered = await table.store.pushes.deliver(push.id, later(0.1));
    // Assess
    expect(unsubscribed?.unsubscribed).toBe(true);
    expect(refused.code).toBe('PUSH_UNSUBSCRIBED');
    expect(delivered.status).toBe('undeliverable');
    expect((await table.store.quotas.get(push.brokerOrgId, '2026')).pushes).toBe(0);
    expect(await table.store.pushPreferences.unsubscribe('no-such-token', MONDAY)).toBeUndefined();
  });

  it('frees the pair of an undeliverable push, so it may be pushed once the enterprise subscribes again', async () => {
    // Prepare
    const [enterprise, listingId] = [ulid(), ulid()];
    const [first, second] = await propose(
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId }),
      proposalOf(ulid(), { enterpriseOrgId: enterprise, listingId }),
    );
    const push = await approve(first!);
    const prefs = await table.store.pushPreferences.get(enterprise);
    const out = await table.store.pushPreferences.put(
      enterprise,
      { ...prefs, unsubscribed: true },
      0,
      MONDAY,
    );
    await table.store.pushes.deliver(push.id, later(0.1));
    await table.store.pushPreferences.put(enterprise, { ...out, unsubscribed: false }, out.version, MONDAY);
    // Act
    const again = await approve(second!, later(1));
    // Assess
    expect(again.status).toBe('approved');
    expect(
      await table.store.pushes.pushedPairs([{ listingId, enterpriseOrgId: enterprise }], later(1)),
    ).toEqual(new Set([`${listingId}#${enterprise}`]));
    expect(
      await table.store.pushes.pushedPairs([{ listingId, enterpriseOrgId: enterprise }], later(200)),
    ).toEqual(new Set());
  });

  it('counts a push only when delivered, once per pair and year however often it is delivered', async () => {
    // Prepare
    const broker = ulid();
    const [enterprise, listingId] = [ulid(), ulid()];
    const [p1, p2, p3] = await propose(
      proposalOf(broker, { enterpriseOrgId: enterprise, listingId }),
      proposalOf(broker, { enterpriseOrgId: enterprise, listingId }),
      proposalOf(broker, { enterpriseOrgId: ulid() }),
    );
    const first = await approve(p1!, MONDAY, 1);
    const undelivered = await approve(p3!);
    expect((await table.store.quotas.get(broker, '2026')).pushes).toBe(0);
    // Act
    await table.store.pushes.deliver(first.id, later(0.1));
    await table.store.pushes.deliver(first.id, later(0.2));
    const again = await approve(p2!, later(2), 1);
    await table.store.pushes.deliver(again.id, later(2.1));
    // Assess
    const quota = await table.store.quotas.get(broker, '2026');
    expect(quota).toMatchObject({ pushes: 1, delivered: 2, byMonth: { '11': 1, '12': 0 } });
    expect((await table.store.pushes.get(undelivered.id))?.status).toBe('approved');
    const evidence = await table.store.pushes.listByBroker(broker, '2026', { limit: 10 });
    expect(evidence.items.map((p) => p.id)).toEqual([undelivered.id, again.id, first.id].sort().reverse());
    const trail = await table.store.audit.listForOrg(broker);
    expect(trail.filter((e) => e.action === 'push.delivered')).toHaveLength(2);
    expect(trail.filter((e) => e.action === 'push.approved')).toHaveLength(3);
    // The counted delivery, and only it, is on the broker's quota evidence chain.
    const chain = await table.store.evidence.list(broker, { year: '2026' });
    expect(chain).toHaveLength(quota.pushes);
    expect(chain[0]).toMatchObject({
      kind: 'push_delivered',
      subjectId: first.id,
      seq: 1,
      data: { listingId, enterpriseOrgId: enterprise },
    });
    expect(await table.store.evidence.verify(broker)).toMatchObject({ ok: true, entries: 1 });
  });

  it('shows delivered pushes in the inbox newest first, counts unread, and takes the read receipt once', async () => {
    // Prepare
    const enterprise = ulid();
    const broker = ulid();
    const [p1, p2] = await propose(
      proposalOf(broker, { enterpriseOrgId: enterprise }),
      proposalOf(broker, { enterpriseOrgId: enterprise }),
    );
    const older = await approve(p1!);
    const newer = await approve(p2!);
    await table.store.pushes.deliver(older.id, later(0.1));
    await table.store.pushes.deliver(newer.id, later(0.2));
    expect(await table.store.pushes.unreadCount(enterprise)).toBe(2);
    // Act
    const read = await table.store.pushes.markRead(older.id, enterprise, later(1), 'ent-user');
    await table.store.pushes.markRead(older.id, enterprise, later(2), 'ent-user');
    // Assess
    expect(read).toMatchObject({ status: 'read', readAt: later(1).toISOString() });
    expect(await table.store.pushes.unreadCount(enterprise)).toBe(1);
    expect((await table.store.quotas.get(broker, '2026')).reads).toBe(1);
    const inbox = await table.store.pushes.listInbox(enterprise, { limit: 10 });
    expect(inbox.items.map((p) => p.id)).toEqual([newer.id, older.id]);
    expect((await refusal(table.store.pushes.markRead(newer.id, ulid(), later(1)))).code).toBe(
      'PUSH_NOT_FOUND',
    );
  });

  it('records feedback: wrong field penalises the IPC subclass, already known excludes, interested starts a lead', async () => {
    // Prepare
    const enterprise = ulid();
    const broker = ulid();
    const proposals = await propose(
      ...[1, 2, 3].map(() => proposalOf(broker, { enterpriseOrgId: enterprise })),
    );
    const pushes = [];
    for (const p of proposals) {
      const push = await approve(p);
      pushes.push(await table.store.pushes.deliver(push.id, later(0.1)));
    }
    const [wrong, known, interested] = pushes as [(typeof pushes)[0], (typeof pushes)[0], (typeof pushes)[0]];
    // Act
    await table.store.pushes.answer(
      wrong.id,
      enterprise,
      { kind: 'wrong_field', listingIpc: ['C01B 32/05'] },
      'u',
      later(1),
    );
    await table.store.pushes.answer(known.id, enterprise, { kind: 'already_known' }, 'u', later(1));
    const answered = await table.store.pushes.answer(
      interested.id,
      enterprise,
      { kind: 'interested', comment: '请安排对接' },
      'u',
      later(1),
    );
    // Assess
    expect(await table.store.matchFeedback.get(enterprise)).toEqual({
      penalisedIpc: { C01B: 1 },
      excludedListings: [known.listingId],
    });
    expect(answered).toMatchObject({
      status: 'answered',
      feedback: { kind: 'interested', comment: '请安排对接' },
    });
    const lead = await table.store.leads.get(answered.leadId!);
    expect(lead).toMatchObject({
      stage: 'lead',
      source: { kind: 'push', pushId: interested.id },
      brokerOrgId: broker,
    });
    expect(await table.store.leads.idsForOrg(enterprise)).toEqual([lead?.id]);
    expect(await table.store.leads.idsForOrg(broker)).toEqual([lead?.id]);
    const quota = await table.store.quotas.get(broker, '2026');
    expect(quota).toMatchObject({ reads: 3, feedback: { wrong_field: 1, already_known: 1, interested: 1 } });
    expect(await table.store.pushes.unreadCount(enterprise)).toBe(0);
    expect(
      (await table.store.audit.listForOrg(enterprise)).filter((e) => e.action === 'push.feedback'),
    ).toHaveLength(3);
    const twice = await refusal(
      table.store.pushes.answer(wrong.id, enterprise, { kind: 'relevant' }, 'u', later(2)),
    );
    expect(twice.code).toBe('PUSH_ALREADY_ANSWERED');
  });

  it('takes "wrong field" IPC from the explanation when the caller names none', async () => {
    const enterprise = ulid();
    const [p] = await propose(proposalOf(ulid(), { enterpriseOrgId: enterprise }));
    const push = await approve(p!);
    await table.store.pushes.deliver(push.id, later(0.1));
    await table.store.pushes.answer(push.id, enterprise, { kind: 'wrong_field' }, 'u', later(1));
    expect((await table.store.matchFeedback.get(enterprise)).penalisedIpc).toEqual({ H01M: 1 });
  });

  it('keeps push settings and preferences under optimistic locking', async () => {
    const broker = ulid();
    expect(await table.store.pushSettings.get(broker)).toMatchObject({
      autoPush: false,
      autoPushThreshold: 80,
      version: 0,
    });
    const saved = await table.store.pushSettings.put(
      broker,
      { autoPush: true, autoPushThreshold: 85 },
      0,
      MONDAY,
    );
    expect(saved.version).toBe(1);
    expect(
      (
        await refusal(
          table.store.pushSettings.put(broker, { autoPush: false, autoPushThreshold: 85 }, 0, MONDAY),
        )
      ).code,
    ).toBe('stale_version');
    const enterprise = ulid();
    const prefs = await table.store.pushPreferences.get(enterprise);
    expect(prefs).toMatchObject({ unsubscribed: false, weeklyCap: 5, email: true, version: 0 });
    expect(await table.store.pushPreferences.get(enterprise)).toEqual(prefs);
    await table.store.pushPreferences.put(
      enterprise,
      { unsubscribed: false, weeklyCap: 9, email: false },
      0,
      MONDAY,
    );
    expect((await refusal(table.store.pushPreferences.put(enterprise, prefs, 0, MONDAY))).code).toBe(
      'stale_version',
    );
  });
});
