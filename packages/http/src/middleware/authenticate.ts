import type { IdentityClaims } from '@openlicense/app';
import { ApiError } from '@openlicense/app';
import { membershipOf, type Principal, type User } from '@openlicense/domain';
import { createMiddleware } from 'hono/factory';
import type { ApiDeps } from '../api-deps.ts';
import type { AppEnv } from '../env.ts';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Resolves the caller from the `Authorization` header. No header → anonymous (routes decide);
 * a bad or expired token → 401 at once, so a client never acts on a stale identity.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  if (header) {
    const token = BEARER.exec(header)?.[1];
    if (!token)
      throw new ApiError(401, 'unauthenticated', '登录凭证格式不正确 / malformed Authorization header');
    const deps = c.get('deps');
    const claims = await deps.verifier.verify(token).catch(() => {
      throw new ApiError(401, 'unauthenticated', '登录已失效，请重新登录 / token is invalid or expired');
    });
    c.set('principal', await principalFor(deps, claims));
  }
  await next();
});

async function principalFor(deps: ApiDeps, claims: IdentityClaims): Promise<Principal> {
  const user: User =
    (await deps.store.users.get(claims.sub)) ??
    (await deps.store.users.ensure({
      id: claims.sub,
      email: claims.email.toLowerCase(),
      name: claims.name ?? claims.email,
      createdAt: deps.now().toISOString(),
    }));
  const principal: Principal = { userId: user.id, email: user.email, name: user.name };
  if (user.orgId && user.role) {
    const org = await deps.store.orgs.get(user.orgId);
    if (org) principal.membership = membershipOf(org, user.role);
  }
  return principal;
}
