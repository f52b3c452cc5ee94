import { type Org, usccCheckChar } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, randomUscc } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/** A valid 统一社会信用代码 registered in `region` (positions 3–8). */
const usccIn = (region: string) => {
  const body = `91${region}${ulid()
    .slice(-9)
    .replace(/[IOSVZ]/g, '1')}`;
  return body + usccCheckChar(body);
};

const application = (overrides: Record<string, unknown> = {}) => ({
  name: '长沙云麓智能装备有限公司',
  uscc: randomUscc(),
  type: 'enterprise',
  regionCode: '430104',
  contact: { name: '李明', phone: '13974100000', email: 'liming@test.openlicense.cn' },
  ...overrides,
});

describe('organisation applications (入驻申请与审核)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let office: Awaited<ReturnType<typeof api.member>>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    office = await api.member('ip_office', 'admin');
  });

  const json = async (res: Response) => ({ status: res.status, body: await res.json() });

  it('makes the applicant the admin of a pending organisation and records the application', async () => {
    // Prepare
    const { token } = await api.user('Applicant');
    // Act
    const created = await json(
      await api.request('/api/orgs', { method: 'POST', token, json: application() }),
    );
    const me = await json(await api.request('/api/me', { token }));
    const audit = await json(await api.request(`/api/orgs/${created.body.id}/audit`, { token }));
    // Assess
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', type: 'enterprise', version: 1 });
    expect(me.body).toMatchObject({
      role: 'admin',
      organisation: { id: created.body.id, status: 'pending' },
    });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['org.applied']);
  });

  it('keeps the Changsha office to its region: a Fuzhou (350100) applicant is left out of its queue, refused with the office that covers it, and told where it goes', async () => {
    // Prepare: a Changsha (430104) and a Fuzhou (350100) applicant; the office is Changsha's (430100)
    const changsha = await api.user('Changsha');
    const fuzhou = await api.user('Fuzhou');
    const applied = await json(
      await api.request('/api/orgs', { method: 'POST', token: changsha.token, json: application() }),
    );
    const elsewhere = await json(
      await api.request('/api/orgs', {
        method: 'POST',
        token: fuzhou.token,
        json: application({ name: '福州闽江传感科技有限公司', uscc: usccIn('350100'), regionCode: '350100' }),
      }),
    );
    const queue: { id: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await json(
        await api.request(`/api/orgs?status=pending&limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
          token: office.token,
        }),
      );
      queue.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    // Act: the Changsha office tries the Fuzhou application while no Fuzhou office is on the platform
    const refused = await json(
      await api.request(`/api/orgs/${elsewhere.body.id}/approve`, { method: 'POST', token: office.token }),
    );
    const rejectRefused = await json(
      await api.request(`/api/orgs/${elsewhere.body.id}/reject`, {
        method: 'POST',
        token: office.token,
        json: { reason: '不在本局辖区' },
      }),
    );
    // Act: a Fuzhou office joins; the Changsha office looks at the application; the Fuzhou office approves
    const at = new Date().toISOString();
    const fuzhouOffice: Org = {
      id: ulid(),
      name: '福州市市场监督管理局（知识产权局）',
      uscc: usccIn('350100'),
      type: 'ip_office',
      regionCode: '350100',
      contact: { name: '测试', phone: '13900000000', email: 'contact@test.openlicense.cn' },
      status: 'approved',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const fuzhouReviewer = await api.user('FuzhouOffice');
    await table.store.orgs.create(
      fuzhouOffice,
      { userId: fuzhouReviewer.user.id, email: fuzhouReviewer.user.email, role: 'admin' },
      { id: ulid(), orgId: fuzhouOffice.id, at, actorId: 'test', action: 'org.created', summary: 'test' },
    );
    const looked = await json(await api.request(`/api/orgs/${elsewhere.body.id}`, { token: office.token }));
    const refusedAgain = await json(
      await api.request(`/api/orgs/${elsewhere.body.id}/approve`, { method: 'POST', token: office.token }),
    );
    const me = await json(await api.request('/api/me', { token: fuzhou.token }));
    const approved = await json(
      await api.request(`/api/orgs/${elsewhere.body.id}/approve`, {
        method: 'POST',
        token: fuzhouReviewer.token,
      }),
    );
    // Assess: the Changsha applicant goes to the Changsha office; the Fuzhou one to nobody, then to Fuzhou's
    expect(applied.body.jurisdiction).toEqual({
      regionCode: '430104',
      office: { orgId: office.org.id, name: office.org.name, regionCode: '430100' },
    });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.jurisdiction).toEqual({ regionCode: '350100', office: null });
    expect(queue.map((o) => o.id)).toContain(applied.body.id);
    expect(queue.map((o) => o.id)).not.toContain(elsewhere.body.id);
    for (const res of [refused, rejectRefused]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('out_of_jurisdiction');
      expect(res.body.error.message).toContain('暂无负责行政区划 350100 的知识产权局');
      expect(res.body.error.details[0].path).toBe('regionCode');
    }
    expect(looked.status).toBe(200);
    expect(looked.body.jurisdiction.office.name).toBe('福州市市场监督管理局（知识产权局）');
    expect(refusedAgain.status).toBe(403);
    expect(refusedAgain.body.error.message).toContain('由「福州市市场监督管理局（知识产权局）」审核');
    expect(me.body.jurisdiction.office).toMatchObject({ orgId: fuzhouOffice.id, regionCode: '350100' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', reviewedBy: fuzhouReviewer.user.id });
  });

  it('names the field when the USCC check character is wrong, and stores nothing', async () => {
    const { token } = await api.user('Typo');
    const res = await json(
      await api.request('/api/orgs', {
        method: 'POST',
        token,
        json: application({ uscc: '91430100183795836N' }),
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'uscc', message: expect.stringContaining('校验') }),
    ]);
    expect((await json(await api.request('/api/me', { token }))).body.organisation).toBeNull();
  });

  it('refuses a second organisation with the same USCC and leaves the second applicant without one', async () => {
    const uscc = randomUscc();
    const first = await api.user('First');
    const second = await api.user('Second');
    await api.request('/api/orgs', { method: 'POST', token: first.token, json: application({ uscc }) });
    const res = await json(
      await api.request('/api/orgs', { method: 'POST', token: second.token, json: application({ uscc }) }),
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('uscc_taken');
    expect((await json(await api.request('/api/me', { token: second.token }))).body.organisation).toBeNull();
  });

  it('lets the IP office approve a pending application once, recording who approved it', async () => {
    const applicant = await api.member('university', 'admin', 'pending');
    const approved = await json(
      await api.request(`/api/orgs/${applicant.org.id}/approve`, { method: 'POST', token: office.token }),
    );
    const again = await json(
      await api.request(`/api/orgs/${applicant.org.id}/approve`, { method: 'POST', token: office.token }),
    );
    const audit = await json(
      await api.request(`/api/orgs/${applicant.org.id}/audit`, { token: applicant.token }),
    );
    expect(approved.body).toMatchObject({ status: 'approved', reviewedBy: office.user.id, version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    expect(audit.body.items[0]).toMatchObject({ action: 'org.approved', actorId: office.user.id });
  });

  it('requires a reason to reject, and shows the reason to the applicant', async () => {
    const applicant = await api.member('agency', 'admin', 'pending');
    const path = `/api/orgs/${applicant.org.id}/reject`;
    const missing = await json(await api.request(path, { method: 'POST', token: office.token, json: {} }));
    const rejected = await json(
      await api.request(path, {
        method: 'POST',
        token: office.token,
        json: { reason: '营业执照与名称不符' },
      }),
    );
    const seen = await json(await api.request('/api/me', { token: applicant.token }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('reason');
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '营业执照与名称不符' });
    expect(seen.body.organisation).toMatchObject({
      status: 'rejected',
      rejectionReason: '营业执照与名称不符',
    });
  });

  it('puts a corrected application back in the queue, and refuses an edit made from a stale copy', async () => {
    const applicant = await api.member('park', 'admin', 'pending');
    await api.request(`/api/orgs/${applicant.org.id}/reject`, {
      method: 'POST',
      token: office.token,
      json: { reason: '联系人信息不全' },
    });
    const { type: _type, ...fix } = application({ name: '长沙测试产业园管理委员会' });
    const path = `/api/orgs/${applicant.org.id}/application`;
    const resubmitted = await json(
      await api.request(path, { method: 'PUT', token: applicant.token, json: { ...fix, version: 2 } }),
    );
    const stale = await json(
      await api.request(path, { method: 'PUT', token: applicant.token, json: { ...fix, version: 2 } }),
    );
    expect(resubmitted.body).toMatchObject({
      status: 'pending',
      name: '长沙测试产业园管理委员会',
      version: 3,
    });
    expect(resubmitted.body.rejectionReason).toBeUndefined();
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('lists the queue page by page with an opaque cursor, and rejects a forged cursor', async () => {
    await api.member('enterprise', 'admin', 'pending');
    await api.member('enterprise', 'admin', 'pending');
    const first = await json(await api.request('/api/orgs?status=pending&limit=1', { token: office.token }));
    const second = await json(
      await api.request(`/api/orgs?status=pending&limit=1&cursor=${first.body.nextCursor}`, {
        token: office.token,
      }),
    );
    const forged = await json(
      await api.request('/api/orgs?status=pending&cursor=bm90LWpzb24', { token: office.token }),
    );
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(forged.status).toBe(400);
    expect(forged.body.error.details[0].path).toBe('cursor');
  });

  it('replays a retried application with the same Idempotency-Key instead of applying twice', async () => {
    const { token } = await api.user('Retry');
    const body = application();
    const headers = { 'idempotency-key': `apply-${Date.now()}` };
    const first = await api.request('/api/orgs', { method: 'POST', token, headers, json: body });
    const retry = await api.request('/api/orgs', { method: 'POST', token, headers, json: body });
    const reused = await api.request('/api/orgs', {
      method: 'POST',
      token,
      headers,
      json: { ...body, name: '另一家公司' },
    });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await retry.json()).id).toBe((await first.json()).id);
    expect(reused.status).toBe(422);
  });

  it('signs in with the right password only, and refuses a tampered token', async () => {
    const { user } = await api.user('Signer');
    const ok = await api.request('/api/auth/local/token', {
      method: 'POST',
      json: { email: user.email, password: 'Passw0rd!' },
    });
    const wrong = await json(
      await api.request('/api/auth/local/token', {
        method: 'POST',
        json: { email: user.email, password: 'wrong-pass1' },
      }),
    );
    const { token } = await ok.json();
    const tampered = await api.request('/api/me', { token: `${token.slice(0, -2)}xx` });
    expect(ok.status).toBe(200);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(tampered.status).toBe(401);
  });

  it('registers an email once', async () => {
    const email = `dup-${Date.now()}@test.openlicense.cn`;
    const input = { email, password: 'Passw0rd1', name: '重复' };
    const first = await api.request('/api/auth/local/register', { method: 'POST', json: input });
    const second = await json(await api.request('/api/auth/local/register', { method: 'POST', json: input }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('email_taken');
  });

  it('reports healthy once the store answers', async () => {
    const res = await api.request('/api/health');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document naming every route', async () => {
    const doc = await (await api.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/me',
        '/orgs',
        '/orgs/{id}',
        '/orgs/{id}/approve',
        '/orgs/{id}/reject',
        '/health',
      ]),
    );
  });
});
