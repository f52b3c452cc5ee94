import type { PatentGrade } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../support/need-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Json = Awaited<ReturnType<Response['json']>>;

/** Grades as the matcher stores them, written straight into the store (the matcher is not under test here). */
const GRADES: Record<'A' | 'B' | 'D', PatentGrade> = {
  A: {
    grade: 'A',
    score: 86,
    reasons: [
      { code: 'term_long', params: { yearsLeft: 14, expiryDate: '2039-03-14' }, effect: 25 },
      { code: 'chain_priority', params: { chains: ['先进储能材料'] }, effect: 15 },
    ],
  },
  B: {
    grade: 'B',
    score: 64,
    reasons: [{ code: 'term_medium', params: { yearsLeft: 7, expiryDate: '2032-03-14' }, effect: 15 }],
  },
  D: { grade: 'D', score: 0, reasons: [{ code: 'lapsed', params: { expiryDate: '2037-03-14' }, effect: 0 }] },
};

describe('grades in the patent ledger (分级分类)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Awaited<ReturnType<typeof api.member>>;
  let other: Awaited<ReturnType<typeof api.member>>;
  const numbers = { A: randomPatentNumber(2019), B: randomPatentNumber(2012), D: randomPatentNumber(2017) };
  const ungraded = randomPatentNumber(2018);
  let publicNeedId = '';

  const json = async (res: Response): Promise<{ status: number; body: Json }> => ({
    status: res.status,
    body: await res.json(),
  });
  const ledger = async (token: string, query = '') =>
    json(await api.request(`/api/patents?${query}`, { token }));

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    university = await api.member('university', 'admin');
    other = await api.member('university', 'admin');
    for (const number of [...Object.values(numbers), ungraded]) {
      const res = await api.request('/api/patents', {
        method: 'POST',
        token: university.token,
        json: patentInput(number, { patentees: [{ name: university.org.name }] }),
      });
      expect(res.status).toBe(201);
    }
    // B was C the night before: its history holds a move C → B.
    await table.store.patentGrades.put({
      patentId: numbers.B,
      holderOrgId: university.org.id,
      grade: { grade: 'C', score: 40, reasons: [] },
      matchedNeeds: [],
      computedAt: '2026-12-06T02:00:00.000Z',
    });
    // A matched a public need and a private one of an enterprise.
    const enterprise = await api.member('enterprise', 'admin');
    const open = needOf(enterprise.org.id, { title: '公开的储能材料需求', visibility: 'public' });
    const hidden = needOf(enterprise.org.id, {
      title: '不公开的电池需求',
      visibility: 'private',
      industryChains: ['新能源汽车'],
    });
    await table.store.needs.create(open);
    await table.store.needs.create(hidden);
    publicNeedId = open.id;
    for (const letter of ['A', 'B', 'D'] as const)
      await table.store.patentGrades.put({
        patentId: numbers[letter],
        holderOrgId: university.org.id,
        grade: GRADES[letter],
        matchedNeeds:
          letter === 'A'
            ? [
                { needId: open.id, score: 0.9 },
                { needId: hidden.id, score: 0.7 },
              ]
            : [],
        computedAt: '2026-12-07T02:00:00.000Z',
      });
  });

  it('lists the grade the store holds beside each patent, with its reasons and last change', async () => {
    const res = await ledger(university.token, 'limit=200');
    expect(res.status).toBe(200);
    expect(res.body.grades[numbers.A]).toMatchObject({
      grade: 'A',
      score: 86,
      reasons: GRADES.A.reasons,
      lastChange: { from: null, to: 'A' },
    });
    expect(res.body.grades[numbers.B]).toMatchObject({
      grade: 'B',
      lastChange: { at: '2026-12-07T02:00:00.000Z', from: 'C', to: 'B' },
    });
    expect(res.body.grades[ungraded]).toBeUndefined();
    expect(res.body.items.map((p: Json) => p.number)).toContain(ungraded);
  });

  it('keeps only the grades asked for with grade=A', async () => {
    const res = await ledger(university.token, 'grade=A');
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: Json) => p.number)).toEqual([numbers.A]);
    expect(Object.keys(res.body.grades)).toEqual([numbers.A]);
    const two = await ledger(university.token, 'grade=D,B');
    expect(two.body.items.map((p: Json) => p.number)).toEqual([numbers.B, numbers.D]);
  });

  it('sorts by grade, best first, the patents not graded yet last, across pages', async () => {
    const whole = await ledger(university.token, 'sort=grade');
    expect(whole.body.items.map((p: Json) => p.number)).toEqual([numbers.A, numbers.B, numbers.D, ungraded]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await ledger(
        university.token,
        `sort=grade&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((p: Json) => p.number));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([numbers.A, numbers.B, numbers.D, ungraded]);
  });

  it('shows another organisation none of them', async () => {
    const own = await ledger(other.token, 'sort=grade');
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([]);
    expect(own.body.grades).toEqual({});
    const theirs = await ledger(other.token, `orgId=${university.org.id}&grade=A`);
    expect(theirs.status).toBe(404);
    expect(JSON.stringify(theirs.body)).not.toContain(numbers.A);
  });

  it('details one grade: a public need by its title, the others only counted with their chains, and the moves', async () => {
    const res = await json(await api.request(`/api/patents/${numbers.A}/grade`, { token: university.token }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      number: numbers.A,
      grade: { grade: 'A', score: 86 },
      matchedNeeds: [{ needId: publicNeedId, score: 0.9, title: '公开的储能材料需求', regionCode: '430121' }],
      otherNeeds: { count: 1, industryChains: ['新能源汽车'] },
      changes: [{ from: null, to: 'A', reasons: GRADES.A.reasons }],
    });
    expect(JSON.stringify(res.body)).not.toContain('不公开的电池需求');
    const none = await json(await api.request(`/api/patents/${ungraded}/grade`, { token: university.token }));
    expect(none.body).toMatchObject({ grade: null, matchedNeeds: [], changes: [] });
    const theirs = await api.request(`/api/patents/${numbers.A}/grade`, { token: other.token });
    expect(theirs.status).toBe(404);
  });

  it('answers each move of the letter newest first, with the reasons it gained and lost', async () => {
    // Prepare: a patent graded B with strong demand, then C when the need closed, then A once a park's chain counted it
    const holder = await api.member('university', 'admin');
    const number = randomPatentNumber(2020);
    const add = await api.request('/api/patents', {
      method: 'POST',
      token: holder.token,
      json: patentInput(number, { patentees: [{ name: holder.org.name }] }),
    });
    expect(add.status).toBe(201);
    const term = GRADES.B.reasons[0]!;
    const strong = {
      code: 'demand_strong' as const,
      params: { score: 80, needId: publicNeedId },
      effect: 15,
    };
    const none = { code: 'demand_none' as const, params: {}, effect: -10 };
    const chain = GRADES.A.reasons[1]!;
    const grades: Array<[PatentGrade, string]> = [
      [{ grade: 'B', score: 62, reasons: [term, strong] }, '2026-12-01T02:00:00.000Z'],
      [{ grade: 'C', score: 45, reasons: [term, none] }, '2026-12-03T02:00:00.000Z'],
      [{ grade: 'A', score: 82, reasons: [term, none, chain] }, '2026-12-05T02:00:00.000Z'],
    ];
    for (const [grade, computedAt] of grades)
      await table.store.patentGrades.put({
        patentId: number,
        holderOrgId: holder.org.id,
        grade,
        matchedNeeds: [],
        computedAt,
      });
    // Act
    const res = await json(await api.request(`/api/patents/${number}/grade`, { token: holder.token }));
    // Assess
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([
      {
        at: '2026-12-05T02:00:00.000Z',
        from: 'C',
        to: 'A',
        reasons: [term, none, chain],
        added: [chain],
        removed: [],
      },
      {
        at: '2026-12-03T02:00:00.000Z',
        from: 'B',
        to: 'C',
        reasons: [term, none],
        added: [none],
        removed: [strong],
      },
      {
        at: '2026-12-01T02:00:00.000Z',
        from: null,
        to: 'B',
        reasons: [term, strong],
        added: [term, strong],
        removed: [],
      },
    ]);
  });

  it('names the field of a grade that does not exist', async () => {
    const res = await ledger(university.token, 'grade=Z');
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'query.grade' })]);
    const sort = await ledger(university.token, 'sort=score');
    expect(sort.status).toBe(400);
    expect(sort.body.error.details).toEqual([expect.objectContaining({ path: 'query.sort' })]);
  });
});
