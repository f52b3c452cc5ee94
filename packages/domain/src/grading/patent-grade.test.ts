import { describe, expect, it } from 'vitest';
import { type GradeReasonCode, gradeBlocksDeclaration } from './grade-reason.ts';
import { baseline, type FactsChange, needsAt50, TODAY } from './grading.fixture.ts';
import { GRADING_THRESHOLDS } from './grading-thresholds.ts';
import { gradePatent } from './patent-grade.ts';

const paid = { annualFee: 'paid', proceedingsSuspended: false } as const;

function grade(change: FactsChange = {}) {
  const { facts, options } = baseline(change);
  return gradePatent(facts, options);
}

describe('gradePatent: each factor moves the grade and says so', () => {
  const before = grade();

  it('grades the baseline B at 67 with one reason per factor', () => {
    expect(before).toMatchObject({ grade: 'B', score: 67 });
    expect(before.reasons.map((reason) => reason.code)).toEqual([
      'demand_moderate',
      'demand_count',
      'term_long',
      'type_invention',
      'chain_served',
      'licensing_none',
    ]);
  });

  it.each<[string, FactsChange, GradeReasonCode, Record<string, unknown>, 'up' | 'down' | 'same', string]>([
    // term
    [
      '4.5 years left',
      { patent: { expiryDate: '2031-06-30' } },
      'term_medium',
      { yearsLeft: 4.5, expiryDate: '2031-06-30' },
      'down',
      'B',
    ],
    [
      '1.5 years left',
      { patent: { expiryDate: '2028-06-30' } },
      'term_short',
      { yearsLeft: 1.5, expiryDate: '2028-06-30' },
      'down',
      'C',
    ],
    // type and evaluation report
    [
      'a utility model with a favourable report',
      {
        patent: { type: 'utility_model', evaluationReport: { reference: 'PJ-1', conclusion: 'favourable' } },
      },
      'evaluation_favourable',
      {},
      'down',
      'B',
    ],
    [
      'a utility model without a report',
      { patent: { type: 'utility_model' } },
      'evaluation_missing',
      {},
      'down',
      'C',
    ],
    [
      'a utility model with an unfavourable report',
      {
        patent: {
          type: 'utility_model',
          evaluationReport: { reference: 'PJ-1', conclusion: 'unfavourable' },
        },
      },
      'evaluation_unfavourable',
      {},
      'down',
      'C',
    ],
    [
      'a design with a favourable report',
      { patent: { type: 'design', evaluationReport: { reference: 'PJ-1', conclusion: 'favourable' } } },
      'type_design',
      {},
      'down',
      'B',
    ],
    // legal status
    [
      'an annual fee in the late window',
      { patent: { legal: { ...paid, annualFee: 'late_window' } } },
      'fee_late_window',
      {},
      'down',
      'C',
    ],
    [
      'a pledge without the pledgee’s consent',
      { patent: { legal: { ...paid, pledge: { pledgee: '某银行', pledgeeConsented: false } } } },
      'pledged_without_consent',
      {},
      'down',
      'B',
    ],
    [
      'a pledge the pledgee consented to',
      { patent: { legal: { ...paid, pledge: { pledgee: '某银行', pledgeeConsented: true } } } },
      'pledged_with_consent',
      {},
      'down',
      'B',
    ],
    [
      'suspended proceedings',
      { patent: { legal: { ...paid, proceedingsSuspended: true } } },
      'proceedings_suspended',
      {},
      'down',
      'C',
    ],
    ['an open ownership dispute', { facts: { disputeOpen: true } }, 'dispute_open', {}, 'down', 'C'],
    ['no published grant', { patent: { grantDate: undefined } }, 'not_granted', {}, 'down', 'C'],
    [
      'an exclusive licence in force',
      { patent: { legal: { ...paid, exclusiveLicence: { kind: 'exclusive', until: '2028-12-31' } } } },
      'exclusive_licence_in_force',
      { kind: 'exclusive', until: '2028-12-31' },
      'same',
      'B',
    ],
    // demand
    [
      'a strong matching need',
      {
        facts: {
          matchedNeeds: [
            { needId: 'need-9', score: 72.5 },
            { needId: 'need-1', score: 50 },
          ],
        },
      },
      'demand_strong',
      { score: 72.5, needId: 'need-9' },
      'up',
      'A',
    ],
    ['no matching need', { facts: { matchedNeeds: [] } }, 'demand_none', {}, 'down', 'C'],
    [
      'two matching needs',
      { facts: { matchedNeeds: needsAt50(2) } },
      'demand_count',
      { count: 2 },
      'up',
      'B',
    ],
    [
      'five matching needs',
      { facts: { matchedNeeds: needsAt50(5) } },
      'demand_count',
      { count: 5 },
      'up',
      'A',
    ],
    // chains
    [
      'a chain the region gives priority',
      { options: { priorityChains: ['先进储能材料', '工程机械'] } },
      'chain_priority',
      { chains: ['先进储能材料'] },
      'up',
      'A',
    ],
    [
      'no chain, declared or from IPC',
      { patent: { ipc: [], industryChains: [] } },
      'chain_none',
      {},
      'down',
      'B',
    ],
    [
      'a declared chain only',
      { patent: { ipc: [], industryChains: ['智能装备'] } },
      'chain_served',
      { chains: ['智能装备'] },
      'same',
      'B',
    ],
    [
      'an IPC code outside the table',
      { patent: { ipc: ['A99Z'], industryChains: [] } },
      'chain_none',
      {},
      'down',
      'B',
    ],
    // licensing history
    [
      'one open licence taken',
      { facts: { licensing: { licences: 1, deals: 0 } } },
      'licensed_before',
      { licences: 1, deals: 0 },
      'up',
      'A',
    ],
    [
      'a licence and two signed deals',
      { facts: { licensing: { licences: 1, deals: 2 } } },
      'licensed_repeatedly',
      { licences: 1, deals: 2 },
      'up',
      'A',
    ],
  ])('%s gives %s', (_case, change, code, params, direction, expectedGrade) => {
    // Act
    const after = grade(change);

    // Assess
    const reason = after.reasons.find((r) => r.code === code);
    expect(reason?.params).toEqual(params);
    const moved = Math.sign(after.score - before.score);
    expect(moved).toBe({ up: 1, down: -1, same: 0 }[direction]);
    expect(after.grade).toBe(expectedGrade);
  });

  it('explains the whole score: base plus every reason’s effect', () => {
    // Prepare
    const { facts, options } = baseline({
      patent: { legal: { ...paid, annualFee: 'late_window' } },
      facts: { matchedNeeds: needsAt50(3), licensing: { licences: 1, deals: 0 } },
    });

    // Act
    const result = gradePatent(facts, options);

    // Assess
    const sum = result.reasons.reduce<number>(
      (total, reason) => total + reason.effect,
      GRADING_THRESHOLDS.base,
    );
    expect(result.score).toBe(sum);
  });

  it('names the strongest need, the lower id on a tie', () => {
    // Act
    const result = grade({
      facts: {
        matchedNeeds: [
          { needId: 'need-b', score: 61 },
          { needId: 'need-a', score: 61 },
        ],
      },
    });

    // Assess
    expect(result.reasons[0]).toMatchObject({
      code: 'demand_strong',
      params: { needId: 'need-a', score: 61 },
    });
  });
});

