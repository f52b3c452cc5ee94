import type { PatentGrade } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleRecordOf } from '../support/bundle-input.ts';
import { createTestApi, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

const GRADE_A: PatentGrade = {
  grade: 'A',
  score: 82,
  reasons: [{ code: 'chain_priority', params: { chains: ['新能源汽车'] }, effect: 15 }],
};
const GRADE_C: PatentGrade = {
  grade: 'C',
  score: 38,
  reasons: [{ code: 'term_short', params: { yearsLeft: 2, expiryDate: '2028-03-14' }, effect: -10 }],
};

describe('grades of the patents in a bundle or pool (分级分类)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let park: Member;
  let uniA: Member;
  let uniB: Member;
  let stranger: Member;
  let office: Member;
  const numbers = { a: randomPatentNumber(2020), b: randomPatentNumber(2013) };
  let poolId = '';

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    [park, uniA, uniB, stranger, office] = await Promise.all([
      api.member('park', 'admin'),
      api.member('university', 'admin'),
      api.member('university', 'admin'),
      api.member('agency', 'admin'),
      api.member('ip_office', 'admin'),
    ]);
    const record = bundleRecordOf(
      { id: park.org.id, name: park.org.name, type: 'park' },
      [
        { number: numbers.a, holderOrgId: uniA.org.id },
        { number: numbers.b, holderOrgId: uniB.org.id },
      ],
      { consented: true },
    );
    const pool = { ...record, status: 'published' as const, publishedAt: new Date().toISOString() };
    await table.store.bundles.create(pool, []);
    poolId = pool.id;
    const computedAt = '2026-12-07T02:00:00.000Z';
    await table.store.patentGrades.put({
      patentId: numbers.a,
      holderOrgId: uniA.org.id,
      grade: GRADE_A,
      matchedNeeds: [],
      computedAt,
    });
    await table.store.patentGrades.put({
      patentId: numbers.b,
      holderOrgId: uniB.org.id,
      grade: GRADE_C,
      matchedNeeds: [],
      computedAt,
    });
  });

  const read = async (token?: string) => {
    const res = await api.request(`/api/bundles/${poolId}`, token ? { token } : {});
    expect(res.status).toBe(200);
    return res.json();
  };

  it('shows the organising park every member’s grade with its reasons', async () => {
    // Act
    const detail = await read(park.token);

    // Assess
    expect(detail.memberGrades[numbers.a]).toMatchObject({ grade: 'A', score: 82, reasons: GRADE_A.reasons });
    expect(detail.memberGrades[numbers.b]).toMatchObject({ grade: 'C', reasons: GRADE_C.reasons });
  });

  it('shows a holder the grades of its own members only', async () => {
    // Act
    const detail = await read(uniA.token);

    // Assess
    expect(Object.keys(detail.memberGrades)).toEqual([numbers.a]);
  });

  it('shows no grades to the public, another agency or the IP office reading the published pool', async () => {
    // Act
    const seen = await Promise.all([read(), read(stranger.token), read(office.token)]);

    // Assess
    for (const detail of seen) {
      expect(detail.bundle.id).toBe(poolId);
      expect(detail).not.toHaveProperty('memberGrades');
    }
  });
});
