import { chinaYear, type Need, type Proposal, type Push } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorisationInput } from '../support/authorisation-input.ts';
import { declarationRecordOf } from '../support/declaration-input.ts';
import { needOf } from '../support/need-input.ts';
import { matchOf, proposalOf, publishedListingIn } from '../support/push-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

describe('precise push API', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let agency: Member;
  let year: number;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    agency = await api.member('agency', 'admin');
    year = Number(chinaYear(new Date()));
  });

  /** An approved enterprise with an open need the agency collected for it. */
  async function enterpriseWithNeed(collector: Member = agency) {
    const enterprise = await api.member('enterprise', 'admin');
    const need: Need = {
      ...needOf(
        enterprise.org.id,
        {},
        { collectedBy: { orgId: collector.org.id, userId: collector.user.id } },
      ),
      status: 'open',
    };
    await table.store.needs.create(need);
    return { enterprise, need };
  }

  /** Proposals of the need to `broker`, as the matcher writes them. */
  async function propose(broker: Member, need: Need, scores: number[], listingIds?: string[]) {
    const ids = listingIds ?? (await Promise.all(scores.map(() => publishedListingIn(table.store))));
    const inputs = scores.map((score, i) =>
      proposalOf(broker.org.id, {
        needId: need.id,
        enterpriseOrgId: need.ownerOrgId,
        listingId: ids[i] as string,
        score,
      }),
    );
    await table.store.proposals.upsert(inputs, new Date());
    return inputs;
  }

  const approve = (token: string, id: string, body: unknown = {}, key?: string) =>
    api.request(`/api/proposals/${id}/approve`, {
      method: 'POST',
      token,
      json: body,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });

  /** Approves through the API and delivers through the store (the matcher's push-delivery does it). */
  async function pushAndDeliver(token: string, id: string): Promise<Push> {
    const res = await approve(token, id);
    expect(res.status, await res.clone().text()).toBe(201);
    const push = (await res.json()) as Push;
    return table.store.pushes.deliver(push.id, new Date());
  }

  it('shows the broker its queue best first, with explanations, and only its own', async () => {
    // Prepare
    const { need } = await enterpriseWithNeed();
    await propose(agency, need, [62.5, 91, 77]);
    const other = await api.member('park', 'member');
    // Act
    const res = await api.request('/api/proposals?status=proposed&limit=200', { token: agency.token });
    const theirs = await api.request('/api/proposals', { token: other.token });
    // Assess
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Proposal[] };
    const scores = items.filter((p) => p.needId === need.id).map((p) => p.score);
    expect(scores).toEqual([91, 77, 62.5]);
    expect(items[0]?.explanation.signals[0]).toMatchObject({ signal: 'text', text: expect.any(String) });
    expect(((await theirs.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('approves with a note as a push, moves the proposal to pushed, and replays a retried approval', async () => {
    // Prepare
    const { need } = await enterpriseWithNeed();
    const [proposal] = await propose(agency, need, [88]);
    const key = `approve-${ulid()}`;
    // Act
    const res = await approve(
      agency.token,
      proposal!.id,
      { note: '企业急需', message: '推荐您关注此项成果' },
      key,
    );
    const replay = await approve(
      agency.token,
      proposal!.id,
      { note: '企业急需', message: '推荐您关注此项成果' },
      key,
    );
    // Assess
    expect(res.status).toBe(201);
    const push = (await res.json()) as Push;
    expect(push).toMatchObject({
      status: 'approved',
      note: '企业急需',
      message: '推荐您关注此项成果',
      approvedBy: agency.user.id,
      auto: false,
      brokerName: agency.org.name,
      brokerType: 'agency',
      score: 88,
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as Push).id).toBe(push.id);
    const pushed = await api.request('/api/proposals?status=pushed', { token: agency.token });
    expect(((await pushed.json()) as { items: Proposal[] }).items.map((p) => p.pushId)).toContain(push.id);
    const again = await approve(agency.token, proposal!.id);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('PROPOSAL_PUSHED');
  });

  it('refuses a second broker the same pair with 409 PUSH_DUPLICATE naming the earlier push’s date', async () => {
    // Prepare: a park the enterprise authorised, proposed the same listing
    const { enterprise, need } = await enterpriseWithNeed();
    const park = await api.member('park', 'admin');
    const { validFrom, validUntil } = authorisationInput(park.org.id);
    await table.store.authorisations.grant(
      {
        id: ulid(),
        enterpriseOrgId: enterprise.org.id,
        agentOrgId: park.org.id,
        validFrom,
        validUntil,
        scope: 'needs',
        status: 'active',
        grantedAt: new Date().toISOString(),
        grantedBy: enterprise.user.id,
        version: 1,
      },
      [],
    );
    const listingId = await publishedListingIn(table.store);
    const [mine] = await propose(agency, need, [80], [listingId]);
    const [theirs] = await propose(park, need, [80], [listingId]);
    await approve(agency.token, mine!.id);
    // Act
    const res = await approve(park.token, theirs!.id);
    // Assess
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe('PUSH_DUPLICATE');
    expect(error.message).toContain(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
    expect(error.message).toMatch(/已于.*\/ this listing was pushed/);
  });

  it('refuses a broker that no longer serves the enterprise', async () => {
    const { need } = await enterpriseWithNeed();
    const stranger = await api.member('agency', 'admin');
    const [proposal] = await propose(stranger, need, [80]);
    const res = await approve(stranger.token, proposal!.id);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('no_authorisation');
  });

  it('refuses to push a listing no longer published, or for a need that was closed', async () => {
    const { need } = await enterpriseWithNeed();
    const withdrawn = declarationRecordOf(ulid(), { status: 'withdrawn' });
    await table.store.declarations.create(withdrawn);
    const [stale] = await propose(agency, need, [80], [withdrawn.id]);
    const res = await approve(agency.token, stale!.id);
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({
      code: 'LISTING_NOT_PUBLISHED',
      message: expect.stringMatching(/不能推送 \/ the listing is no longer published/),
    });
    await table.store.needs.update(need, { ...need, status: 'closed', version: need.version + 1 });
    const [late] = await propose(agency, need, [80]);
    const closed = await approve(agency.token, late!.id);
    expect(closed.status).toBe(409);
    expect((await closed.json()).error.code).toBe('NEED_NOT_OPEN');
  });

  it('keeps to the weekly cap the enterprise set, and to its unsubscribe', async () => {
    // Prepare
    const { enterprise, need } = await enterpriseWithNeed();
    const prefs = await api.request('/api/push-preferences', { token: enterprise.token });
    expect(await prefs.json()).toEqual({
      enterpriseOrgId: enterprise.org.id,
      unsubscribed: false,
      weeklyCap: 5,
      email: true,
      version: 0,
    });
    const saved = await api.request('/api/push-preferences', {
      method: 'PUT',
      token: enterprise.token,
      json: { unsubscribed: false, weeklyCap: 1, email: true, version: 0 },
    });
    expect(saved.status).toBe(200);
    const [first, second] = await propose(agency, need, [90, 85]);
    // Act
    await approve(agency.token, first!.id);
    const capped = await approve(agency.token, second!.id);
    // Assess
    expect(capped.status).toBe(409);
    const { error } = await capped.json();
    expect(error.code).toBe('PUSH_FREQUENCY_CAP');
    expect(error.message).toMatch(/每周最多接收 1 条.*\/ the enterprise accepts at most 1 pushes a week/);

    // Unsubscribing by the email's link (no sign-in) refuses the next approval.
    const { unsubscribeToken } = await table.store.pushPreferences.get(enterprise.org.id);
    const link = await api.request(`/api/push-preferences/unsubscribe?token=${unsubscribeToken}`);
    expect(link.status).toBe(200);
    expect(await link.json()).toMatchObject({ unsubscribed: true, enterpriseName: enterprise.org.name });
    const refused = await approve(agency.token, second!.id);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatchObject({
      code: 'PUSH_UNSUBSCRIBED',
      message: expect.stringContaining('已退订'),
    });
    const bad = await api.request('/api/push-preferences/unsubscribe?token=nope');
    expect(bad.status).toBe(404);
  });

  it('rejects with a reason, and names the field when the reason is missing', async () => {
    const { need } = await enterpriseWithNeed();
    const [proposal] = await propose(agency, need, [70]);
    const missing = await api.request(`/api/proposals/${proposal!.id}/reject`, {
      method: 'POST',
      token: agency.token,
      json: {},
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.details).toEqual([
      expect.objectContaining({ path: 'reason', message: expect.stringContaining('驳回理由') }),
    ]);
    const res = await api.request(`/api/proposals/${proposal!.id}/reject`, {
      method: 'POST',
      token: agency.token,
      json: { reason: '企业已有同类技术' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'rejected', rejectReason: '企业已有同类技术' });
    const unknown = await api.request(`/api/proposals/${ulid()}.${ulid()}/reject`, {
      method: 'POST',
      token: agency.token,
      json: { reason: '无' },
    });
    expect(unknown.status).toBe(404);
  });

  it('gives the enterprise its inbox newest first, takes the read receipt and the feedback, and counts the quota', async () => {
    // Prepare
    const { enterprise, need } = await enterpriseWithNeed();
    const [a, b, c] = await propose(agency, need, [90, 80, 70]);
    const before = (await (
      await api.request(`/api/quotas?year=${year}`, { token: agency.token })
    ).json()) as {
      targets: Array<{ key: string; actual: number }>;
    };
    const pushesBefore = before.targets.find((t) => t.key === 'precise_pushes')!.actual;
    const older = await pushAndDeliver(agency.token, a!.id);
    const newer = await pushAndDeliver(agency.token, b!.id);
    const undelivered = (await (await approve(agency.token, c!.id)).json()) as Push;
    // Act
    const inbox = await api.request('/api/inbox', { token: enterprise.token });
    const read = await api.request(`/api/inbox/${older.id}/read`, {
      method: 'POST',
      token: enterprise.token,
    });
    const answered = await api.request(`/api/inbox/${newer.id}/feedback`, {
      method: 'POST',
      token: enterprise.token,
      json: { kind: 'interested', comment: '请尽快安排对接' },
    });
    // Assess
    const page = (await inbox.json()) as { items: Push[]; unread: number };
    expect(page.items.map((p) => p.id)).toEqual([newer.id, older.id]);
    expect(page.unread).toBe(2);
    expect(page.items.map((p) => p.id)).not.toContain(undelivered.id);
    expect(await read.json()).toMatchObject({ status: 'read', readAt: expect.any(String) });
    const push = (await answered.json()) as Push;
    expect(push).toMatchObject({
      status: 'answered',
      feedback: { kind: 'interested' },
      leadId: expect.any(String),
    });
    expect(await table.store.leads.get(push.leadId!)).toMatchObject({
      stage: 'lead',
      brokerOrgId: agency.org.id,
    });
    const after = await (await api.request('/api/inbox', { token: enterprise.token })).json();
    expect(after.unread).toBe(0);
    const twice = await api.request(`/api/inbox/${newer.id}/feedback`, {
      method: 'POST',
      token: enterprise.token,
      json: { kind: 'relevant' },
    });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.code).toBe('PUSH_ALREADY_ANSWERED');

    const quotas = await api.request(`/api/quotas?year=${year}`, { token: agency.token });
    expect(quotas.status).toBe(200);
    const body = await quotas.json();
    expect(body).toMatchObject({ orgId: agency.org.id, year });
    expect(body.targets).toContainEqual(
      expect.objectContaining({
        key: 'precise_pushes',
        label: '精准推送',
        unit: '次',
        target: 1000,
        actual: pushesBefore + 2,
        met: false,
      }),
    );
    const summary = await (
      await api.request(`/api/pushes/summary?year=${year}`, { token: agency.token })
    ).json();
    expect(summary).toMatchObject({
      year,
      read: expect.any(Number),
      feedback: { interested: expect.any(Number) },
    });
    expect(summary.readRate).toBeGreaterThan(0);
    const evidence = await (await api.request(`/api/pushes?year=${year}`, { token: agency.token })).json();
    expect(evidence.items.map((p: Push) => p.id)).toEqual(
      expect.arrayContaining([older.id, newer.id, undelivered.id]),
    );
  });

  it('hides an enterprise’s push from others and an undelivered push from everyone', async () => {
    const { enterprise, need } = await enterpriseWithNeed();
    const [a, b] = await propose(agency, need, [90, 80]);
    const delivered = await pushAndDeliver(agency.token, a!.id);
    const approved = (await (await approve(agency.token, b!.id)).json()) as Push;
    const other = await api.member('enterprise', 'member');
    const read = (token: string, id: string) =>
      api.request(`/api/inbox/${id}/read`, { method: 'POST', token });
    expect((await read(other.token, delivered.id)).status).toBe(404);
    expect((await read(enterprise.token, approved.id)).status).toBe(404);
    expect((await read(agency.token, delivered.id)).status).toBe(403);
    expect((await api.request('/api/inbox', { token: agency.token })).status).toBe(403);
  });

  it('answers "wrong field" with the listing’s IPC subclasses penalised for the enterprise', async () => {
    const { enterprise, need } = await enterpriseWithNeed();
    const university = await api.member('university', 'admin');
    const declaration = declarationRecordOf(university.org.id, { status: 'published' });
    await table.store.declarations.create(declaration);
    const [proposal] = await propose(agency, need, [75], [declaration.id]);
    const push = await pushAndDeliver(agency.token, proposal!.id);
    const res = await api.request(`/api/inbox/${push.id}/feedback`, {
      method: 'POST',
      token: enterprise.token,
      json: { kind: 'wrong_field' },
    });
    expect(res.status).toBe(200);
    expect(await table.store.matchFeedback.get(enterprise.org.id)).toEqual({
      penalisedIpc: { H01M: 1 },
      excludedListings: [],
    });
  });

  it('shows a need’s matches to whoever may see the need, and a listing’s to its holder, agencies and the office', async () => {
    // Prepare
    const { enterprise, need } = await enterpriseWithNeed();
    const university = await api.member('university', 'member');
    const declaration = declarationRecordOf(university.org.id, { status: 'published' });
    await table.store.declarations.create(declaration);
    const hidden: Need = { ...needOf(ulid(), { visibility: 'private' }), status: 'open' };
    await table.store.needs.create(hidden);
    await table.store.matches.replaceForNeed(need.id, [
      matchOf(need.id, declaration.id, { score: 81.5, enterpriseOrgId: enterprise.org.id }),
      matchOf(need.id, ulid(), { score: 64 }),
    ]);
    await table.store.matches.upsertForListing(declaration.id, [
      matchOf(hidden.id, declaration.id, { score: 99 }),
    ]);
    const office = await api.member('ip_office', 'member');
    // Act
    const ofNeed = await api.request(`/api/needs/${need.id}/matches`, { token: enterprise.token });
    const byHolder = await api.request(`/api/listings/${declaration.id}/matches`, {
      token: university.token,
    });
    const byOffice = await api.request(`/api/listings/${declaration.id}/matches`, { token: office.token });
    const byEnterprise = await api.request(`/api/listings/${declaration.id}/matches`, {
      token: enterprise.token,
    });
    // Assess
    expect(ofNeed.status).toBe(200);
    const needItems = (await ofNeed.json()).items as Array<{ score: number; pushed: boolean }>;
    expect(needItems.map((m) => [m.score, m.pushed])).toEqual([
      [81.5, false],
      [64, false],
    ]);
    expect(((await byHolder.json()).items as Array<{ needId: string }>).map((m) => m.needId)).toEqual([
      need.id,
    ]);
    expect(((await byOffice.json()).items as Array<{ needId: string }>).map((m) => m.needId)).toEqual([
      hidden.id,
      need.id,
    ]);
    expect(byEnterprise.status).toBe(403);
    expect(
      (await api.request(`/api/listings/bundle:${ulid()}/matches`, { token: office.token })).status,
    ).toBe(404);
  });

  it('keeps auto-push settings per broker, admins only, with optimistic locking', async () => {
    const broker = await api.member('park', 'admin');
    const member = await api.member('park', 'member', 'approved', broker.org);
    expect(await (await api.request('/api/push-settings', { token: member.token })).json()).toMatchObject({
      autoPush: false,
      autoPushThreshold: 80,
      version: 0,
    });
    const save = (token: string, body: unknown) =>
      api.request('/api/push-settings', { method: 'PUT', token, json: body });
    expect((await save(member.token, { autoPush: true, autoPushThreshold: 85, version: 0 })).status).toBe(
      403,
    );
    const saved = await save(broker.token, { autoPush: true, autoPushThreshold: 85, version: 0 });
    expect(await saved.json()).toMatchObject({ autoPush: true, autoPushThreshold: 85, version: 1 });
    const stale = await save(broker.token, { autoPush: false, autoPushThreshold: 85, version: 0 });
    expect(stale.status).toBe(409);
    const bad = await save(broker.token, { autoPush: true, autoPushThreshold: 120, version: 1 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0]).toMatchObject({ path: 'autoPushThreshold' });
  });

  it('gives a university its conversion targets, and documents every push route', async () => {
    const university = await api.member('university', 'admin');
    const res = await api.request(`/api/quotas?year=${year}`, { token: university.token });
    const quotas = await res.json();
    expect(quotas).toMatchObject({ orgId: university.org.id, year });
    expect(quotas.targets.map((t: { key: string }) => t.key)).toEqual(['conversion_count', 'conversion_fen']);
    const bad = await api.request('/api/quotas?year=20x6', { token: university.token });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0]).toMatchObject({ path: 'query.year' });
    const doc = await (await api.request('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/needs/{id}/matches',
        '/listings/{id}/matches',
        '/proposals',
        '/proposals/{id}/approve',
        '/proposals/{id}/reject',
        '/push-settings',
        '/inbox',
        '/inbox/{id}/read',
        '/inbox/{id}/feedback',
        '/push-preferences',
        '/push-preferences/unsubscribe',
        '/pushes',
        '/pushes/summary',
        '/quotas',
      ]),
    );
  });
});
