import { unmetDemand } from '@openlicense/app';
import { UnmetDemandSchema, UnmetQuerySchema } from '@openlicense/contract';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard } from '@openlicense/http';

const tags = ['未满足需求与领域提醒 Unmet demand and field alerts'];

const map = defineRoute({
  method: 'get',
  path: '/market/unmet',
  tags,
  summary:
    '未满足需求：无高于相关度下限的挂牌或专利包匹配的需求，按产业链×地区统计（服务机构/园区/知识产权局）/ ' +
    'unmet demand by industry chain and region',
  request: { query: UnmetQuerySchema },
  responses: { 200: { description: '地图 / the map', schema: UnmetDemandSchema }, ...COMMON_ERRORS },
});

export const marketUnmetRoutes = (router: ApiRouter) =>
  router.route(map, async (c, { query }) => {
    const principal = guard(c, 'market.unmet.read');
    return c.json(await unmetDemand(c.get('deps'), principal, query));
  });
