import { type Org, PatentInputSchema, toPatent } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleRecordOf } from '../support/bundle-input.ts';
import { declarationInput } from '../support/declaration-input.ts';
import { createTestApi, patentInput, randomPatentNumber, randomUscc } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Json = Awaited<ReturnType<Response['json']>>;

describe('claims on patents (权属异议)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Awaited<ReturnType<typeof api.member>>;
  let enterprise: Awaited<ReturnType<typeof api.member>>;
  let office: Awaited<ReturnType<typeof api.member>>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    university = await api.member('university', 'admin');
    enterprise = await api.member('enterprise', 'admin');
    office = await api.member('ip_office', 'admin');
  });

  const json = async (res: Response): Promise<{ status: number; body: Json }> => ({
    status: res.status,
    body: await res.json(),
  });
  const entry = (number: string, patentee: string, overrides: Record<string, unknown> = {}) =>
    patentInput(number, { patentees: [{ name: patentee }], ...overrides });
  const add = (token: string, body: unknown) =>
    api.request('/api/patents', { method: 'POST', token, json: body });
  const claim = (token: string, number: string, patentee: string) =>
    api.request('/api/patent-disputes', {
      method: 'POST',
      token,
      json: {
        patent: entry(number, patentee),
        statement: '本单位是该专利的唯一专利权人，持有专利证书原件。',
        evidenceRef: '专利证书 第 5512345 号',
      },
    });
  const resolve = (token: string, id: string, outcome: string, version = 1) =>
    api.request(`/api/patent-disputes/${id}/resolve`, {
      method: 'POST',
      token,
      json: { outcome, reason: '核对专利登记簿，专利权人为申请方', version },
    });
  const trail = async (orgId: string) =>
    (await json(await api.request(`/api/orgs/${orgId}/audit`, { token: office.token }))).body.items as Json[];
  const ledgerNumbers = async (token: string) =>
    (await json(await api.request('/api/patents?limit=200', { token }))).body.items.map(
      (p: Json) => p.number,
    ) as string[];

  /** A record written before the patentee rule: the enterprise holds a number naming the university only. */
  async function squatted(number = randomPatentNumber()) {
    const input = PatentInputSchema.parse(entry(number, university.org.name, { title: '被抢注的专利' }));
    await table.store.patents.create(toPatent(input, enterprise.org.id, new Date().toISOString()));
    return number;
  }

  it('refuses the squatting attempt itself: unapproved (403), then approved but not a patentee (422)', async () => {
    // Prepare
    const pending = await api.member('enterprise', 'admin', 'pending');
    const number = randomPatentNumber();
    // Act
    const unapproved = await json(await add(pending.token, entry(number, university.org.name)));
    const notPatentee = await json(await add(enterprise.token, entry(number, university.org.name)));
    const ownAdd = await add(university.token, entry(number, university.org.name));
    // Assess
    expect(unapproved.status).toBe(403);
    expect(unapproved.body.error.code).toBe('org_not_approved');
    expect(notPatentee.status).toBe(422);
    expect(notPatentee.body.error.details).toEqual([expect.objectContaining({ path: 'patentees' })]);
    expect(ownAdd.status).toBe(201);
  });

  it('turns a patentee’s claim on a squatted number into a dispute the IP office awards to it: the patent moves, both trails record it', async () => {
    // Prepare
    const number = await squatted();
    const refused = await json(await add(university.token, entry(number, university.org.name)));
    // Act
    const filed = await json(await claim(university.token, number, university.org.name));
    const queue = await json(await api.request('/api/patent-disputes', { token: office.token }));
    const decided = await json(await resolve(office.token, filed.body.dispute.id, 'claimant'));
    // Assess
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toMatchObject({ holderName: enterprise.org.name, disputable: true });
    expect(filed.status).toBe(202);
    expect(filed.body.message).toContain('知识产权局');
    expect(filed.body.dispute).toMatchObject({
      patentNumber: number,
      claimantOrgId: university.org.id,
      holderOrgId: enterprise.org.id,
      status: 'open',
      evidenceRef: '专利证书 第 5512345 号',
    });
    expect(queue.body.items.map((d: Json) => d.id)).toContain(filed.body.dispute.id);
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ status: 'resolved', outcome: 'claimant' });
    const patent = await json(await api.request(`/api/patents/${number}`, { token: university.token }));
    expect(patent.body).toMatchObject({
      holderOrgId: university.org.id,
      title: '一种高镍三元正极材料的制备方法',
    });
    expect(await ledgerNumbers(university.token)).toContain(number);
    expect(await ledgerNumbers(enterprise.token)).not.toContain(number);
    expect((await api.request(`/api/patents/${number}`, { token: enterprise.token })).status).toBe(404);
    for (const orgId of [university.org.id, enterprise.org.id]) {
      const actions = (await trail(orgId))
        .filter((e) => e.summary.includes(number))
        .map((e) => e.action)
        .sort();
      expect(actions).toEqual(['patent.dispute.opened', 'patent.dispute.resolved']);
    }
    const after = await json(await api.request('/api/patent-disputes', { token: office.token }));
    expect(after.body.items.map((d: Json) => d.id)).not.toContain(filed.body.dispute.id);
    const mine = await json(await api.request('/api/patent-disputes', { token: university.token }));
    expect(mine.body.items.find((d: Json) => d.id === filed.body.dispute.id)).toMatchObject({
      outcome: 'claimant',
      reason: '核对专利登记簿，专利权人为申请方',
    });
  });

  it('keeps the patent with its holder when the office decides so; the claimant may claim again', async () => {
    // Prepare
    const number = await squatted();
    const filed = await json(await claim(university.token, number, university.org.name));
    const twice = await json(await claim(university.token, number, university.org.name));
    // Act
    const decided = await json(await resolve(office.token, filed.body.dispute.id, 'holder'));
    const again = await json(await resolve(office.token, filed.body.dispute.id, 'claimant', 2));
    // Assess
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({
      code: 'dispute_open',
      details: { disputeId: filed.body.dispute.id },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.outcome).toBe('holder');
    expect(again.status).toBe(409);
    expect(await ledgerNumbers(enterprise.token)).toContain(number);
    expect(await ledgerNumbers(university.token)).not.toContain(number);
    const holderTrail = (await trail(enterprise.org.id)).filter((e) => e.summary.includes(number));
    expect(holderTrail.map((e) => e.action).sort()).toEqual([
      'patent.dispute.opened',
      'patent.dispute.resolved',
    ]);
    expect((await claim(university.token, number, university.org.name)).status).toBe(202);
  });

  it('refuses to award the patent to the claimant while the holder’s open-licence declaration is published, and says so', async () => {
    // Prepare: a co-owner holds it and has published a declaration
    const holder = await api.member('university', 'admin');
    const number = randomPatentNumber();
    expect((await add(holder.token, entry(number, holder.org.name))).status).toBe(201);
    const draft = await json(
      await api.request('/api/declarations', {
        method: 'POST',
        token: holder.token,
        json: declarationInput(number),
      }),
    );
    const move = (token: string, action: string, version: number) =>
      api.request(`/api/declarations/${draft.body.id}/transitions`, {
        method: 'POST',
        token,
        json: { action, version, reason: '理由说明充分' },
      });
    expect((await move(holder.token, 'submit', 1)).status).toBe(200);
    expect((await move(office.token, 'publish', 2)).status).toBe(200);
    const filed = await json(await claim(university.token, number, university.org.name));
    // Act
    const refused = await json(await resolve(office.token, filed.body.dispute.id, 'claimant'));
    // Assess
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('declaration_active');
    expect(refused.body.error.message).toContain('已公告');
    expect(await ledgerNumbers(holder.token)).toContain(number);
    const holderTrail = (await trail(holder.org.id)).filter((e) => e.action.startsWith('patent.dispute'));
    expect(holderTrail.map((e) => e.action)).toEqual(['patent.dispute.opened']);
    const still = await json(
      await api.request(`/api/patent-disputes/${filed.body.dispute.id}`, { token: university.token }),
    );
    expect(still.body.status).toBe('open');
  });

  it('refuses to award a patent a submitted bundle offers, naming the bundle', async () => {
    // Prepare: the holder's patent is a member of a bundle waiting for the office's review
    const number = await squatted();
    const record = bundleRecordOf(
      { id: enterprise.org.id, name: enterprise.org.name, type: 'enterprise' },
      [
        { number, holderOrgId: enterprise.org.id },
        { number: await squatted(), holderOrgId: enterprise.org.id },
      ],
      { consented: true, overrides: { status: 'submitted', name: '储能材料专利包' } },
    );
    await table.store.bundles.create(record, []);
    const filed = await json(await claim(university.token, number, university.org.name));
    // Act
    const refused = await json(await resolve(office.token, filed.body.dispute.id, 'claimant'));
    // Assess
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('bundle_active');
    expect(refused.body.error.message).toContain('储能材料专利包');
    expect(await ledgerNumbers(enterprise.token)).toContain(number);
  });

  it('decides a dispute once when two decisions race: the patent ends where the winner put it', async () => {
    // Prepare
    const number = await squatted();
    const filed = await json(await claim(university.token, number, university.org.name));
    const id = filed.body.dispute.id;
    // Act
    const [award, keep] = await Promise.all([
      resolve(office.token, id, 'claimant'),
      resolve(office.token, id, 'holder'),
    ]);
    // Assess
    expect([award.status, keep.status].sort()).toEqual([200, 409]);
    const winner = award.status === 200 ? 'claimant' : 'holder';
    const stored = await json(await api.request(`/api/patent-disputes/${id}`, { token: office.token }));
    expect(stored.body.outcome).toBe(winner);
    const holderNow = (await json(await api.request(`/api/patents/${number}`, { token: office.token }))).body
      .holderOrgId;
    expect(holderNow).toBe(winner === 'claimant' ? university.org.id : enterprise.org.id);
    const resolvedEntries = (await trail(university.org.id)).filter(
      (e) => e.summary.includes(number) && e.action === 'patent.dispute.resolved',
    );
    expect(resolvedEntries).toHaveLength(1);
  });

  it('lets only the IP office of the holder’s region decide, and hides a dispute from strangers', async () => {
    // Prepare
    const number = await squatted();
    const filed = await json(await claim(university.token, number, university.org.name));
    const at = new Date().toISOString();
    const fuzhou: Org = {
      id: ulid(),
      name: `福州市知识产权局${ulid().slice(-4)}`,
      uscc: randomUscc(),
      type: 'ip_office',
      regionCode: '350100',
      contact: { name: '测试', phone: '13900000000', email: 'contact@test.openlicense.cn' },
      status: 'approved',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const fuzhouAdmin = await api.user('fuzhou');
    await table.store.orgs.create(
      fuzhou,
      { userId: fuzhouAdmin.user.id, email: fuzhouAdmin.user.email, role: 'admin' },
      {
        id: ulid(),
        orgId: fuzhou.id,
        at,
        actorId: fuzhouAdmin.user.id,
        action: 'org.applied',
        summary: 'test',
      },
    );
    const fuzhouOffice = await api.member('ip_office', 'admin', 'approved', fuzhou);
    const stranger = await api.member('university', 'admin');
    const id = filed.body.dispute.id;
    // Act
    const elsewhere = await json(await resolve(fuzhouOffice.token, id, 'claimant'));
    const fuzhouQueue = await json(await api.request('/api/patent-disputes', { token: fuzhouOffice.token }));
    const byClaimant = await json(await resolve(university.token, id, 'claimant'));
    const strangerRead = await api.request(`/api/patent-disputes/${id}`, { token: stranger.token });
    // Assess
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.code).toBe('out_of_jurisdiction');
    expect(elsewhere.body.error.message).toContain(office.org.name);
    expect(fuzhouQueue.body.items.map((d: Json) => d.id)).not.toContain(id);
    expect(byClaimant.status).toBe(403);
    expect(strangerRead.status).toBe(404);
    expect(await ledgerNumbers(enterprise.token)).toContain(number);
  });
});
