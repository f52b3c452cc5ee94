import * as z from 'zod/mini';

/** The password rules, once: the API's schema is built from them and the registration form lists them. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_RULE_CODES = ['length', 'letter', 'digit'] as const;
export type PasswordRuleCode = (typeof PASSWORD_RULE_CODES)[number];

export interface PasswordRule {
  code: PasswordRuleCode;
  /** The API's message when the rule is broken, Chinese first then English. */
  message: string;
  test: (password: string) => boolean;
}

const LETTER = /[A-Za-z]/;
const DIGIT = /\d/;

export const PASSWORD_RULES: readonly PasswordRule[] = [
  {
    code: 'length',
    message: `密码需 ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} 位 / password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
    test: (password) => password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
  },
  { code: 'letter', message: '密码需包含字母 / password needs a letter', test: (p) => LETTER.test(p) },
  { code: 'digit', message: '密码需包含数字 / password needs a digit', test: (p) => DIGIT.test(p) },
];

/** The rules `password` breaks, in the order they are listed; none for an acceptable password. */
export function brokenPasswordRules(password: string): PasswordRuleCode[] {
  return PASSWORD_RULES.filter((rule) => !rule.test(password)).map((rule) => rule.code);
}

const ruleOf = (code: PasswordRuleCode): PasswordRule => PASSWORD_RULES.find((rule) => rule.code === code)!;

/**
 * A new password: every broken rule is reported (one issue each, all on the same path), so the form can say
 * everything that is wrong at once. The length bounds stay visible to JSON Schema (`minLength`, `maxLength`).
 */
export const PasswordSchema = z
  .string()
  .check(
    z.minLength(PASSWORD_MIN_LENGTH, ruleOf('length').message),
    z.maxLength(PASSWORD_MAX_LENGTH, ruleOf('length').message),
    z.regex(LETTER, ruleOf('letter').message),
    z.regex(DIGIT, ruleOf('digit').message),
  );
