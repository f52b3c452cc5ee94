import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard } from '@openlicense/http';
import * as z from 'zod/mini';

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
