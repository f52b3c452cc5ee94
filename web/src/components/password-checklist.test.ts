import { describe, expect, it } from 'vitest';
import { passwordRuleStates } from './password-checklist.tsx';

describe('passwordRuleStates', () => {
  it('lists every rule before anything is typed, none yet met', () => {
    expect(passwordRuleStates('', false)).toEqual([
      { code: 'length', state: 'pending' },
      { code: 'letter', state: 'pending' },
      { code: 'digit', state: 'pending' },
    ]);
  });

  it('ticks each rule as the password keeps it', () => {
    expect(passwordRuleStates('abc1', false).map((rule) => rule.state)).toEqual(['pending', 'met', 'met']);
  });

  it('marks every rule still broken after a refused submit, not only the first', () => {
    expect(passwordRuleStates('short', true).map((rule) => rule.state)).toEqual(['broken', 'met', 'broken']);
  });
});
