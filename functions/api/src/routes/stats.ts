import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { guard } from '../http/guard.ts';
import { COMMON_ERRORS, jsonResponse } from '../http/schemas.ts';
import { validationHook } from '../http/validation-hook.ts';

const Counts = z.record(z.string(), z.record(z.string(), z.number())).openapi('OrgCounts');

export const statsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/stats/orgs',
    tags: ['统计 Statistics'],
    security: [{ Bearer: [] }],
    summary: '各类机构数量（按状态）/ organisations by type and status',
    responses: { 200: jsonResponse(Counts, '计数 / counts'), ...COMMON_ERRORS },
  }),
  async (c) => {
    guard(c, 'org.stats.read');
    return c.json(await c.get('deps').store.orgStats.get(), 200);
  },
);
