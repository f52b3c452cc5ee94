import type { User } from '@openlicense/domain';
import { StoreConflictError } from '@openlicense/store';
import { ApiError } from '../api-error.ts';
import { passwordOpens } from '../auth/credential-check.ts';
import type { TokenIssuer } from '../auth/identity.ts';
import { hashPassword } from '../auth/password.ts';
import type { SignInThrottle } from '../auth/sign-in-throttle.ts';
import type { AppDeps } from '../deps.ts';

const WRONG = new ApiError(401, 'invalid_credentials', '邮箱或密码错误 / wrong email or password');

/** 429 once an account or address has failed too often; `Retry-After` carries `retryAfterSeconds`. */
export class TooManySignInAttemptsError extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      429,
      'too_many_attempts',
      `登录失败次数过多，请 ${minutes} 分钟后再试 / too many failed sign-ins, try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
    this.name = 'TooManySignInAttemptsError';
  }
}

/**
 * Checks the password and issues a token carrying the same claims Cognito would. Refused at once
 * (429) while the account or the caller's address is throttled; an unknown e-mail costs the same
 * hash as a known one and counts as a failure of that e-mail.
 */
export async function signInLocalUser(
  deps: AppDeps,
  issuer: TokenIssuer,
  input: { email: string; password: string },
  throttle: SignInThrottle,
  address: string | undefined,
) {
  const verdict = throttle.check(input.email, address);
  if (!verdict.allowed) throw new TooManySignInAttemptsError(verdict.retryAfterSeconds);
  const login = await deps.store.users.findLogin(input.email);
  const user =
    (await passwordOpens(login, input.password)) && login
      ? await deps.store.users.get(login.userId)
      : undefined;
  if (!user) {
    throttle.recordFailure(input.email, address);
    throw WRONG;
  }
  throttle.recordSuccess(input.email);
  return tokenFor(issuer, user);
}

/**
 * Registers an account and signs it in. "E-mail taken" (409) would tell a prober which accounts exist,
 * so each one counts as a failure of the caller's address, and a throttled address waits (429).
 */
export async function registerLocalUser(
  deps: AppDeps,
  issuer: TokenIssuer,
  input: { email: string; password: string; name: string },
  throttle: SignInThrottle,
  address: string | undefined,
) {
  const verdict = throttle.check(undefined, address);
  if (!verdict.allowed) throw new TooManySignInAttemptsError(verdict.retryAfterSeconds);
  const user: User = {
    id: deps.newId(),
    email: input.email,
    name: input.name,
    createdAt: deps.now().toISOString(),
  };
  await deps.store.users.createWithLogin(user, await hashPassword(input.password)).catch((error) => {
    if (error instanceof StoreConflictError) throttle.recordFailure(undefined, address);
    throw error;
  });
  return tokenFor(issuer, user);
}

const tokenFor = (issuer: TokenIssuer, user: User) =>
  issuer.issue({
    sub: user.id,
    email: user.email,
    name: user.name,
    groups: user.role ? [user.role] : [],
    ...(user.orgId ? { orgId: user.orgId } : {}),
  });
