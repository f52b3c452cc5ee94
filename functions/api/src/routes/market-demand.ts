import { getResearchFields, marketDemand, saveResearchFields } from '@openlicense/app';
import { MarketDemandSchema, ResearchFieldsSaveSchema } from '@openlicense/contract';
import { ResearchFieldsSchema } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, CONFLICT, defineRoute, guard } from '@openlicense/http';

const tags = ['市场需求 Market demand'];

const demand = defineRoute({
  method: 'get',
  path: '/market/demand',
  tags,
  summary: '本校可服务的市场需求（按产业链；非公开需求只计数）/ the demand a university could serve',
  responses: {
    200: { description: '市场需求 / market demand', schema: MarketDemandSchema },
    ...COMMON_ERRORS,
  },
});
const readFields = defineRoute({
  method: 'get',
  path: '/market/fields',
  tags,
  summary: '本校研究领域 / the university’s research fields',
  responses: {
    200: { description: '研究领域 / research fields', schema: ResearchFieldsSchema },
    ...COMMON_ERRORS,
  },
});
const saveFields = defineRoute({
  method: 'put',
  path: '/market/fields',
  tags,
  summary: '保存研究领域（乐观锁）/ save the research fields (optimistic locking)',
  request: { body: ResearchFieldsSaveSchema },
  responses: {
    200: { description: '已保存 / saved', schema: ResearchFieldsSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const marketDemandRoutes = (router: ApiRouter) =>
  router
    .route(demand, async (c) => {
      const principal = guard(c, 'market.demand.read');
      return c.json(await marketDemand(c.get('deps'), principal));
    })
    .route(readFields, async (c) => {
      const principal = guard(c, 'market.demand.read');
      return c.json(await getResearchFields(c.get('deps'), principal));
    })
    .route(saveFields, async (c, { body: { version, ...input } }) => {
      const principal = guard(c, 'market.fields.write');
      return c.json(await saveResearchFields(c.get('deps'), principal, input, version));
    });
