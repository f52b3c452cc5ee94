import {
  conversionNeedView,
  conversionTarget,
  listConversionNeeds,
  loadConversionNeed,
  postConversionAnswer,
  postConversionNeed,
  withdrawConversionNeed,
} from '@openlicense/app';
import {
  ConversionAnswerResultSchema,
  ConversionNeedPageSchema,
  ConversionNeedViewSchema,
} from '@openlicense/contract';
import {
  ConversionAnswerInputSchema,
  ConversionNeedInputSchema,
  ConversionNeedSchema,
} from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import {
  COMMON_ERRORS,
  CONFLICT,
  defineRoute,
  guard,
  IdempotencyHeaderSchema,
  IdParamSchema,
} from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['成果转化需求 Conversion needs'];

const list = defineRoute({
  method: 'get',
  path: '/conversion-needs',
  tags,
  summary:
    '征集中的成果转化需求（新→旧）；mine=true：本校发布的全部 / open conversion needs, newest first; mine=true: all my university posted',
  request: {
    query: z.object({
      mine: z.optional(z.stringbool()),
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: {
    200: { description: '成果转化需求 / conversion needs', schema: ConversionNeedPageSchema },
    ...COMMON_ERRORS,
  },
});
const post = defineRoute({
  method: 'post',
  path: '/conversion-needs',
  tags,
  summary:
    '高校为本校已公告的开放许可成果或专利包发布成果转化需求 / a university posts a conversion need on its own published listing or bundle',
  request: { headers: IdempotencyHeaderSchema, body: ConversionNeedInputSchema },
  responses: {
    201: { description: '已发布 / posted', schema: ConversionNeedSchema },
    ...COMMON_ERRORS,
    422: { description: '成果不存在或截止日期不合理 / no such listing, or a bad closing date' },
  },
});
const read = defineRoute({
  method: 'get',
  path: '/conversion-needs/{id}',
  tags,
  summary: '一项成果转化需求及调用方可见的回应 / one conversion need with the answers the caller may read',
  request: { params: IdParamSchema },
  responses: {
    200: { description: '成果转化需求 / conversion need', schema: ConversionNeedViewSchema },
    ...COMMON_ERRORS,
  },
});
const withdraw = defineRoute({
  method: 'post',
  path: '/conversion-needs/{id}/withdraw',
  tags,
  summary: '发布方撤回 / the poster withdraws it',
  request: { headers: IdempotencyHeaderSchema, params: IdParamSchema },
  responses: {
    200: { description: '已撤回 / withdrawn', schema: ConversionNeedSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});
const answer = defineRoute({
  method: 'post',
  path: '/conversion-needs/{id}/answers',
  tags,
  summary:
    '企业回应，生成与高校之间的交易线索（无服务机构）/ an enterprise answers: a deal lead opens with the university (no broker)',
  request: { headers: IdempotencyHeaderSchema, params: IdParamSchema, body: ConversionAnswerInputSchema },
  responses: {
    201: { description: '已回应 / answered', schema: ConversionAnswerResultSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const conversionNeedRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query: { mine, limit, cursor } }) => {
      const principal = guard(c, 'conversion_need.read');
      return c.json(await listConversionNeeds(c.get('deps'), principal, { mine, limit, cursor }));
    })
    .route(post, async (c, { body }) => {
      guard(c, 'conversion_need.post');
      const target = await conversionTarget(c.get('deps'), body);
      const principal = guard(c, 'conversion_need.post', { parties: target.ownerOrgIds });
      return c.json(await postConversionNeed(c.get('deps'), principal, target, body), 201);
    })
    .route(read, async (c, { params: { id } }) => {
      const principal = guard(c, 'conversion_need.read');
      const need = await loadConversionNeed(c.get('deps'), id);
      return c.json(await conversionNeedView(c.get('deps'), principal, need));
    })
    .route(withdraw, async (c, { params: { id } }) => {
      guard(c, 'conversion_need.read');
      const need = await loadConversionNeed(c.get('deps'), id);
      const principal = guard(c, 'conversion_need.withdraw', { ownerOrgId: need.posterOrgId });
      return c.json(await withdrawConversionNeed(c.get('deps'), principal, need));
    })
    .route(answer, async (c, { params: { id }, body }) => {
      const principal = guard(c, 'conversion_need.answer');
      const need = await loadConversionNeed(c.get('deps'), id);
      return c.json(await postConversionAnswer(c.get('deps'), principal, need, body), 201);
    });
