import { beforeAll, describe, expect, it } from 'vitest';
import { ledgerPatentOf } from '../support/bundle-input.ts';
import { declarationInput } from '../support/declaration-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
type Json = Awaited<ReturnType<Response['json']>>;

/**
 * Issue 13 item 3, the duplicate-declaration trap: the ledger shows each patent's declaration state, the
 * live check reports the one-active-declaration rule, and drafting and submitting in one step is atomic, so
 * a refused submit leaves no stray draft.
 */
describe('declaration state in the ledger and one-step submit (声明状态与一步提交)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    university = await api.member('university', 'admin');
  });

  const json = async (res: Response): Promise<{ status: number; body: Json }> => ({
    status: res.status,
    body: await res.json(),
  });

  async function ledgerPatent(holder: Member): Promise<string> {
    const number = randomPatentNumber();
    const res = await api.request('/api/patents', {
      method: 'POST',
      token: holder.token,
      json: patentInput(number, { patentees: [{ name: holder.org.name }] }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return number;
  }

  const declare = async (holder: Member, number: string, query = '', overrides = {}) =>
    json(
      await api.request(`/api/declarations${query}`, {
        method: 'POST',
        token: holder.token,
        json: declarationInput(number, overrides),
      }),
    );

  /** Every declaration of `number` in `holder`'s list, whatever its status. */
  async function declarationsOf(holder: Member, number: string): Promise<Json[]> {
    const res = await json(await api.request('/api/declarations?limit=100', { token: holder.token }));
    return res.body.items.filter((d: Json) => d.patentNumber === number);
  }

  it('drafts and submits in one step: the declaration is in review and holds the patent', async () => {
    // Prepare
    const number = await ledgerPatent(university);

    // Act
    const res = await declare(university, number, '?submit=true');

    // Assess
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('submitted');
    expect(await table.store.declarations.activeFor(number)).toMatchObject({ declarationId: res.body.id });
    expect((await declarationsOf(university, number)).map((d) => d.status)).toEqual(['submitted']);
  });

  it('reports the active declaration in the live check, so the check is not green before a 409', async () => {
    // Prepare
    const number = await ledgerPatent(university);
    expect((await declare(university, number, '?submit=true')).status).toBe(201);

    // Act
    const check = await json(
      await api.request('/api/declarations/check', {
        method: 'POST',
        token: university.token,
        json: declarationInput(number),
      }),
    );

    // Assess
    expect(check.status).toBe(200);
    expect(check.body.errors).toEqual([
      expect.objectContaining({
        code: 'declaration_active',
        field: 'patentNumber',
        title: '该专利已有有效的开放许可声明',
      }),
    ]);
  });

  it('leaves no stray draft when a one-step submit is refused, by the active declaration or by a guard', async () => {
    // Prepare
    const declared = await ledgerPatent(university);
    const first = await declare(university, declared, '?submit=true');
    const promotional = await ledgerPatent(university);

    // Act
    const second = await declare(university, declared, '?submit=true');
    const refused = await declare(university, promotional, '?submit=true', {
      scope: '国内领先的制造工艺',
    });

    // Assess
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('declaration_active');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('declaration_not_allowed');
    expect((await declarationsOf(university, declared)).map((d) => d.id)).toEqual([first.body.id]);
    expect(await declarationsOf(university, promotional)).toEqual([]);
  });

  it('lets one of two simultaneous one-step submits of a patent win and leaves nothing of the other', async () => {
    // Prepare
    const number = await ledgerPatent(university);

    // Act
    const answers = await Promise.all([
      declare(university, number, '?submit=true'),
      declare(university, number, '?submit=true'),
    ]);

    // Assess
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await declarationsOf(university, number)).toHaveLength(1);
  });

  it('refuses a one-step submit to an organisation not yet approved, drafting nothing', async () => {
    // Prepare
    const pending = await api.member('university', 'admin', 'pending');
    const number = randomPatentNumber();
    await table.store.patents.create({
      ...ledgerPatentOf(number, pending.org.id),
      patentees: [{ name: pending.org.name, orgId: pending.org.id }],
    });

    // Act
    const res = await declare(pending, number, '?submit=true');

    // Assess
    expect(res.status).toBe(403);
    expect(await declarationsOf(pending, number)).toEqual([]);
  });

  it('shows each ledger patent’s declaration state: in review, a draft, or none', async () => {
    // Prepare
    const submitted = await ledgerPatent(university);
    const drafted = await ledgerPatent(university);
    const undeclared = await ledgerPatent(university);
    const live = await declare(university, submitted, '?submit=true');
    const draft = await declare(university, drafted);

    // Act
    const ledger = await json(await api.request('/api/patents?limit=200', { token: university.token }));

    // Assess
    expect(ledger.status).toBe(200);
    expect(ledger.body.declarations[submitted]).toEqual({ id: live.body.id, status: 'submitted' });
    expect(ledger.body.declarations[drafted]).toEqual({ id: draft.body.id, status: 'draft' });
    expect(ledger.body.declarations[undeclared]).toBeUndefined();
  });
});
