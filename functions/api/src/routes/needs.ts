import {
  addNeed,
  chinaToday,
  editNeed,
  listNeeds,
  liveAuthorisationFor,
  loadNeedFor,
  moveNeed,
  needView,
} from '@openlicense/app';
import {
  NeedCreateSchema,
  NeedDraftSchema,
  NeedPageSchema,
  NeedQualitySchema,
  NeedTransitionSchema,
  NeedUpdateSchema,
  NeedViewSchema,
} from '@openlicense/contract';
import { NeedStatusSchema, NeedVisibilitySchema, needQualityHints } from '@openlicense/domain';
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

const tags = ['技术需求 Technology needs'];

/** An optional text filter; an empty search box means no filter. */
const optionalText = (max: number) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max))),
    z.transform((value) => value || undefined),
  );

const list = defineRoute({
  method: 'get',
  path: '/needs',
  tags,
  summary: '技术需求台账：本企业的需求，或服务机构/园区管理的需求 / the need ledger',
  request: {
    query: z.object({
      status: z.optional(NeedStatusSchema),
      visibility: z.optional(NeedVisibilitySchema),
      industryChain: optionalText(50),
      enterpriseOrgId: optionalText(40).check(
        z.describe('服务机构/园区按企业筛选；知识产权局查看某企业台账 / one enterprise’s needs'),
      ),
      q: optionalText(100).check(z.describe('需求名称包含 / title contains')),
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: {
    200: {
      description: '需求，最新在前 / needs, newest first',
      schema: NeedPageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const create = defineRoute({
  method: 'post',
  path: '/needs',
  tags,
  summary: '登记技术需求（草稿）；服务机构/园区代已授权企业登记 / add a draft need',
  request: {
    headers: IdempotencyHeaderSchema,
    body: NeedCreateSchema,
  },
  responses: {
    201: { description: '已登记 / added', schema: NeedViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});
const quality = defineRoute({
  method: 'post',
  path: '/needs/quality',
  tags,
  summary: '需求质量提示（不保存）/ quality hints for a draft, nothing saved',
  request: { body: NeedDraftSchema },
  responses: {
    200: { description: '评分与提示 / score and hints', schema: NeedQualitySchema },
    ...COMMON_ERRORS,
  },
});
const read = defineRoute({
  method: 'get',
  path: '/needs/{id}',
  tags,
  summary: '需求详情 / one need',
  request: { params: IdParamSchema },
  responses: { 200: { description: '需求 / need', schema: NeedViewSchema }, ...COMMON_ERRORS },
});
const update = defineRoute({
  method: 'put',
  path: '/needs/{id}',
  tags,
  summary: '编辑需求（乐观锁）/ edit (optimistic locking)',
  request: { params: IdParamSchema, body: NeedUpdateSchema },
  responses: {
    200: { description: '已保存 / saved', schema: NeedViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});
const transition = defineRoute({
  method: 'post',
  path: '/needs/{id}/transitions',
  tags,
  summary: '发布、洽谈、解决或关闭需求 / move through the lifecycle',
  request: {
    params: IdParamSchema,
    headers: IdempotencyHeaderSchema,
    body: NeedTransitionSchema,
  },
  responses: {
    200: { description: '已变更 / changed', schema: NeedViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const needRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query }) => {
      const principal = guard(
        c,
        'need.list',
        query.enterpriseOrgId ? { ownerOrgId: query.enterpriseOrgId } : {},
      );
      return c.json(await listNeeds(c.get('deps'), principal, query));
    })
    .route(create, async (c, { body: { enterpriseOrgId, ...input } }) => {
      const deps = c.get('deps');
      const ownerOrgId = enterpriseOrgId ?? c.get('principal')?.membership?.orgId ?? '';
      const auth = await liveAuthorisationFor(deps, c.get('principal'), ownerOrgId);
      const principal = guard(c, 'need.write', {
        ownerOrgId,
        liveAuthorisation: !!auth,
        needAction: 'create',
      });
      return c.json(await addNeed(deps, principal, ownerOrgId, input, auth), 201);
    })
    .route(quality, async (c, { body }) => {
      guard(c, 'need.list');
      return c.json(needQualityHints(body, chinaToday(c.get('deps').now())));
    })
    .route(read, async (c, { params: { id } }) => {
      const { need, auth } = await loadNeedFor(c.get('deps'), c.get('principal'), id);
      const principal = guard(c, 'need.read', { need, liveAuthorisation: !!auth });
      return c.json(await needView(c.get('deps'), principal, need, !!auth));
    })
    .route(update, async (c, { params: { id }, body: { version, ...input } }) => {
      const current = await loadNeedFor(c.get('deps'), c.get('principal'), id);
      const live = !!current.auth;
      const principal = guard(c, 'need.write', {
        need: current.need,
        liveAuthorisation: live,
        needAction: 'edit',
      });
      return c.json(await editNeed(c.get('deps'), principal, current, input, version));
    })
    .route(transition, async (c, { params: { id }, body }) => {
      const current = await loadNeedFor(c.get('deps'), c.get('principal'), id);
      const live = !!current.auth;
      const principal = guard(c, 'need.write', {
        need: current.need,
        liveAuthorisation: live,
        needAction: body.action,
      });
      return c.json(await moveNeed(c.get('deps'), principal, current, body));
    });
