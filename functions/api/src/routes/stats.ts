import * as z from 'zod';
import type { ApiRouter } from '../http/api-router.ts';
import { guard } from '../http/guard.ts';
import { defineRoute } from '../http/route-spec.ts';
import { COMMON_ERRORS } from '../http/schemas.ts';

const orgStats = defineRoute({
  method: 'get',
  path: '/stats/orgs',
  tags: ['统计 Statistics'],
  summary: '各类机构数量（按状态）/ organisations by type and status',
  responses: {
    200: { description: '计数 / counts', schema: z.record(z.string(), z.record(z.string(), z.number())) },
    ...COMMON_ERRORS,
  },
});

export const statsRoutes = (router: ApiRouter) =>
  router.route(orgStats, async (c) => {
    guard(c, 'org.stats.read');
    return c.json(await c.get('deps').store.orgStats.get());
  });
