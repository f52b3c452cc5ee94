import type { User } from '@openlicense/domain';
import type { LocalIssuer } from '../auth/local-issuer.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError } from '../http/api-error.ts';

const WRONG = new ApiError(401, 'invalid_credentials', '邮箱或密码错误 / wrong email or password');

/** Checks the password and issues a token carrying the same claims Cognito would. */
export async function signInLocalUser(
  deps: ApiDeps,
  issuer: LocalIssuer,
  input: { email: string; password: string },
) {
  const login = await deps.store.users.findLogin(input.email);
  if (!login || !(await verifyPassword(input.password, login.passwordHash))) throw WRONG;
  const user = await deps.store.users.get(login.userId);
  if (!user) throw WRONG;
  return tokenFor(issuer, user);
}

export async function registerLocalUser(
  deps: ApiDeps,
  issuer: LocalIssuer,
  input: { email: string; password: string; name: string },
) {
  const user: User = {
    id: deps.newId(),
    email: input.email,
    name: input.name,
    createdAt: deps.now().toISOString(),
  };
  await deps.store.users.createWithLogin(user, await hashPassword(input.password));
  return tokenFor(issuer, user);
}

const tokenFor = (issuer: LocalIssuer, user: User) =>
  issuer.issue({
    sub: user.id,
    email: user.email,
    name: user.name,
    groups: user.role ? [user.role] : [],
    ...(user.orgId ? { orgId: user.orgId } : {}),
  });
