import { describe, expect, it } from 'vitest';
import { gradeReasonsChanged } from './grade-change.ts';
import type { GradeReason } from './grade-reason.ts';

const term = (yearsLeft: number): GradeReason => ({
  code: 'term_long',
  params: { yearsLeft, expiryDate: '2039-03-14' },
  effect: 25,
});
const strong: GradeReason = { code: 'demand_strong', params: { score: 80, needId: 'n1' }, effect: 15 };
const none: GradeReason = { code: 'demand_none', params: {}, effect: -10 };
const invention: GradeReason = { code: 'type_invention', params: {}, effect: 5 };

describe('gradeReasonsChanged', () => {
  it('names the reason gained and the one lost, not those both grades share', () => {
    expect(gradeReasonsChanged([invention, none], [invention, strong])).toEqual({
      added: [none],
      removed: [strong],
    });
  });

  it('counts a reason whose facts moved as changed', () => {
    expect(gradeReasonsChanged([term(13)], [term(14)])).toEqual({ added: [term(13)], removed: [term(14)] });
  });

  it('lists every reason as new when no older grade is known', () => {
    expect(gradeReasonsChanged([invention, strong], undefined)).toEqual({
      added: [invention, strong],
      removed: [],
    });
  });
});
