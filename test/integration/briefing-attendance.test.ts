import { chinaYear, isoDateInChina } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

/**
 * 宣传培训 for the kinds of organisation a briefing names (issue 14, item 3): a park's 政策宣讲 for
 * universities invites a university, the university registers itself, the park records it attended and
 * writes the minutes; the briefing counts once on the park's `trainingsHeld` with evidence naming the
 * university. Nobody registers another organisation, and matchmaking stays for enterprises.
 */
describe('briefings for universities, agencies and parks', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let enterprise: Member;
  let year: string;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    [university, enterprise] = await Promise.all([
      api.member('university', 'member'),
      api.member('enterprise', 'admin'),
    ]);
    year = chinaYear(new Date());
  });

  const post = (path: string, token: string, json: unknown) =>
    api.request(path, { method: 'POST', token, json });
  const registration = {
    contact: { name: '张老师', phone: '13800000002', email: 'zhang@test.openlicense.cn' },
    attendees: 4,
  };
  const briefingInput = {
    kind: 'policy_briefing',
    title: '专利开放许可政策宣讲会',
    industryChain: '先进储能材料',
    date: isoDateInChina(new Date()),
    place: '长沙市岳麓区麓谷企业广场',
    audience: '高校院所科研处、技术转移中心',
    audienceTypes: ['university'],
  };
  const counts = (member: Member) => table.store.quotas.counts(member.org.id, year);

  it('a park holds a 政策宣讲 a university registered itself for and attended: one 宣传培训 on the park, evidence naming the university', async () => {
    // Prepare: a new park (its counters start at nothing) announces a policy briefing for universities
    const park = await api.member('park', 'admin');
    const created = await post('/api/events', park.token, briefingInput);
    expect(created.status, await created.clone().text()).toBe(201);
    const briefing = (await created.json()) as { id: string; audienceTypes: string[] };
    // Act: invite the university; the park tries to register for it; the university registers itself;
    // the park records it attended and writes the minutes
    const invited = await post(`/api/events/${briefing.id}/invitations`, park.token, {
      orgIds: [university.org.id],
    });
    const byOrganiser = await post(`/api/events/${briefing.id}/registrations`, park.token, registration);
    const registered = await post(`/api/events/${briefing.id}/registrations`, university.token, registration);
    const attendance = await post(`/api/events/${briefing.id}/attendance`, park.token, {
      orgIds: [university.org.id],
      headcount: 4,
    });
    const minutes = await post(`/api/events/${briefing.id}/minutes`, park.token, {
      text: '讲解专利开放许可声明条件、许可费标准与备案要求，高校科研处就存量专利梳理提出问题，均已解答。',
    });
    // Assess: the registration is the university's own; held, counted once as 宣传培训, never as matchmaking
    expect(briefing.audienceTypes).toEqual(['university']);
    expect(invited.status, await invited.clone().text()).toBe(200);
    expect(byOrganiser.status).toBe(403);
    expect(registered.status, await registered.clone().text()).toBe(201);
    expect(await registered.json()).toMatchObject({ orgId: university.org.id, orgName: university.org.name });
    expect(attendance.status, await attendance.clone().text()).toBe(200);
    expect(await minutes.json()).toMatchObject({ status: 'held' });
    const counted = await counts(park);
    expect([counted.trainingsHeld ?? 0, counted.eventsHeld ?? 0]).toEqual([1, 0]);
    expect(await table.store.evidence.list(park.org.id, { kind: 'event_held' })).toEqual([]);
    const trained = await table.store.evidence.list(park.org.id, { kind: 'training_held' });
    expect(trained.map((e) => e.subjectId)).toEqual([briefing.id]);
    expect(trained[0]?.summary).toContain(`到场 1 家、4 人：${university.org.name}（高校院所）`);
    expect(trained[0]?.data).toMatchObject({
      eventKind: 'policy_briefing',
      attendingOrgNames: `${university.org.name}（高校院所）`,
      registeredOrgs: 1,
    });
    // The university moved no counter of its own by attending, and its registration is the only one
    expect((await counts(university)).trainingsHeld ?? 0).toBe(0);
    const view = await (await api.request(`/api/events/${briefing.id}`, { token: park.token })).json();
    expect(view.registrations.map((r: { orgId: string }) => r.orgId)).toEqual([university.org.id]);
  });

  it('a briefing for universities refuses to invite an enterprise, and names the organisation rule when only the organiser is recorded', async () => {
    // Prepare
    const park = await api.member('park', 'admin');
    const briefing = (await (await post('/api/events', park.token, briefingInput)).json()) as { id: string };
    // Act
    const wrongKind = await post(`/api/events/${briefing.id}/invitations`, park.token, {
      orgIds: [enterprise.org.id],
    });
    const itself = await post(`/api/events/${briefing.id}/invitations`, park.token, {
      orgIds: [park.org.id],
    });
    const organiserOnly = await post(`/api/events/${briefing.id}/attendance`, park.token, {
      orgIds: [park.org.id],
    });
    // Assess
    expect(wrongKind.status).toBe(422);
    expect((await wrongKind.json()).error.details).toEqual([expect.objectContaining({ path: 'orgIds.0' })]);
    expect(itself.status).toBe(422);
    expect(organiserOnly.status).toBe(422);
    expect((await organiserOnly.json()).error).toMatchObject({
      code: 'no_organisation_attended',
      details: [{ path: 'orgIds.0' }, { path: 'orgIds' }],
    });
    expect((await counts(park)).trainingsHeld ?? 0).toBe(0);
  });

  it('matchmaking stays for enterprises: a university can neither be invited nor be named in its audience', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    const { kind: _kind, audienceTypes: _types, ...matchmakingInput } = briefingInput;
    const event = (await (await post('/api/events', agency.token, matchmakingInput)).json()) as {
      id: string;
    };
    // Act
    const forUniversities = await post('/api/events', agency.token, {
      ...matchmakingInput,
      audienceTypes: ['university'],
    });
    const invited = await post(`/api/events/${event.id}/invitations`, agency.token, {
      orgIds: [university.org.id],
    });
    const registered = await post(`/api/events/${event.id}/registrations`, university.token, registration);
    // Assess
    expect(forUniversities.status).toBe(400);
    expect((await forUniversities.json()).error.details[0].path).toBe('audienceTypes');
    expect(invited.status).toBe(422);
    expect((await invited.json()).error.details[0].path).toBe('orgIds.0');
    // Not invited, so the event is not the university's to see
    expect(registered.status).toBe(404);
  });

  it('an invited university sees the invitation waiting on its home page until it registers', async () => {
    // Prepare
    const [park, invitee] = await Promise.all([
      api.member('park', 'admin'),
      api.member('university', 'admin'),
    ]);
    const briefing = (await (await post('/api/events', park.token, briefingInput)).json()) as { id: string };
    const waiting = async () => {
      const answer = await (await api.request('/api/me/waiting', { token: invitee.token })).json();
      return answer.items.find((i: { code: string }) => i.code === 'event_invitations')?.count;
    };
    // Act
    const before = await waiting();
    await post(`/api/events/${briefing.id}/invitations`, park.token, { orgIds: [invitee.org.id] });
    const invited = await waiting();
    await post(`/api/events/${briefing.id}/registrations`, invitee.token, registration);
    const after = await waiting();
    // Assess
    expect([before, invited, after]).toEqual([0, 1, 0]);
  });
});
