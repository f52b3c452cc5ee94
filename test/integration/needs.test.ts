import type { OrgType } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorisationInput } from '../support/authorisation-input.ts';
import { needInput } from '../support/need-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Api = ReturnType<typeof createTestApi>;
type Caller = Awaited<ReturnType<Api['member']>>;

describe('technology needs (技术需求台账)', () => {
  let table: TestTable;
  let api: Api;
  let enterprise: Caller;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    enterprise = await api.member('enterprise', 'admin');
  });

  const json = async (res: Response) => ({ status: res.status, body: await res.json() });
  const add = (token: string, body: unknown, headers: Record<string, string> = {}) =>
    api.request('/api/needs', { method: 'POST', token, json: body, headers });
  const move = (token: string, id: string, body: unknown) =>
    api.request(`/api/needs/${id}/transitions`, { method: 'POST', token, json: body });
  const read = (token: string, id: string) => api.request(`/api/needs/${id}`, { token });
  const list = async (token: string, query = '') =>
    (await json(await api.request(`/api/needs${query}`, { token }))).body;
  const ids = (page: { items: Array<{ id: string }> }) => page.items.map((n) => n.id);

  /** A need of `owner`, published (`open`) unless `draft`; returns its id and version. */
  async function needOf(owner: Caller, overrides: Record<string, unknown> = {}, draft = false) {
    const created = await json(await add(owner.token, needInput(overrides)));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    if (draft) return { id: created.body.id as string, version: 1 };
    const opened = await json(await move(owner.token, created.body.id, { action: 'open', version: 1 }));
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    return { id: created.body.id as string, version: 2 };
  }

  async function authorise(owner: Caller, agent: Caller) {
    const res = await json(
      await api.request('/api/authorisations', {
        method: 'POST',
        token: owner.token,
        json: authorisationInput(agent.org.id),
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  it('adds a draft with its quality score and the actions the owner may take', async () => {
    // Act
    const res = await json(await add(enterprise.token, needInput({ budget: undefined })));
    // Assess
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      version: 1,
      ownerOrgId: enterprise.org.id,
      ownerName: enterprise.org.name,
      availableActions: ['open', 'close'],
      canEdit: true,
      quality: { score: 90, hints: [expect.objectContaining({ code: 'no_budget' })] },
    });
    expect(res.body.collectedByOrgId).toBeUndefined();
  });

  it('moves a need through its lifecycle and answers 409 to an action its status does not accept', async () => {
    // Prepare
    const { id } = await needOf(enterprise);
    // Act
    const negotiating = await json(
      await move(enterprise.token, id, { action: 'start_negotiation', version: 2 }),
    );
    const fulfilled = await json(await move(enterprise.token, id, { action: 'fulfil', version: 3 }));
    const reopened = await json(await move(enterprise.token, id, { action: 'resume', version: 4 }));
    const edited = await api.request(`/api/needs/${id}`, {
      method: 'PUT',
      token: enterprise.token,
      json: { ...needInput(), version: 4 },
    });
    // Assess
    expect(negotiating.body).toMatchObject({ status: 'in_negotiation', version: 3 });
    expect(fulfilled.body).toMatchObject({
      status: 'fulfilled',
      version: 4,
      availableActions: [],
      canEdit: false,
    });
    expect(reopened.status).toBe(409);
    expect(reopened.body.error.code).toBe('invalid_transition');
    expect(edited.status).toBe(409);
  });

  it('closes only with a reason', async () => {
    const { id } = await needOf(enterprise);
    const bare = await json(await move(enterprise.token, id, { action: 'close', version: 2 }));
    const closed = await json(
      await move(enterprise.token, id, { action: 'close', reason: '已通过其他渠道解决', version: 2 }),
    );
    expect(bare.status).toBe(422);
    expect(bare.body.error.code).toBe('close_reason_required');
    expect(closed.body).toMatchObject({ status: 'closed', closeReason: '已通过其他渠道解决' });
  });

  it('lets a pending enterprise keep drafts but not publish them', async () => {
    const pending = await api.member('enterprise', 'member', 'pending');
    const { id } = await needOf(pending, {}, true);
    const res = await json(await move(pending.token, id, { action: 'open', version: 1 }));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('org_not_approved');
    expect((await json(await read(pending.token, id))).body.availableActions).toEqual(['close']);
  });

  it('lets one of two concurrent edits of the same version win; the other gets 409 and changes nothing', async () => {
    // Prepare
    const { id } = await needOf(enterprise, {}, true);
    const edit = (title: string) =>
      api.request(`/api/needs/${id}`, {
        method: 'PUT',
        token: enterprise.token,
        json: { ...needInput({ title }), version: 1 },
      });
    // Act
    const results = await Promise.all([edit('吊重防摇摆控制甲方案'), edit('吊重防摇摆控制乙方案')]);
    // Assess
    const stored = await json(await read(enterprise.token, id));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(stored.body.version).toBe(2);
    const winner = await results.find((r) => r.status === 200)!.json();
    expect(stored.body.title).toBe(winner.title);
  });

  it('answers 409 naming the need that already holds a clientRef', async () => {
    const first = await json(await add(enterprise.token, needInput({ clientRef: 'API-REF-1' })));
    const again = await json(await add(enterprise.token, needInput({ clientRef: 'API-REF-1' })));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'client_ref_taken', details: { id: first.body.id } });
  });

  it('replays a retried create with the same Idempotency-Key instead of adding a second need', async () => {
    const owner = await api.member('enterprise', 'member');
    const headers = { 'idempotency-key': 'need-create-0001' };
    const first = await json(await add(owner.token, needInput(), headers));
    const retry = await add(owner.token, needInput(), headers);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await retry.json()).id).toBe(first.body.id);
    expect(ids(await list(owner.token))).toEqual([first.body.id]);
  });

  it('pages through the ledger newest first and filters by status, chain and title', async () => {
    // Prepare
    const owner = await api.member('enterprise', 'admin');
    const made = [];
    for (const i of [1, 2, 3, 4, 5])
      made.push(
        await needOf(
          owner,
          { title: `第${i}号防摇摆控制需求`, industryChains: [i % 2 ? '工程机械' : '新材料'] },
          i === 5,
        ),
      );
    // Act
    const first = await list(owner.token, '?limit=2');
    const second = await list(owner.token, `?limit=2&cursor=${first.nextCursor}`);
    const third = await list(owner.token, `?limit=2&cursor=${second.nextCursor}`);
    // Assess
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(made.map((n) => n.id).reverse());
    expect(third.nextCursor).toBeUndefined();
    expect(first.items[0]).toMatchObject({
      quality: { score: expect.any(Number) },
      ownerName: owner.org.name,
    });
    expect(ids(await list(owner.token, '?status=draft'))).toEqual([made[4]?.id]);
    expect(ids(await list(owner.token, `?industryChain=${encodeURIComponent('新材料')}`))).toEqual([
      made[3]?.id,
      made[1]?.id,
    ]);
    expect(ids(await list(owner.token, `?q=${encodeURIComponent('第3号')}`))).toEqual([made[2]?.id]);
  });

  it('answers 400 to a cursor it did not issue', async () => {
    const res = await json(await api.request('/api/needs?cursor=bm9wZQ', { token: enterprise.token }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_cursor');
  });

  it('computes hints for a half-filled form without saving it', async () => {
    const res = await json(
      await api.request('/api/needs/quality', {
        method: 'POST',
        token: enterprise.token,
        json: {
          title: '技术合作需求',
          description: '需要新技术',
          targets: ['提升产品质量'],
          deadline: '2020-0',
        },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.hints.map((h: { code: string }) => h.code)).toEqual(
      expect.arrayContaining([
        'targets_not_measurable',
        'description_too_short',
        'title_too_vague',
        'no_budget',
      ]),
    );
    expect(res.body.score).toBeLessThan(50);
    expect(ids(await list(enterprise.token, `?q=${encodeURIComponent('技术合作需求')}`))).toEqual([]);
  });

  describe('agencies and parks', () => {
    it('refuses an agency without an authorisation: 403 to writes, hidden needs stay hidden', async () => {
      // Prepare
      const agency = await api.member('agency', 'member');
      const open = await needOf(enterprise);
      const hidden = await needOf(enterprise, { visibility: 'private' });
      // Act
      const create = await json(
        await add(agency.token, { ...needInput(), enterpriseOrgId: enterprise.org.id }),
      );
      const edit = await api.request(`/api/needs/${open.id}`, {
        method: 'PUT',
        token: agency.token,
        json: { ...needInput(), version: open.version },
      });
      // Assess
      expect(create.status).toBe(403);
      expect(create.body.error.code).toBe('no_authorisation');
      expect(edit.status).toBe(403);
      expect((await read(agency.token, open.id)).status).toBe(200);
      expect((await read(agency.token, hidden.id)).status).toBe(404);
    });

    it('lets an authorised agency collect a need: credited to it, on both evidence trails, in the enterprise’s ledger', async () => {
      // Prepare
      const owner = await api.member('enterprise', 'admin');
      const agency = await api.member('agency', 'member');
      await authorise(owner, agency);
      // Act
      const res = await json(
        await add(agency.token, { ...needInput({ visibility: 'private' }), enterpriseOrgId: owner.org.id }),
      );
      // Assess
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        ownerOrgId: owner.org.id,
        collectedByOrgId: agency.org.id,
        collectedByUserId: agency.user.id,
        availableActions: ['open', 'close'],
      });
      expect(ids(await list(owner.token))).toEqual([res.body.id]);
      for (const orgId of [owner.org.id, agency.org.id]) {
        const trail = await table.store.audit.listForOrg(orgId);
        expect(trail.find((e) => e.action === 'need.collected')?.summary).toContain(res.body.id);
      }
    });

    it('after revocation refuses the agency’s writes and lets it read only what every agency may see', async () => {
      // Prepare: the agency collected a public and a private need, both published
      const owner = await api.member('enterprise', 'admin');
      const agency = await api.member('agency', 'admin');
      const authorisation = await authorise(owner, agency);
      const collect = async (visibility: string) => {
        const created = await json(
          await add(agency.token, { ...needInput({ visibility }), enterpriseOrgId: owner.org.id }),
        );
        await move(agency.token, created.body.id, { action: 'open', version: 1 });
        return created.body.id as string;
      };
      const [open, hidden] = [await collect('public'), await collect('private')];
      // Act
      await api.request(`/api/authorisations/${authorisation}/revoke`, {
        method: 'POST',
        token: owner.token,
      });
      // Assess
      const edit = await json(
        await api.request(`/api/needs/${open}`, {
          method: 'PUT',
          token: agency.token,
          json: { ...needInput(), version: 2 },
        }),
      );
      expect(edit.status).toBe(403);
      expect(edit.body.error.code).toBe('no_authorisation');
      expect((await move(agency.token, open, { action: 'start_negotiation', version: 2 })).status).toBe(403);
      expect((await add(agency.token, { ...needInput(), enterpriseOrgId: owner.org.id })).status).toBe(403);
      const readable = await json(await read(agency.token, open));
      expect(readable.status).toBe(200);
      expect(readable.body).toMatchObject({ availableActions: [], canEdit: false });
      expect((await read(agency.token, hidden)).status).toBe(404);
      expect(ids(await list(agency.token))).toEqual([open]);
    });

    it('lists the needs of the enterprises that authorised it, and can narrow to one', async () => {
      // Prepare: A and B authorise the park, C does not
      const park = await api.member('park', 'member');
      const [a, b, c] = [
        await api.member('enterprise', 'admin'),
        await api.member('enterprise', 'admin'),
        await api.member('enterprise', 'admin'),
      ];
      await authorise(a, park);
      await authorise(b, park);
      const aDraft = await needOf(a, { visibility: 'private' }, true);
      const bOpen = await needOf(b);
      await needOf(c);
      // Act
      const all = await list(park.token);
      const onlyA = await list(park.token, `?enterpriseOrgId=${a.org.id}`);
      const onlyC = await list(park.token, `?enterpriseOrgId=${c.org.id}`);
      // Assess
      expect(ids(all)).toEqual([bOpen.id, aDraft.id]);
      expect(all.items.map((n: { ownerName: string }) => n.ownerName)).toEqual([b.org.name, a.org.name]);
      expect(ids(onlyA)).toEqual([aDraft.id]);
      expect(ids(onlyC)).toEqual([]);
    });

    it('does not count an authorisation that has not started yet', async () => {
      const owner = await api.member('enterprise', 'admin');
      const agency = await api.member('agency', 'admin');
      const later = authorisationInput(agency.org.id, { validFrom: '2099-01-01', validUntil: '2099-12-31' });
      await api.request('/api/authorisations', { method: 'POST', token: owner.token, json: later });
      const res = await add(agency.token, { ...needInput(), enterpriseOrgId: owner.org.id });
      expect(res.status).toBe(403);
    });
  });

  describe('visibility, for every role', () => {
    const readers: Array<[string, OrgType | 'no_org', Record<string, number>]> = [
      // reader                  public  agencies  private  draft
      ['another enterprise', 'enterprise', { public: 200, agencies: 404, private: 404, draft: 404 }],
      ['a university', 'university', { public: 200, agencies: 404, private: 404, draft: 404 }],
      ['an unauthorised agency', 'agency', { public: 200, agencies: 200, private: 404, draft: 404 }],
      ['an unauthorised park', 'park', { public: 200, agencies: 200, private: 404, draft: 404 }],
      ['the IP office', 'ip_office', { public: 200, agencies: 200, private: 200, draft: 200 }],
      ['a user of no organisation', 'no_org', { public: 200, agencies: 404, private: 404, draft: 404 }],
    ];
    let subjects: Record<string, string>;

    beforeAll(async () => {
      subjects = {
        public: (await needOf(enterprise, { visibility: 'public' })).id,
        agencies: (await needOf(enterprise, { visibility: 'agencies' })).id,
        private: (await needOf(enterprise, { visibility: 'private' })).id,
        draft: (await needOf(enterprise, { visibility: 'public' }, true)).id,
      };
    });

    it.each(readers)('shows %s what its visibility allows', async (_label, type, expected) => {
      const reader = type === 'no_org' ? await api.user('NoOrg') : await api.member(type, 'member');
      const statuses: Record<string, number> = {};
      for (const [kind, id] of Object.entries(subjects))
        statuses[kind] = (await read(reader.token, id)).status;
      expect(statuses).toEqual(expected);
    });

    it('shows the owner every need, and a closed one to nobody else but the IP office', async () => {
      const { id } = await needOf(enterprise);
      await move(enterprise.token, id, { action: 'close', reason: '需求已取消', version: 2 });
      const stranger = await api.member('agency', 'admin');
      expect((await read(enterprise.token, id)).status).toBe(200);
      expect((await read(stranger.token, id)).status).toBe(404);
    });
  });
});
