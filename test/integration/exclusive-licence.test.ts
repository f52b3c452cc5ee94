import { addYears } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationInput, todayInChina } from '../support/declaration-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
/** A parsed JSON response body, as loosely typed as `Response.json()` gives it. */
type Json = Awaited<ReturnType<Response['json']>>;

/**
 * Patent Law Art 50/51 from the other side: a signed exclusive or sole licence marks its patents in the
 * ledger, and no open licence of them is then submitted or published.
 */
describe('exclusive and sole licences against open-licence declarations', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let enterprise: Member;
  let office: Member;
  const licenceEnd = addYears(todayInChina(), 2);

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    [university, enterprise, office] = await Promise.all([
      api.member('university', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('ip_office', 'admin'),
    ]);
  });

  const post = async (path: string, token: string, json: unknown) => {
    const res = await api.request(path, { method: 'POST', token, json });
    return { status: res.status, body: (await res.json()) as Json };
  };

  async function ledgerPatent(): Promise<string> {
    const number = randomPatentNumber();
    const res = await post(
      '/api/patents',
      university.token,
      patentInput(number, { patentees: [{ name: university.org.name }] }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return number;
  }

  async function draft(number: string): Promise<{ id: string; version: number }> {
    const res = await post('/api/declarations', university.token, declarationInput(number));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  const act = (token: string, id: string, action: string, version: number) =>
    post(`/api/declarations/${id}/transitions`, token, { action, version });

  async function submitted(number: string): Promise<{ id: string; version: number }> {
    const d = await draft(number);
    const res = await act(university.token, d.id, 'submit', d.version);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { id: d.id, version: res.body.declaration.version };
  }

  async function negotiating(kind: string, number: string): Promise<{ id: string; version: number }> {
    const res = await post('/api/deals', enterprise.token, {
      kind,
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [number],
      stage: 'negotiating',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  const sign = (deal: { id: string; version: number }, extra: Record<string, unknown> = {}) =>
    post(`/api/deals/${deal.id}/stage`, enterprise.token, {
      to: 'signed',
      version: deal.version,
      amountFen: 5_000_000,
      ...extra,
    });

  const ledger = async (number: string) => (await table.store.patents.get(number))!;

  it('marks the patent when an exclusive licence is signed, and then refuses submitting its open licence', async () => {
    // Prepare
    const number = await ledgerPatent();
    const before = await ledger(number);
    const deal = await negotiating('exclusive_license', number);
    // Act
    const signed = await sign(deal, { licenceEnd });
    const d = await draft(number);
    const submit = await act(university.token, d.id, 'submit', d.version);
    // Assess
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body).toMatchObject({ stage: 'signed', licenceEnd });
    const after = await ledger(number);
    expect(after.legal.exclusiveLicence).toEqual({ kind: 'exclusive', until: licenceEnd });
    expect(after.version).toBe(before.version + 1);
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('declaration_not_allowed');
    expect(submit.body.error.details).toContainEqual(
      expect.objectContaining({
        code: 'exclusive_licence_in_force',
        message: expect.stringContaining(`存在有效期至 ${licenceEnd} 的独占许可`),
      }),
    );
  });

  it('refuses publishing a submitted open licence once a sole licence of the patent is signed', async () => {
    // Prepare: the declaration is only submitted, so the sole licence may still be signed
    const number = await ledgerPatent();
    const declaration = await submitted(number);
    const deal = await negotiating('sole_license', number);
    const signed = await sign(deal, { licenceEnd });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    // Act
    const publish = await act(office.token, declaration.id, 'publish', declaration.version);
    // Assess
    expect(publish.status).toBe(422);
    expect(publish.body.error.details).toContainEqual(
      expect.objectContaining({
        code: 'exclusive_licence_in_force',
        message: expect.stringContaining('排他许可'),
      }),
    );
    expect((await table.store.declarations.get(declaration.id))?.status).toBe('submitted');
    expect((await ledger(number)).legal.exclusiveLicence).toEqual({ kind: 'sole', until: licenceEnd });
  });

  it('refuses signing an exclusive licence without its end date with 422 naming licenceEnd', async () => {
    // Prepare
    const number = await ledgerPatent();
    const deal = await negotiating('exclusive_license', number);
    // Act
    const res = await sign(deal);
    // Assess
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('licence_end_required');
    expect(res.body.error.message).toContain('许可截止日');
    expect(res.body.error.message).toContain('licenceEnd is required');
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'licenceEnd' })]);
    expect((await table.store.deals.get(deal.id))?.stage).toBe('negotiating');
    expect((await ledger(number)).legal.exclusiveLicence).toBeUndefined();
  });

  it('leaves the patent unmarked when an ordinary licence is signed', async () => {
    // Prepare
    const number = await ledgerPatent();
    const before = await ledger(number);
    const deal = await negotiating('ordinary_license', number);
    // Act
    const res = await sign(deal, { licenceEnd });
    const declaration = await submitted(number);
    // Assess
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.licenceEnd).toBeUndefined();
    const after = await ledger(number);
    expect(after.legal.exclusiveLicence).toBeUndefined();
    expect(after.version).toBe(before.version);
    expect(declaration.version).toBeGreaterThan(1);
  });

  it('refuses a publish with 409 when an exclusive licence is signed between its check and its write', async () => {
    // Prepare: the publish reads the patent unmarked, then the signing commits before the publish writes
    const number = await ledgerPatent();
    const declaration = await submitted(number);
    const deal = await negotiating('exclusive_license', number);
    const patents = table.store.patents;
    const get = patents.get;
    let signing: Awaited<ReturnType<typeof sign>> | undefined;
    patents.get = async (n: string) => {
      const read = await get.call(patents, n);
      if (n === number && signing === undefined) {
        patents.get = get;
        signing = await sign(deal, { licenceEnd });
      }
      return read;
    };
    // Act
    let publish: Awaited<ReturnType<typeof act>>;
    try {
      publish = await act(office.token, declaration.id, 'publish', declaration.version);
    } finally {
      patents.get = get;
    }
    // Assess
    expect(signing?.status, JSON.stringify(signing?.body)).toBe(200);
    expect(publish.status).toBe(409);
    expect(publish.body.error.code).toBe('declaration_not_allowed');
    expect(publish.body.error.message).toContain(`存在有效期至 ${licenceEnd} 的独占许可`);
    expect(publish.body.error.details).toContainEqual(
      expect.objectContaining({ code: 'exclusive_licence_in_force' }),
    );
    expect((await table.store.declarations.get(declaration.id))?.status).toBe('submitted');
  });

  it('lets at most one of a publish and an exclusive signing racing each other succeed', async () => {
    for (let round = 0; round < 3; round++) {
      // Prepare
      const number = await ledgerPatent();
      const declaration = await submitted(number);
      const deal = await negotiating('exclusive_license', number);
      // Act
      const [publish, signing] = await Promise.all([
        act(office.token, declaration.id, 'publish', declaration.version),
        sign(deal, { licenceEnd }),
      ]);
      // Assess
      expect([200, 409, 422], JSON.stringify(publish.body)).toContain(publish.status);
      expect([200, 409], JSON.stringify(signing.body)).toContain(signing.status);
      expect(publish.status === 200 && signing.status === 200).toBe(false);
      const published = (await table.store.declarations.get(declaration.id))?.status === 'published';
      const marked = (await ledger(number)).legal.exclusiveLicence !== undefined;
      const dealSigned = (await table.store.deals.get(deal.id))?.stage === 'signed';
      expect(published && (marked || dealSigned)).toBe(false);
      expect(marked).toBe(dealSigned);
    }
  });
});
