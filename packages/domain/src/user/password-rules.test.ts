import { describe, expect, it } from 'vitest';
import { brokenPasswordRules, PASSWORD_RULES, PasswordSchema } from './password-rules.ts';

const messagesOf = (password: string): string[] => {
  const result = PasswordSchema.safeParse(password);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.message))];
};

describe('password rules', () => {
  it.each([
    ['', ['length', 'letter', 'digit']],
    ['short', ['length', 'digit']],
    ['12345678', ['letter']],
    ['abcdefgh', ['digit']],
    ['a1', ['length']],
    ['Demo@2026', []],
    [`a1${'x'.repeat(127)}`, ['length']],
  ] as const)('finds every rule %j breaks: %j', (password, broken) => {
    expect(brokenPasswordRules(password)).toEqual(broken);
  });

  it('makes the API refuse exactly the rules the form lists as broken, each with its message', () => {
    for (const password of ['', 'short', '12345678', 'abcdefgh', 'a1', 'Demo@2026', `a1${'x'.repeat(127)}`]) {
      const expected = PASSWORD_RULES.filter((rule) => !rule.test(password)).map((rule) => rule.message);
      expect(messagesOf(password)).toEqual(expected);
    }
  });
});
