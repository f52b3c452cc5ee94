import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { errorResponse, jsonResponse } from '../http/schemas.ts';

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['系统 System'],
    summary: '健康检查 / health',
    responses: {
      200: jsonResponse(z.object({ status: z.literal('ok') }), '数据库可用 / the store answers'),
      503: errorResponse('数据库不可用 / the store does not answer'),
    },
  }),
  async (c) => {
    const ok = await c
      .get('deps')
      .store.ping()
      .catch(() => false);
    if (!ok)
      return c.json(
        { error: { code: 'store_unavailable', message: '数据库暂不可用 / the store does not answer' } },
        503,
      );
    return c.json({ status: 'ok' as const }, 200);
  },
);
