import { beforeAll, describe, expect, it } from 'vitest';
import { declarationInput } from '../support/declaration-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
/** A parsed JSON response body, as loosely typed as `Response.json()` gives it. */
type Json = Awaited<ReturnType<Response['json']>>;

const PAID = { annualFee: 'paid', proceedingsSuspended: false };
const { patentNumber: _n, period: _p, ...TERMS } = declarationInput('');

describe('declaring many patents in one flow (POST /api/declarations/drafts)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let other: Member;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    university = await api.member('university', 'admin');
    other = await api.member('university', 'admin');
  });

  const json = async (res: Response): Promise<{ status: number; body: Json }> => ({
    status: res.status,
    body: await res.json(),
  });

  async function ledgerPatent(holder: Member, legal: Record<string, unknown> = PAID) {
    const number = randomPatentNumber();
    const res = await api.request('/api/patents', {
      method: 'POST',
      token: holder.token,
      json: patentInput(number, { patentees: [{ name: holder.org.name }], legal }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return number;
  }

  const batch = (token: string, body: unknown, key?: string) =>
    api.request('/api/declarations/drafts', {
      method: 'POST',
      token,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
      json: body,
    });

  const draftsOf = async (holder: Member) =>
    (await table.store.declarations.listByOrg(holder.org.id, { limit: 100 })).items;

  it('drafts the clean patent and refuses the pledged, the disputed and another holder’s, each with its guard', async () => {
    // Prepare: an A patent with nothing against it, one pledged without consent, one whose procedures are
    // suspended by an ownership dispute, and one in another university's ledger
    const clean = await ledgerPatent(university);
    const pledged = await ledgerPatent(university, {
      ...PAID,
      pledge: { pledgee: '长沙银行', pledgeeConsented: false },
    });
    const disputed = await ledgerPatent(university, { ...PAID, proceedingsSuspended: true });
    const theirs = await ledgerPatent(other);
    const numbers = [clean, pledged, disputed, theirs];
    // Act
    const res = await json(
      await batch(university.token, { patentNumbers: numbers, terms: TERMS, years: 3 }, 'batch-0001'),
    );
    // Assess: one answer per patent, in the order asked
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results.map((r: Json) => [r.patentNumber, r.outcome])).toEqual([
      [clean, 'drafted'],
      [pledged, 'refused'],
      [disputed, 'refused'],
      [theirs, 'refused'],
    ]);
    expect(res.body).toMatchObject({ drafted: 1, refused: 3 });
    const [, onPledged, onDisputed, onTheirs] = res.body.results as Json[];
    expect(onPledged.errors).toEqual([
      expect.objectContaining({
        code: 'pledge_without_consent',
        title: '质押未经质权人同意',
        message: expect.stringContaining('专利已质押给长沙银行，请取得质权人同意 / the patent is pledged'),
      }),
    ]);
    expect(onDisputed.errors.map((e: Json) => e.code)).toEqual(['proceedings_suspended']);
    expect(onDisputed.errors[0].message).toContain('专利权因权属纠纷或财产保全处于中止程序');
    expect(onTheirs.errors).toEqual([
      expect.objectContaining({
        code: 'patent_not_in_ledger',
        message: expect.stringContaining('is not in your patent ledger'),
      }),
    ]);
    // Nothing half-written: the one draft, with the terms given and a three-year period; none for the others
    const drafts = await draftsOf(university);
    expect(drafts.map((d) => [d.id, d.patentNumber, d.status])).toEqual([
      [res.body.results[0].declarationId, clean, 'draft'],
    ]);
    expect(drafts[0]).toMatchObject({ royalty: TERMS.royalty, scope: TERMS.scope });
    expect(drafts[0]?.period).toEqual(declarationInput(clean).period);
    expect(await draftsOf(other)).toEqual([]);
  });

  it('answers a retry with the same Idempotency-Key from the first run, and a new batch with the open draft', async () => {
    // Prepare
    const holder = await api.member('university', 'admin');
    const number = await ledgerPatent(holder);
    const body = { patentNumbers: [number], terms: TERMS };
    const first = await json(await batch(holder.token, body, 'batch-retry-1'));
    expect(first.body.results[0].outcome).toBe('drafted');
    // Act
    const again = await batch(holder.token, body, 'batch-retry-1');
    const later = await json(await batch(holder.token, body, 'batch-retry-2'));
    // Assess
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(first.body);
    expect(later.body.results).toEqual([
      {
        patentNumber: number,
        outcome: 'existing',
        declarationId: first.body.results[0].declarationId,
        errors: [],
      },
    ]);
    expect((await draftsOf(holder)).map((d) => d.patentNumber)).toEqual([number]);
  });

  it('refuses a batch above 200 patents, or an empty one, naming the field', async () => {
    const many = Array.from({ length: 201 }, () => randomPatentNumber());
    const tooMany = await json(await batch(university.token, { patentNumbers: many, terms: TERMS }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toEqual([
      expect.objectContaining({
        path: 'patentNumbers',
        message: expect.stringContaining('一次最多 200 件'),
      }),
    ]);
    const none = await json(await batch(university.token, { patentNumbers: [], terms: TERMS }));
    expect(none.status).toBe(400);
    expect(none.body.error.details).toEqual([expect.objectContaining({ path: 'patentNumbers' })]);
  });

  it('lets no one but a holder start declarations', async () => {
    const agency = await api.member('agency', 'admin');
    const res = await batch(agency.token, { patentNumbers: [randomPatentNumber()], terms: TERMS });
    expect(res.status).toBe(403);
  });
});
