import type { ApiDeps, ApiRouter, AppEnv } from '@openlicense/http';
import { createHttpApp } from '@openlicense/http';
import type { Hono } from 'hono';

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Adds a group's routes: to its own app in its Lambda, to the whole API on a laptop and in tests. */
export type RegisterRoutes = (router: ApiRouter, api: Hono<AppEnv>) => void;

/** One group's app under `/api`: the shared edge (sign-in, errors, idempotency) and the group's routes. */
export const createGroupApp = (deps: ApiDeps, register: RegisterRoutes) =>
  createHttpApp(deps, register, { bodyLimitBytes: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT });
