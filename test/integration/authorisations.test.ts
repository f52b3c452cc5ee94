import { beforeAll, describe, expect, it } from 'vitest';
import { authorisationInput, chinaDate } from '../support/authorisation-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Api = ReturnType<typeof createTestApi>;
type Caller = Awaited<ReturnType<Api['member']>>;

describe('authorisations (委托授权)', () => {
  let table: TestTable;
  let api: Api;
  let agency: Caller;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    agency = await api.member('agency', 'admin');
  });

  const json = async (res: Response) => ({ status: res.status, body: await res.json() });
  const grant = async (token: string, body: unknown) =>
    json(await api.request('/api/authorisations', { method: 'POST', token, json: body }));
  const revoke = async (token: string, id: string) =>
    json(await api.request(`/api/authorisations/${id}/revoke`, { method: 'POST', token }));
  const listed = async (token: string) =>
    (await json(await api.request('/api/authorisations', { token }))).body;
  const actions = async (orgId: string) => (await table.store.audit.listForOrg(orgId)).map((e) => e.action);

  it('lets an enterprise admin authorise an approved agency, seen by both sides and on both trails', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    // Act
    const res = await grant(enterprise.token, authorisationInput(agency.org.id));
    // Assess
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      enterpriseOrgId: enterprise.org.id,
      enterpriseName: enterprise.org.name,
      agentOrgId: agency.org.id,
      agentName: agency.org.name,
      status: 'active',
      live: true,
      grantedBy: enterprise.user.id,
      version: 1,
    });
    expect((await listed(enterprise.token)).items.map((a: { id: string }) => a.id)).toEqual([res.body.id]);
    const held = (await listed(agency.token)).items.find((a: { id: string }) => a.id === res.body.id);
    expect(held).toMatchObject({ enterpriseName: enterprise.org.name, live: true });
    expect(await actions(enterprise.org.id)).toContain('authorisation.granted');
    expect(await actions(agency.org.id)).toContain('authorisation.granted');
  });

  it('refuses agents that cannot be authorised, naming why', async () => {
    const enterprise = await api.member('enterprise', 'admin');
    const pending = await api.member('agency', 'admin', 'pending');
    const university = await api.member('university', 'admin');
    const cases: Array<[string, number, string]> = [
      [pending.org.id, 422, 'agent_not_approved'],
      [university.org.id, 422, 'invalid_agent'],
      [enterprise.org.id, 422, 'invalid_agent'],
      ['01ARZ3NDEKTSV4RRFFQ69G5FAV', 422, 'invalid_agent'],
    ];
    for (const [agentOrgId, status, code] of cases) {
      const res = await grant(enterprise.token, authorisationInput(agentOrgId));
      expect([res.status, res.body.error?.code], agentOrgId).toEqual([status, code]);
    }
    expect((await listed(enterprise.token)).items).toEqual([]);
  });

  it('checks the period: in order, at most three years, not already over', async () => {
    const enterprise = await api.member('enterprise', 'admin');
    const backwards = await grant(
      enterprise.token,
      authorisationInput(agency.org.id, { validFrom: chinaDate(10), validUntil: chinaDate(5) }),
    );
    const tooLong = await grant(
      enterprise.token,
      authorisationInput(agency.org.id, { validFrom: chinaDate(), validUntil: chinaDate(4 * 366) }),
    );
    const over = await grant(
      enterprise.token,
      authorisationInput(agency.org.id, { validFrom: '2020-01-01', validUntil: '2020-12-31' }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([expect.objectContaining({ path: 'validUntil' })]);
    expect(tooLong.status).toBe(400);
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('authorisation_already_ended');
  });

  it.each<[string, () => Promise<Caller>, string]>([
    ['an enterprise member who is not the admin', () => api.member('enterprise', 'member'), 'forbidden'],
    [
      'the admin of an enterprise not approved yet',
      () => api.member('enterprise', 'admin', 'pending'),
      'org_not_approved',
    ],
    ['an agency', () => api.member('agency', 'admin'), 'forbidden'],
    ['the IP office', () => api.member('ip_office', 'admin'), 'forbidden'],
  ])('refuses %s a grant with 403', async (_label, caller, code) => {
    const res = await grant((await caller()).token, authorisationInput(agency.org.id));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe(code);
  });

  it('revokes once, with evidence on both trails; a second revocation is 409', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    const park = await api.member('park', 'admin');
    const granted = await grant(enterprise.token, authorisationInput(park.org.id));
    // Act
    const first = await revoke(enterprise.token, granted.body.id);
    const second = await revoke(enterprise.token, granted.body.id);
    // Assess
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'revoked',
      live: false,
      revokedBy: enterprise.user.id,
      version: 2,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('invalid_transition');
    expect(await actions(enterprise.org.id)).toContain('authorisation.revoked');
    expect(await actions(park.org.id)).toContain('authorisation.revoked');
    expect((await listed(park.token)).items).toEqual([
      expect.objectContaining({ status: 'revoked', live: false }),
    ]);
  });

  it('hides another enterprise’s authorisation from a revocation (404) and lets the agent revoke nothing (403)', async () => {
    const enterprise = await api.member('enterprise', 'admin');
    const stranger = await api.member('enterprise', 'admin');
    const granted = await grant(enterprise.token, authorisationInput(agency.org.id));
    expect((await revoke(stranger.token, granted.body.id)).status).toBe(404);
    expect((await revoke(agency.token, granted.body.id)).status).toBe(403);
    expect((await listed(enterprise.token)).items[0].status).toBe('active');
  });

  it('lets the IP office read any organisation’s authorisations, and nobody else another’s', async () => {
    const enterprise = await api.member('enterprise', 'admin');
    await grant(enterprise.token, authorisationInput(agency.org.id));
    const office = await api.member('ip_office', 'member');
    const stranger = await api.member('agency', 'admin');
    const asOffice = await json(
      await api.request(`/api/authorisations?orgId=${enterprise.org.id}`, { token: office.token }),
    );
    const asStranger = await api.request(`/api/authorisations?orgId=${enterprise.org.id}`, {
      token: stranger.token,
    });
    expect(asOffice.body.items).toHaveLength(1);
    expect(asStranger.status).toBe(404);
  });

  it('lists the approved agencies and parks an enterprise may choose, by type', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'member', 'pending');
    const park = await api.member('park', 'member');
    const pending = await api.member('agency', 'admin', 'pending');
    // Act
    const all = (await json(await api.request('/api/agents', { token: enterprise.token }))).body;
    const parks = (await json(await api.request('/api/agents?type=park', { token: enterprise.token }))).body;
    // Assess
    const allIds = all.items.map((a: { id: string }) => a.id);
    expect(allIds).toEqual(expect.arrayContaining([agency.org.id, park.org.id]));
    expect(allIds).not.toContain(pending.org.id);
    expect(allIds).not.toContain(enterprise.org.id);
    expect(parks.items.every((a: { type: string }) => a.type === 'park')).toBe(true);
    expect(parks.items[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      type: 'park',
      regionCode: expect.any(String),
      contact: expect.objectContaining({ name: expect.any(String) }),
    });
  });
});