describe('gradePatent: hard rules', () => {
  const strongest: FactsChange['facts'] = {
    matchedNeeds: [{ needId: 'need-9', score: 90 }, ...needsAt50(6)],
    licensing: { licences: 3, deals: 1 },
  };

  it.each<[string, FactsChange['patent'], GradeReasonCode, Record<string, unknown>]>([
    ['a patent lapsed for unpaid fees', { legal: { ...paid, annualFee: 'lapsed' } }, 'lapsed', {}],
    [
      'a patent whose term ended yesterday',
      { expiryDate: '2026-12-06' },
      'term_ended',
      { expiryDate: '2026-12-06' },
    ],
    ['an invalidated patent', { legal: { ...paid, invalidated: true } }, 'invalidated', {}],
  ])('grades %s D with that reason alone, whatever the demand', (_case, patent, code, params) => {
    // Act
    const result = grade({ patent, facts: strongest });

    // Assess
    expect(result).toEqual({ grade: 'D', score: 0, reasons: [{ code, params, effect: 0 }] });
    expect(gradeBlocksDeclaration(result)).toBe(true);
  });

  it('still grades a patent on the last day of its term, with no years left', () => {
    // Act
    const result = grade({ patent: { expiryDate: TODAY } });

    // Assess
    expect(result.grade).not.toBe('D');
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ code: 'term_short', params: { yearsLeft: 0, expiryDate: TODAY } }),
    );
  });

  it('grades a patent under an exclusive licence like any other, and says it cannot be declared', () => {
    // Prepare
    const exclusive = { ...paid, exclusiveLicence: { kind: 'sole', until: TODAY } } as const;

    // Act
    const result = grade({ patent: { legal: exclusive }, facts: strongest });

    // Assess
    expect(result.grade).toBe('A');
    expect(result.reasons).toContainEqual({
      code: 'exclusive_licence_in_force',
      params: { kind: 'sole', until: TODAY },
      effect: 0,
    });
    expect(gradeBlocksDeclaration(result)).toBe(true);
  });

  it('forgets an exclusive licence that ended before today', () => {
    // Act
    const result = grade({
      patent: { legal: { ...paid, exclusiveLicence: { kind: 'exclusive', until: '2026-12-06' } } },
    });

    // Assess
    expect(result.reasons.map((reason) => reason.code)).not.toContain('exclusive_licence_in_force');
    expect(gradeBlocksDeclaration(result)).toBe(false);
  });
});
