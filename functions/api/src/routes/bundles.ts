import {
  bundleDetail,
  bundleReviewQueue,
  bundleRoyaltyFor,
  changeBundleStatus,
  decideConsent,
  draftBundle,
  editBundleTerms,
  listBundles,
  loadBundle,
  POLICY_FOR_BUNDLE_ACTION,
} from '@openlicense/app';
import {
  BundleConsentInputSchema,
  BundleDetailSchema,
  BundlePageSchema,
  BundleReviewPageSchema,
  BundleTransitionInputSchema,
} from '@openlicense/contract';
import {
  BundleDraftInputSchema,
  type BundleRecord,
  bundleAccessSubject,
  DomainError,
  isPublicBundle,
  type Principal,
} from '@openlicense/domain';
import type { ApiRouter, AppEnv } from '@openlicense/http';
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
import type { Context } from 'hono';
import * as z from 'zod/mini';

const tags = ['专利包与公共专利池 Bundles and public patent pools'];

const UNPROCESSABLE = { 422: { description: '不满足专利包条件 / a rule refuses it' } } as const;
const Cursor = z.optional(z.string().check(z.maxLength(2048)));
const Limit = z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20);
const Version = z.number().check(z.int(), z.positive());

const list = defineRoute({
  method: 'get',
  path: '/bundles',
  tags,
  summary:
    '本机构组建的专利包，以及含本机构专利的专利包（新→旧）/ bundles my organisation organises or holds patents in, newest first',
  request: { query: z.object({ limit: Limit, cursor: Cursor }) },
  responses: {
    200: {
      description: '专利包 / bundles',
      schema: BundlePageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const create = defineRoute({
  method: 'post',
  path: '/bundles',
  tags,
  summary: '组建专利包草稿（成员专利的持有人从专利台账查得）/ draft a bundle; holders come from the ledger',
  request: { headers: IdempotencyHeaderSchema, body: BundleDraftInputSchema },
  responses: {
    201: { description: '草稿 / draft', schema: BundleDetailSchema },
    ...COMMON_ERRORS,
    ...UNPROCESSABLE,
  },
});
const queue = defineRoute({
  method: 'get',
  path: '/bundles/review-queue',
  tags,
  summary: '待审核的专利包（先到先审）/ the IP office’s bundle review queue, oldest first',
  request: { query: z.object({ limit: Limit, cursor: Cursor }) },
  responses: {
    200: {
      description: '待审核 / waiting for review',
      schema: BundleReviewPageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const read = defineRoute({
  method: 'get',
  path: '/bundles/{id}',
  tags,
  public: true,
  summary:
    '专利包详情、是否在提供及原因、可执行操作；已公告的公共专利池无需登录 / detail, offer, next actions; public once published',
  request: { params: IdParamSchema },
  responses: { 200: { description: '专利包 / bundle', schema: BundleDetailSchema }, ...COMMON_ERRORS },
});
const update = defineRoute({
  method: 'put',
  path: '/bundles/{id}',
  tags,
  summary:
    '修改草稿或被驳回的专利包（乐观锁；条款变化时各持有人须重新同意）/ edit a draft or rejected bundle; changed terms void consents',
  request: {
    params: IdParamSchema,
    body: z.intersection(BundleDraftInputSchema, z.object({ version: Version })),
  },
  responses: {
    200: { description: '已保存 / saved', schema: BundleDetailSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    ...UNPROCESSABLE,
  },
});
const consents = defineRoute({
  method: 'post',
  path: '/bundles/{id}/consents',
  tags,
  summary:
    '成员专利持有机构（管理员）同意或拒绝以其全部成员专利加入专利包 / a holder’s admin consents or declines for all its member patents',
  request: {
    params: IdParamSchema,
    headers: IdempotencyHeaderSchema,
    body: BundleConsentInputSchema,
  },
  responses: {
    200: { description: '已记录 / recorded', schema: BundleDetailSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    ...UNPROCESSABLE,
  },
});
const move = defineRoute({
  method: 'post',
  path: '/bundles/{id}/transitions',
  tags,
  summary: '提交、公告、驳回、撤回 / submit, publish, reject, withdraw',
  request: {
    params: IdParamSchema,
    headers: IdempotencyHeaderSchema,
    body: BundleTransitionInputSchema,
  },
  responses: {
    200: { description: '新状态 / the bundle after the change', schema: BundleDetailSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    ...UNPROCESSABLE,
  },
});
const royalty = defineRoute({
  method: 'get',
  path: '/bundles/{id}/royalty',
  tags,
  public: true,
  summary: '专利包许可使用费测算 / royalty calculator for the bundle’s terms',
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

/**
 * The bundle `id` if the caller may see it: participants and the IP office always, anyone (signed in or
 * not) once it is public. An anonymous caller gets 404 for anything else, as for a missing bundle.
 */
async function readable(
  c: Context<AppEnv>,
  id: string,
): Promise<{ record: BundleRecord; principal?: Principal }> {
  const record = await loadBundle(c.get('deps'), id);
  if (!c.get('principal')) {
    if (!isPublicBundle(record.status))
      throw new DomainError('not_found', '未找到该专利包 / bundle not found', 404);
    return { record };
  }
  return { record, principal: guard(c, 'bundle.read', { bundle: bundleAccessSubject(record) }) };
}

export const bundleRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query }) => {
      const principal = guard(c, 'bundle.list');
      return c.json(await listBundles(c.get('deps'), principal, query));
    })
    .route(create, async (c, { body }) => {
      const deps = c.get('deps');
      const principal = guard(c, 'bundle.organise');
      return c.json(await bundleDetail(deps, principal, await draftBundle(deps, principal, body)), 201);
    })
    .route(queue, async (c, { query }) => {
      guard(c, 'bundle.review');
      return c.json(await bundleReviewQueue(c.get('deps'), query));
    })
    .route(read, async (c, { params: { id } }) => {
      const { record, principal } = await readable(c, id);
      return c.json(await bundleDetail(c.get('deps'), principal, record));
    })
    .route(update, async (c, { params: { id }, body: { version, ...input } }) => {
      const deps = c.get('deps');
      const current = await loadBundle(deps, id);
      const principal = guard(c, 'bundle.organise', { bundle: bundleAccessSubject(current) });
      return c.json(
        await bundleDetail(deps, principal, await editBundleTerms(deps, current, input, version)),
      );
    })
    .route(consents, async (c, { params: { id }, body }) => {
      const deps = c.get('deps');
      const current = await loadBundle(deps, id);
      const principal = guard(c, 'bundle.consent', { bundle: bundleAccessSubject(current) });
      return c.json(await bundleDetail(deps, principal, await decideConsent(deps, principal, id, body)));
    })
    .route(move, async (c, { params: { id }, body }) => {
      const deps = c.get('deps');
      const current = await loadBundle(deps, id);
      const bundle = bundleAccessSubject(current);
      const principal = guard(c, POLICY_FOR_BUNDLE_ACTION[body.action], { bundle });
      return c.json(
        await bundleDetail(deps, principal, await changeBundleStatus(deps, principal, current, body)),
      );
    })
    .route(royalty, async (c, { params: { id }, query }) => {
      const { record } = await readable(c, id);
      return c.json(bundleRoyaltyFor(record, query));
    });
