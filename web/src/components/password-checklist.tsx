import {
  brokenPasswordRules,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULES,
} from '@openlicense/domain/user/password-rules';
import { t } from '../i18n/messages.ts';

/** How a rule stands: kept, not yet kept (while typing), or broken (after a refused submit). */
export type PasswordRuleState = 'met' | 'pending' | 'broken';

/** Each password rule's state for `password`; after a failed submit every unkept rule is `broken`. */
export function passwordRuleStates(
  password: string,
  failed: boolean,
): { code: (typeof PASSWORD_RULES)[number]['code']; state: PasswordRuleState }[] {
  const broken = new Set(brokenPasswordRules(password));
  return PASSWORD_RULES.map((rule) => ({
    code: rule.code,
    state: !broken.has(rule.code) ? 'met' : failed ? 'broken' : 'pending',
  }));
}

const MARKS: Readonly<Record<PasswordRuleState, string>> = { met: '✓', pending: '○', broken: '✗' };

/**
 * The API's password rules (one list in `@openlicense/domain`), shown before anything is sent and ticked
 * as the user types; after a refused submit every rule still broken is marked as an error.
 */
export function PasswordChecklist({
  id,
  password,
  failed,
}: {
  id: string;
  password: string;
  failed: boolean;
}) {
  return (
    <ul class="password-rules" id={id} aria-live="polite">
      {passwordRuleStates(password, failed).map(({ code, state }) => (
        <li key={code} class={`password-rule password-rule-${state}`} data-rule={code} data-state={state}>
          <span class="password-rule-mark" aria-hidden="true">
            {MARKS[state]}
          </span>{' '}
          {t(`auth.passwordRule.${code}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
          <span class="visually-hidden">{t(`auth.passwordRuleState.${state}`)}</span>
        </li>
      ))}
    </ul>
  );
}
