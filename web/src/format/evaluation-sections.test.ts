import { describe, expect, it } from 'vitest';
import { evaluationSections } from './evaluation-sections.ts';

describe('evaluation sections', () => {
  it('adds 宣传培训 for an agency or park without its target, once, after the targets', () => {
    const targets = [{ key: 'precise_pushes' as const }, { key: 'events_held' as const }];
    expect(evaluationSections({ orgType: 'park', targets })).toEqual([
      { key: 'precise_pushes', untargeted: false },
      { key: 'events_held', untargeted: false },
      { key: 'trainings_held', untargeted: true },
    ]);
    expect(
      evaluationSections({ orgType: 'agency', targets: [...targets, { key: 'trainings_held' }] }).map((s) => [
        s.key,
        s.untargeted,
      ]),
    ).toEqual([
      ['precise_pushes', false],
      ['events_held', false],
      ['trainings_held', false],
    ]);
    expect(evaluationSections({ orgType: 'enterprise', targets: [{ key: 'intake_count' }] })).toEqual([
      { key: 'intake_count', untargeted: false },
    ]);
  });
});
