import {
  changeDeclarationStatus,
  checkTerms,
  declarationDetail,
  draftAndSubmitDeclaration,
  draftDeclaration,
  draftDeclarations,
  editDeclarationTerms,
  loadDeclaration,
  POLICY_FOR_ACTION,
  reviewQueue,
  royaltyFor,
} from '@openlicense/app';
import {
  DeclarationBatchInputSchema,
  DeclarationBatchResultSchema,
  DeclarationDetailSchema,
  DeclarationPageSchema,
  DeclarationTransitionInputSchema,
  GuardViewSchema,
  ReviewQueuePageSchema,
} from '@openlicense/contract';
import {
  DeclarationInputSchema,
  DeclarationRecordSchema,
  DeclarationStatusSchema,
} from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import {
  COMMON_ERRORS,
  CONFLICT,
  defineRoute,
  guard,
  IdempotencyHeaderSchema,
  IdParamSchema,
  RoyaltyEstimateSchema,
  RoyaltyQuerySchema,
} from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['开放许可声明 Open-licence declarations'];

const UNPROCESSABLE = { 422: { description: '不满足声明条件 / a rule of the law refuses it' } } as const;
const Cursor = z.optional(z.string().check(z.maxLength(2048)));

const list = defineRoute({
  method: 'get',
  path: '/declarations',
  tags,
  summary: '本机构的开放许可声明（新→旧）/ my organisation’s declarations, newest first',
  request: {
    query: z.object({
      status: z.optional(DeclarationStatusSchema),
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
      cursor: Cursor,
      orgId: z
        .optional(z.string().check(z.maxLength(40)))
        .check(z.describe('知识产权局查看某机构的声明 / the IP office may name an organisation')),
    }),
  },
  responses: { 200: { description: '声明 / declarations', schema: DeclarationPageSchema }, ...COMMON_ERRORS },
});
const create = defineRoute({
  method: 'post',
  path: '/declarations',
  tags,
  summary:
    '起草开放许可声明；submit=true 时起草并提交审核（一步，不满足条件则不留草稿）/ draft a declaration; with submit=true draft and submit it at once, leaving nothing when refused',
  request: {
    headers: IdempotencyHeaderSchema,
    query: z.object({
      submit: z
        .optional(z.enum(['true', 'false'], { error: 'submit 应为 true 或 false / submit is true or false' }))
        .check(z.describe('同时提交审核 / submit it for review in the same step')),
    }),
    body: DeclarationInputSchema,
  },
  responses: {
    201: {
      description: '草稿或已提交的声明 / the draft, or the submitted declaration',
      schema: DeclarationRecordSchema,
    },
    ...COMMON_ERRORS,
    ...CONFLICT,
    ...UNPROCESSABLE,
  },
});
const drafts = defineRoute({
  method: 'post',
  path: '/declarations/drafts',
  tags,
  summary:
    '批量起草开放许可声明（同一条款，逐件检查全部声明条件；至多 200 件）/ draft declarations for many patents with one set of terms, every guard checked per patent (at most 200)',
  request: { headers: IdempotencyHeaderSchema, body: DeclarationBatchInputSchema },
  responses: {
    200: {
      description:
        '逐件结果：已起草、已有草稿或被拒绝及其原因 / per patent: drafted, draft already open, or refused with each guard',
      schema: DeclarationBatchResultSchema,
    },
    ...COMMON_ERRORS,
  },
});
const check = defineRoute({
  method: 'post',
  path: '/declarations/check',
  tags,
  summary: '检查声明条件（不保存）/ check every guard without saving',
  request: { body: DeclarationInputSchema },
  responses: { 200: { description: '检查结果 / findings', schema: GuardViewSchema }, ...COMMON_ERRORS },
});
const queue = defineRoute({
  method: 'get',
  path: '/declarations/review-queue',
  tags,
  summary: '待审核的声明（先到先审）/ the IP office’s review queue, oldest first',
  request: {
    query: z.object({
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
      cursor: Cursor,
    }),
  },
  responses: {
    200: {
      description: '待审核 / waiting for review',
      schema: ReviewQueuePageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const read = defineRoute({
  method: 'get',
  path: '/declarations/{id}',
  tags,
  summary: '声明详情、当前条件检查、年费减免与可执行操作 / detail, guards now, annual fee, next actions',
  request: { params: IdParamSchema },
  responses: {
    200: { description: '声明 / declaration', schema: DeclarationDetailSchema },
    ...COMMON_ERRORS,
  },
});
const update = defineRoute({
  method: 'put',
  path: '/declarations/{id}',
  tags,
  summary: '修改草稿或被驳回的声明（乐观锁）/ edit a draft or rejected declaration',
  request: {
    params: IdParamSchema,
    body: z.intersection(
      DeclarationInputSchema,
      z.object({ version: z.number().check(z.int(), z.positive()) }),
    ),
  },
  responses: {
    200: { description: '已保存 / saved', schema: DeclarationRecordSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    ...UNPROCESSABLE,
  },
});
const move = defineRoute({
  method: 'post',
  path: '/declarations/{id}/transitions',
  tags,
  summary:
    '提交、公告、驳回、撤回、撤销、退回修改 / submit, publish, reject, withdraw, office_withdraw, revise',
  request: {
    params: IdParamSchema,
    headers: IdempotencyHeaderSchema,
    body: DeclarationTransitionInputSchema,
  },
  responses: {
    200: { description: '新状态 / the declaration after the change', schema: DeclarationDetailSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    ...UNPROCESSABLE,
  },
});
const royalty = defineRoute({
  method: 'get',
  path: '/declarations/{id}/royalty',
  tags,
  summary: '许可使用费测算 / royalty calculator for the declaration’s terms',
  request: {
    params: IdParamSchema,
    query: RoyaltyQuerySchema,
  },
  responses: {
    200: {
      description: '每年及合计应付（分）/ payable per licence year and in total, in fen',
      schema: RoyaltyEstimateSchema,
    },
    ...COMMON_ERRORS,
    ...UNPROCESSABLE,
  },
});

export const declarationRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query: { status, limit, cursor, orgId } }) => {
      const holder = orgId ?? c.get('principal')?.membership?.orgId ?? '';
      guard(c, 'declaration.read', { ownerOrgId: holder });
      return c.json(await c.get('deps').store.declarations.listByOrg(holder, { status, limit, cursor }));
    })
    .route(create, async (c, { query, body }) => {
      const principal = guard(c, 'declaration.write');
      if (query.submit !== 'true') return c.json(await draftDeclaration(c.get('deps'), principal, body), 201);
      guard(c, 'declaration.submit', { ownerOrgId: principal.membership?.orgId ?? '' });
      return c.json(await draftAndSubmitDeclaration(c.get('deps'), principal, body), 201);
    })
    .route(drafts, async (c, { body }) => {
      const principal = guard(c, 'declaration.write');
      return c.json(await draftDeclarations(c.get('deps'), principal, body));
    })
    .route(check, async (c, { body }) => {
      const principal = guard(c, 'declaration.write');
      return c.json(await checkTerms(c.get('deps'), principal, body));
    })
    .route(queue, async (c, { query }) => {
      guard(c, 'declaration.review');
      return c.json(await reviewQueue(c.get('deps'), query));
    })
    .route(read, async (c, { params: { id } }) => {
      const record = await loadDeclaration(c.get('deps'), id);
      const principal = guard(c, 'declaration.read', { ownerOrgId: record.holderOrgId });
      return c.json(await declarationDetail(c.get('deps'), principal, record));
    })
    .route(update, async (c, { params: { id }, body: { version, ...input } }) => {
      const current = await loadDeclaration(c.get('deps'), id);
      guard(c, 'declaration.read', { ownerOrgId: current.holderOrgId });
      guard(c, 'declaration.write', { ownerOrgId: current.holderOrgId });
      return c.json(await editDeclarationTerms(c.get('deps'), current, input, version));
    })
    .route(move, async (c, { params: { id }, body }) => {
      const deps = c.get('deps');
      const current = await loadDeclaration(deps, id);
      guard(c, 'declaration.read', { ownerOrgId: current.holderOrgId });
      const principal = guard(c, POLICY_FOR_ACTION[body.action], { ownerOrgId: current.holderOrgId });
      const next = await changeDeclarationStatus(deps, principal, current, body);
      return c.json(await declarationDetail(deps, principal, next));
    })
    .route(royalty, async (c, { params: { id }, query }) => {
      const record = await loadDeclaration(c.get('deps'), id);
      guard(c, 'declaration.read', { ownerOrgId: record.holderOrgId });
      return c.json(royaltyFor(record, query));
    });
