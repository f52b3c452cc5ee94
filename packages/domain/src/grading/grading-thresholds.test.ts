import { describe, expect, it } from 'vitest';
import type { GradeReasonCode } from './grade-reason.ts';
import { baseline, type FactsChange, needsAt50, TODAY } from './grading.fixture.ts';
import { GRADING_THRESHOLDS as T } from './grading-thresholds.ts';
import { gradeForScore, gradePatent } from './patent-grade.ts';

function codesOf(change: FactsChange): GradeReasonCode[] {
  const { facts, options } = baseline(change);
  return gradePatent(facts, options).reasons.map((reason) => reason.code);
}

/** `TODAY` moved by whole years, minus `lessDays` days. */
function yearsOn(years: number, lessDays = 0): string {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() - lessDays);
  return date.toISOString().slice(0, 10);
}

describe('GRADING_THRESHOLDS boundaries', () => {
  it.each<[string, string, GradeReasonCode]>([
    ['exactly the long term', yearsOn(T.term.longYears), 'term_long'],
    ['a day short of the long term', yearsOn(T.term.longYears, 1), 'term_medium'],
    ['exactly the short term', yearsOn(T.term.shortYears), 'term_medium'],
    ['a day short of the short term', yearsOn(T.term.shortYears, 1), 'term_short'],
  ])('counts %s as %s', (_case, expiryDate, code) => {
    expect(codesOf({ patent: { expiryDate } })).toContain(code);
  });

  it.each<[number, GradeReasonCode]>([
    [T.demand.strongScore, 'demand_strong'],
    [T.demand.strongScore - 0.1, 'demand_moderate'],
  ])('takes a best need scoring %s as %s', (score, code) => {
    expect(codesOf({ facts: { matchedNeeds: [{ needId: 'need-1', score }] } })).toContain(code);
  });

  it.each([
    [1, T.demand.countPoints.one],
    [T.demand.severalCount - 1, T.demand.countPoints.one],
    [T.demand.severalCount, T.demand.countPoints.several],
    [T.demand.broadCount - 1, T.demand.countPoints.several],
    [T.demand.broadCount, T.demand.countPoints.broad],
  ])('gives %i matching needs %i points for breadth', (count, points) => {
    // Act
    const { facts, options } = baseline({ facts: { matchedNeeds: needsAt50(count) } });
    const reason = gradePatent(facts, options).reasons.find((r) => r.code === 'demand_count');

    // Assess
    expect(reason).toEqual({ code: 'demand_count', params: { count }, effect: points });
  });

  it.each<[number, number, GradeReasonCode]>([
    [T.licensing.repeatedCount - 1, 0, 'licensed_before'],
    [T.licensing.repeatedCount - 1, 1, 'licensed_repeatedly'],
    [0, T.licensing.repeatedCount, 'licensed_repeatedly'],
  ])('counts %i licences and %i deals as %s', (licences, deals, code) => {
    expect(codesOf({ facts: { licensing: { licences, deals } } })).toContain(code);
  });

  it.each([
    [100, 'A'],
    [T.gradeFloors.A, 'A'],
    [T.gradeFloors.A - 0.1, 'B'],
    [T.gradeFloors.B, 'B'],
    [T.gradeFloors.B - 0.1, 'C'],
    [T.gradeFloors.C, 'C'],
    [T.gradeFloors.C - 0.1, 'D'],
    [0, 'D'],
  ])('grades a score of %s %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });

  it('keeps the score within 0–100 when every factor is at its best or its worst', () => {
    // Prepare
    const best = baseline({
      facts: {
        matchedNeeds: [{ needId: 'need-0', score: 95 }, ...needsAt50(9)],
        licensing: { licences: 5, deals: 5 },
      },
      options: { priorityChains: ['先进储能材料'] },
    });
    const worst = baseline({
      patent: {
        type: 'design',
        grantDate: undefined,
        expiryDate: yearsOn(1),
        legal: {
          annualFee: 'late_window',
          proceedingsSuspended: true,
          pledge: { pledgee: '某银行', pledgeeConsented: false },
        },
      },
      facts: { matchedNeeds: [], disputeOpen: true },
    });

    // Act
    const scores = [best, worst].map(({ facts, options }) => gradePatent(facts, options));

    // Assess
    expect(scores.map(({ grade, score }) => [grade, score])).toEqual([
      ['A', 100],
      ['D', 0],
    ]);
  });
});
