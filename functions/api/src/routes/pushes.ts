import { listBrokerPushes, orgInJurisdiction, pushSummary, yearOr } from '@openlicense/app';
import { PushPageSchema, PushSummarySchema } from '@openlicense/contract';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard, YearQuerySchema } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['精准推送 Precise push'];

const list = defineRoute({
  method: 'get',
  path: '/pushes',
  tags,
  summary:
    '服务机构/园区某年的推送记录（配额证据），最新在前 / a broker’s pushes of a year, the quota’s evidence',
  request: {
    query: z.extend(YearQuerySchema, {
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: {
    200: {
      description: '推送 / pushes',
      schema: PushPageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const summary = defineRoute({
  method: 'get',
  path: '/pushes/summary',
  tags,
  summary: '推送统计：按月进度、阅读率、反馈率 / monthly progress, read and feedback rates',
  request: { query: YearQuerySchema },
  responses: {
    200: {
      description: '统计 / summary',
      schema: PushSummarySchema,
    },
    ...COMMON_ERRORS,
  },
});

export const pushRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query: { orgId, year, ...page } }) => {
      const principal = guard(c, 'push.list', orgId ? { ownerOrgId: orgId } : {});
      const deps = c.get('deps');
      if (orgId) await orgInJurisdiction(deps, principal, 'evidence.read', orgId);
      const org = orgId ?? principal.membership?.orgId ?? '';
      return c.json(await listBrokerPushes(deps, org, yearOr(deps, year), page));
    })
    .route(summary, async (c, { query: { orgId, year } }) => {
      const principal = guard(c, 'push.list', orgId ? { ownerOrgId: orgId } : {});
      const deps = c.get('deps');
      if (orgId) await orgInJurisdiction(deps, principal, 'evidence.read', orgId);
      return c.json(await pushSummary(deps, orgId ?? principal.membership?.orgId ?? '', yearOr(deps, year)));
    });
