import type { GradeReason, PatentGrade, PatentGradeLetter } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../../test/support/test-table.ts';
import type { PatentGradeInput } from './patent-grade-record.ts';

const demand = (score: number): GradeReason =>
  score > 0
    ? { code: 'demand_strong', params: { score, needId: 'need-1' }, effect: 15 }
    : { code: 'demand_none', params: {}, effect: -10 };

const grade = (letter: PatentGradeLetter, score: number, demandScore: number): PatentGrade => ({
  grade: letter,
  score,
  reasons: [{ code: 'type_invention', params: {}, effect: 5 }, demand(demandScore)],
});

/** A fresh patent number (the key) with its holder. */
const patentOf = (holderOrgId: string) => ({ patentId: `ZL${ulid()}`, holderOrgId });

function input(
  patent: { patentId: string; holderOrgId: string },
  letter: PatentGradeLetter,
  score: number,
  computedAt: string,
  matchedNeeds: PatentGradeInput['matchedNeeds'] = [],
): PatentGradeInput {
  return { ...patent, grade: grade(letter, score, matchedNeeds[0]?.score ?? 0), matchedNeeds, computedAt };
}

describe('patent grade repository (DynamoDB Local)', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  it('records the first grade as a change from nothing, and keeps the strongest ten needs best first', async () => {
    // Prepare
    const patent = patentOf(ulid());
    const needs = Array.from({ length: 12 }, (_, i) => ({ needId: `need-${i}`, score: 40 + i }));
    // Act
    await table.store.patentGrades.put(input(patent, 'A', 88, '2026-12-07T01:00:00.000Z', needs));
    // Assess
    const stored = await table.store.patentGrades.get(patent.patentId);
    expect(stored?.grade).toEqual(grade('A', 88, 40));
    expect(stored?.matchedNeeds.map((n) => n.score)).toEqual([51, 50, 49, 48, 47, 46, 45, 44, 43, 42]);
    expect(stored?.changes).toEqual([
      { at: '2026-12-07T01:00:00.000Z', from: null, to: 'A', reasons: grade('A', 88, 40).reasons },
    ]);
  });

  it('refreshes a grade of the same letter without a change, and records a new letter newest first', async () => {
    // Prepare
    const patent = patentOf(ulid());
    const needs = [{ needId: 'need-1', score: 80 }];
    await table.store.patentGrades.put(input(patent, 'B', 66, '2026-12-07T01:00:00.000Z', needs));
    // Act
    await table.store.patentGrades.put(input(patent, 'B', 68, '2026-12-07T02:00:00.000Z', needs));
    await table.store.patentGrades.put(input(patent, 'C', 48, '2026-12-07T03:00:00.000Z', []));
    // Assess
    const stored = await table.store.patentGrades.get(patent.patentId);
    expect(stored).toMatchObject({
      grade: { grade: 'C', score: 48 },
      matchedNeeds: [],
      computedAt: '2026-12-07T03:00:00.000Z',
    });
    expect(stored?.changes.map((c) => [c.from, c.to, c.at])).toEqual([
      ['B', 'C', '2026-12-07T03:00:00.000Z'],
      [null, 'B', '2026-12-07T01:00:00.000Z'],
    ]);
    expect(stored?.changes[0]?.reasons.map((r) => r.code)).toContain('demand_none');
  });

  it('keeps the newest twenty changes', async () => {
    // Prepare
    const patent = patentOf(ulid());
    const letters: PatentGradeLetter[] = ['A', 'B'];
    // Act
    for (let i = 0; i < 23; i++) {
      const at = `2026-12-07T01:${String(i).padStart(2, '0')}:00.000Z`;
      await table.store.patentGrades.put(input(patent, letters[i % 2]!, 70, at));
    }
    // Assess
    const stored = await table.store.patentGrades.get(patent.patentId);
    expect(stored?.changes).toHaveLength(20);
    expect(stored?.changes[0]?.at).toBe('2026-12-07T01:22:00.000Z');
    expect(stored?.changes[19]?.at).toBe('2026-12-07T01:03:00.000Z');
  });

  it('ignores a computation older than the stored one', async () => {
    // Prepare
    const patent = patentOf(ulid());
    await table.store.patentGrades.put(input(patent, 'A', 90, '2026-12-07T05:00:00.000Z'));
    // Act
    const stored = await table.store.patentGrades.put(input(patent, 'D', 0, '2026-12-07T04:00:00.000Z'));
    // Assess
    expect(stored.grade.grade).toBe('A');
    expect((await table.store.patentGrades.get(patent.patentId))?.changes).toHaveLength(1);
  });

  it('lists one holder’s grades by patent number, apart from its ledger, and forgets a removed one', async () => {
    // Prepare
    const holder = ulid();
    const other = ulid();
    const first = { patentId: `ZL1${ulid()}`, holderOrgId: holder };
    const second = { patentId: `ZL2${ulid()}`, holderOrgId: holder };
    await table.store.patentGrades.put(input(second, 'B', 60, '2026-12-07T01:00:00.000Z'));
    await table.store.patentGrades.put(input(first, 'A', 85, '2026-12-07T01:00:00.000Z'));
    await table.store.patentGrades.put(input(patentOf(other), 'C', 45, '2026-12-07T01:00:00.000Z'));
    // Act
    const listed = await table.store.patentGrades.listByHolder(holder);
    await table.store.patentGrades.remove(second.patentId);
    // Assess
    expect(listed.map((g) => [g.patentId, g.grade.grade])).toEqual([
      [first.patentId, 'A'],
      [second.patentId, 'B'],
    ]);
    expect(await table.store.patents.allByHolder(holder)).toEqual([]);
    expect((await table.store.patentGrades.listByHolder(holder)).map((g) => g.patentId)).toEqual([
      first.patentId,
    ]);
  });

  it('lists only the holder’s grades that matched needs, with those needs alone', async () => {
    // Prepare
    const holder = ulid();
    const matched = patentOf(holder);
    await table.store.patentGrades.put(
      input(matched, 'A', 85, '2026-12-07T01:00:00.000Z', [{ needId: 'need-9', score: 77 }]),
    );
    await table.store.patentGrades.put(input(patentOf(holder), 'C', 40, '2026-12-07T01:00:00.000Z'));
    await table.store.patentGrades.put(
      input(patentOf(ulid()), 'A', 85, '2026-12-07T01:00:00.000Z', [{ needId: 'need-9', score: 70 }]),
    );
    // Act
    const listed = await table.store.patentGrades.matchedNeedsByHolder(holder);
    // Assess
    expect(listed).toEqual([
      { patentId: matched.patentId, holderOrgId: holder, matchedNeeds: [{ needId: 'need-9', score: 77 }] },
    ]);
  });

  it('reads the grades of a ledger page in one call, leaving out patents not graded yet', async () => {
    // Prepare
    const holder = ulid();
    const graded = [patentOf(holder), patentOf(holder)];
    for (const [i, patent] of graded.entries())
      await table.store.patentGrades.put(
        input(patent, i === 0 ? 'A' : 'C', i === 0 ? 85 : 40, '2026-12-07T01:00:00.000Z'),
      );
    // Act
    const read = await table.store.patentGrades.getMany([
      graded[0]!.patentId,
      `ZL${ulid()}`,
      graded[1]!.patentId,
    ]);
    // Assess
    expect([...read.keys()].sort()).toEqual(graded.map((p) => p.patentId).sort());
    expect(read.get(graded[0]!.patentId)?.grade.grade).toBe('A');
    expect(read.get(graded[1]!.patentId)?.grade.grade).toBe('C');
  });

  it('moves a grade to the new holder’s list when the patent changes hands', async () => {
    // Prepare
    const patent = patentOf(ulid());
    const newHolder = ulid();
    await table.store.patentGrades.put(input(patent, 'B', 60, '2026-12-07T01:00:00.000Z'));
    // Act
    await table.store.patentGrades.put({
      ...input(patent, 'B', 60, '2026-12-07T02:00:00.000Z'),
      holderOrgId: newHolder,
    });
    // Assess
    expect(await table.store.patentGrades.listByHolder(patent.holderOrgId)).toEqual([]);
    expect((await table.store.patentGrades.listByHolder(newHolder)).map((g) => g.patentId)).toEqual([
      patent.patentId,
    ]);
  });

  it('finds the patents whose grade counts a need, as their grades gain and lose it', async () => {
    // Prepare
    const need = `need-${ulid()}`;
    const other = `need-${ulid()}`;
    const [first, second] = [patentOf(ulid()), patentOf(ulid())];
    await table.store.patentGrades.put(
      input(first, 'A', 85, '2026-12-07T01:00:00.000Z', [{ needId: need, score: 80 }]),
    );
    await table.store.patentGrades.put(
      input(second, 'B', 70, '2026-12-07T01:00:00.000Z', [
        { needId: other, score: 75 },
        { needId: need, score: 60 },
      ]),
    );
    expect((await table.store.patentGrades.countingNeed(need)).sort()).toEqual(
      [first.patentId, second.patentId].sort(),
    );
    // Act: the first no longer counts it; the second's grade is removed; an older computation changes nothing
    await table.store.patentGrades.put(input(first, 'C', 40, '2026-12-07T02:00:00.000Z', []));
    await table.store.patentGrades.put(
      input(first, 'A', 85, '2026-12-07T00:30:00.000Z', [{ needId: need, score: 80 }]),
    );
    await table.store.patentGrades.remove(second.patentId);
    // Assess
    expect(await table.store.patentGrades.countingNeed(need)).toEqual([]);
    expect(await table.store.patentGrades.countingNeed(other)).toEqual([]);
  });
});
