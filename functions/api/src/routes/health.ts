import type { ApiRouter } from '@openlicense/http';
import { defineRoute } from '@openlicense/http';
import * as z from 'zod/mini';

const health = defineRoute({
  method: 'get',
  path: '/health',
  tags: ['系统 System'],
  summary: '健康检查 / health',
  public: true,
  responses: {
    200: { description: '数据库可用 / the store answers', schema: z.object({ status: z.literal('ok') }) },
    503: { description: '数据库不可用 / the store does not answer' },
  },
});

export const healthRoutes = (router: ApiRouter) =>
  router.route(health, async (c) => {
    const ok = await c
      .get('deps')
      .store.ping()
      .catch(() => false);
    if (!ok)
      return c.json(
        { error: { code: 'store_unavailable', message: '数据库暂不可用 / the store does not answer' } },
        503,
      );
    return c.json({ status: 'ok' as const });
  });
