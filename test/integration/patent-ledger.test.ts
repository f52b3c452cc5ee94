import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

describe('patent ledger (专利台账)', () => {
  let api: ReturnType<typeof createTestApi>;
  let university: Awaited<ReturnType<typeof api.member>>;

  beforeAll(async () => {
    api = createTestApi(await createTestTable());
    university = await api.member('university', 'admin');
  });

  const json = async (res: Response) => ({ status: res.status, body: await res.json() });
  const add = (token: string, body: unknown) =>
    api.request('/api/patents', { method: 'POST', token, json: body });
  type Caller = { token: string; org: { name: string } };
  /** `caller` adds `number` naming its own organisation as the patentee. */
  const addOwn = (caller: Caller, number: string, overrides: Record<string, unknown> = {}) =>
    add(caller.token, patentInput(number, { patentees: [{ name: caller.org.name }], ...overrides }));

  it('derives type and expiry from the number and filing date', async () => {
    // Prepare
    const number = randomPatentNumber(2017);
    // Act
    const res = await json(
      await addOwn(university, number, { number: `ZL${number}`, filingDate: '2017-07-26' }),
    );
    // Assess
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ number, type: 'invention', expiryDate: '2037-07-25', version: 1 });
  });

  it('names the field when the check digit is wrong', async () => {
    const number = randomPatentNumber();
    const wrong = `${number.slice(0, -1)}${number.endsWith('1') ? '2' : '1'}`;
    const res = await json(await addOwn(university, wrong));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'number' })]);
  });

  it('tells a co-owner who already holds the number, and that it may dispute it with the IP office', async () => {
    const number = randomPatentNumber();
    const other = await api.member('enterprise', 'admin');
    const coOwned = { patentees: [{ name: university.org.name }, { name: other.org.name }] };
    await addOwn(university, number, coOwned);
    const res = await json(await addOwn(other, number, coOwned));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'patent_claimed',
      details: { holderName: university.org.name, disputable: true },
    });
    expect(res.body.error.message).toContain(university.org.name);
    expect(res.body.error.message).toContain('知识产权局');
  });

  it('refuses a patent from an organisation not approved yet, even one naming itself (403)', async () => {
    // Prepare
    const pending = await api.member('university', 'admin', 'pending');
    const number = randomPatentNumber();
    // Act
    const res = await json(await addOwn(pending, number));
    // Assess
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('org_not_approved');
    expect((await addOwn(university, number)).status).toBe(201);
  });

  it('refuses a patent whose patentees do not name the organisation, naming the field (422)', async () => {
    const enterprise = await api.member('enterprise', 'admin');
    const number = randomPatentNumber();
    const res = await json(
      await add(enterprise.token, patentInput(number, { patentees: [{ name: university.org.name }] })),
    );
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'not_a_patentee',
      details: [expect.objectContaining({ path: 'patentees' })],
    });
    expect((await addOwn(university, number)).status).toBe(201);
  });

  it('accepts the registered name written with full-width brackets and spaces', async () => {
    const org = await api.member('university', 'admin');
    const number = randomPatentNumber();
    const typed = ` ${org.org.name.slice(0, 3)}　${org.org.name.slice(3)} `;
    expect((await add(org.token, patentInput(number, { patentees: [{ name: typed }] }))).status).toBe(201);
  });

  it('refuses an edit that takes the holder off the patentees', async () => {
    const number = randomPatentNumber();
    await addOwn(university, number);
    const res = await api.request(`/api/patents/${number}`, {
      method: 'PUT',
      token: university.token,
      json: { ...patentInput(number, { patentees: [{ name: '另一家单位' }] }), version: 1 },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.details[0].path).toBe('patentees');
  });

  it('points its own holder to editing instead of adding twice', async () => {
    const number = randomPatentNumber();
    await addOwn(university, number);
    const res = await json(await addOwn(university, number));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('patent_exists');
  });

  it('lets one of two concurrent edits of the same version win; the other gets 409 and changes nothing', async () => {
    const number = randomPatentNumber();
    await addOwn(university, number);
    const edit = (title: string) =>
      api.request(`/api/patents/${number}`, {
        method: 'PUT',
        token: university.token,
        json: { ...patentInput(number, { title, patentees: [{ name: university.org.name }] }), version: 1 },
      });
    const results = await Promise.all([edit('标题甲'), edit('标题乙')]);
    const statuses = results.map((r) => r.status).sort();
    const stored = await json(await api.request(`/api/patents/${number}`, { token: university.token }));
    expect(statuses).toEqual([200, 409]);
    expect(stored.body.version).toBe(2);
    const winner = await results.find((r) => r.status === 200)!.json();
    expect(stored.body.title).toBe(winner.title);
  });

  it('lists the ledger page by page and removes an entry with its current version', async () => {
    const owner = await api.member('park', 'member');
    const numbers = [randomPatentNumber(), randomPatentNumber(), randomPatentNumber()];
    for (const n of numbers) await addOwn(owner, n);
    const first = await json(await api.request('/api/patents?limit=2', { token: owner.token }));
    const second = await json(
      await api.request(`/api/patents?limit=2&cursor=${first.body.nextCursor}`, { token: owner.token }),
    );
    const removed = await api.request(`/api/patents/${numbers[0]}?version=1`, {
      method: 'DELETE',
      token: owner.token,
    });
    const after = await json(await api.request('/api/patents?limit=10', { token: owner.token }));
    expect(
      [...first.body.items, ...second.body.items].map((p: { number: string }) => p.number).sort(),
    ).toEqual([...numbers].sort());
    expect(removed.status).toBe(204);
    expect(after.body.items).toHaveLength(2);
  });

  it("hides another organisation's patent from everyone but the IP office", async () => {
    const number = randomPatentNumber();
    await addOwn(university, number);
    const stranger = await api.member('university', 'admin');
    const office = await api.member('ip_office', 'member');
    expect((await api.request(`/api/patents/${number}`, { token: stranger.token })).status).toBe(404);
    expect((await api.request(`/api/patents/${number}`, { token: office.token })).status).toBe(200);
  });
});
