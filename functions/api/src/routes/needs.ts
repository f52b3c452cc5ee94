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
  FenSchema,
  NEED_ACTIONS,
  NeedInputSchema,
  NeedSchema,
  NeedStatusSchema,
  NeedVisibilitySchema,
  needQualityHints,
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
import * as z from 'zod';

const tags = ['技术需求 Technology needs'];

/** An optional text filter; an empty search box means no filter. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);

const QualitySchema = z.object({
  score: z.int().min(0).max(100),
  hints: z.array(
    z.object({ code: z.string(), severity: z.enum(['high', 'medium', 'low']), message: z.string() }),
  ),
});
const NeedListItemSchema = NeedSchema.extend({ ownerName: z.string(), quality: QualitySchema });
const NeedViewSchema = NeedListItemSchema.extend({
  availableActions: z.array(z.enum(NEED_ACTIONS)),
  canEdit: z.boolean(),
});
const Version = z.object({ version: z.int({ error: '请提供版本号 / version is required' }).positive() });

/** A half-filled form is enough for hints: every field may be missing, odd values are ignored. */
const DraftSchema = z
  .object({
    title: z.string().max(200).nullish(),
    description: z.string().max(5000).nullish(),
    targets: z.array(z.string().max(500)).max(50).nullish(),
    industryChains: z.array(z.string().max(100)).max(50).nullish(),
    ipc: z.array(z.string().max(50)).max(50).nullish(),
    budget: z.object({ minFen: FenSchema.nullish(), maxFen: FenSchema.nullish() }).nullish(),
    deadline: z.string().max(30).nullish(),
  })
  .transform(({ budget, deadline, ipc, ...draft }) => ({
    title: draft.title ?? '',
    description: draft.description ?? '',
    targets: draft.targets ?? [],
    industryChains: draft.industryChains ?? [],
    ...(ipc ? { ipc } : {}),
    ...(budget?.maxFen != null ? { budget: { minFen: budget.minFen ?? 0, maxFen: budget.maxFen } } : {}),
    ...(deadline && z.iso.date().safeParse(deadline).success ? { deadline } : {}),
  }));

const list = defineRoute({
  method: 'get',
  path: '/needs',
  tags,
  summary: '技术需求台账：本企业的需求，或服务机构/园区管理的需求 / the need ledger',
  request: {
    query: z.object({
      status: NeedStatusSchema.optional(),
      visibility: NeedVisibilitySchema.optional(),
      industryChain: optionalText(50),
      enterpriseOrgId: optionalText(40).describe(
        '服务机构/园区按企业筛选；知识产权局查看某企业台账 / one enterprise’s needs',
      ),
      q: optionalText(100).describe('需求名称包含 / title contains'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(2048).optional(),
    }),
  },
  responses: {
    200: {
      description: '需求，最新在前 / needs, newest first',
      schema: z.object({ items: z.array(NeedListItemSchema), nextCursor: z.string().optional() }),
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
    body: NeedInputSchema.extend({
      enterpriseOrgId: z
        .string()
        .trim()
        .min(1)
        .max(40)
        .optional()
        .describe('服务机构/园区代其登记的企业 / the enterprise an agency or park collects for'),
    }),
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
  request: { body: DraftSchema },
  responses: {
    200: { description: '评分与提示 / score and hints', schema: QualitySchema },
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
  request: { params: IdParamSchema, body: NeedInputSchema.and(Version) },
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
    body: z
      .object({
        action: z.enum(NEED_ACTIONS, { error: '操作无效 / unknown action' }),
        reason: z.string().max(500).optional().describe('关闭时必填 / required to close'),
      })
      .and(Version),
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
