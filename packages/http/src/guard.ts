import { ApiError } from '@openlicense/app';
import { type Action, authorize, type Principal, type Resource } from '@openlicense/domain';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** Asks the one access policy; throws the refusal it gives. Returns the (now known) principal. */
export function guard(c: Context<AppEnv>, action: Action, resource?: Resource): Principal {
  const principal = c.get('principal');
  const decision = authorize(principal, action, resource);
  if (!decision.allow) throw new ApiError(decision.status, decision.code, decision.message);
  return principal!;
}
