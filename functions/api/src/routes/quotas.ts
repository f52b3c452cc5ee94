import { orgInJurisdiction, quotaOverview, quotaReport, yearOr } from '@openlicense/app';
import { QuotaOverviewSchema, QuotaReportSchema } from '@openlicense/contract';
import { OrgTypeSchema, QuotaStatusSchema } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard, YearQuerySchema } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['年度指标 Quotas'];

const list = defineRoute({
  method: 'get',
  path: '/quotas',
  tags,
  summary:
    '本机构某年的指标：目标、实际、是否达成、状态（已达成/进度正常/有风险/未达成）/ the yearly targets with ' +
    'target, actual, met and status (met, on_track, at_risk, missed); the IP office names any organisation',
  request: { query: YearQuerySchema },
  responses: {
    200: { description: '指标 / targets', schema: QuotaReportSchema },
    ...COMMON_ERRORS,
  },
});

const overview = defineRoute({
  method: 'get',
  path: '/quotas/overview',
  tags,
  summary:
    '知识产权局总览：本局辖区内（按行政区划代码前缀）每个已入驻机构的年度指标与总体状态 / every approved ' +
    'organisation’s targets within the IP office’s region',
  request: {
    query: z.extend(z.omit(YearQuerySchema, { orgId: true }), {
      type: z.optional(OrgTypeSchema).check(z.describe('机构类型 / organisation type')),
      status: z.optional(QuotaStatusSchema).check(z.describe('总体状态 / overall status')),
    }),
  },
  responses: {
    200: {
      description: '总览 / overview',
      schema: QuotaOverviewSchema,
    },
    ...COMMON_ERRORS,
  },
});

export const quotaRoutes = (router: ApiRouter) =>
  router
    .route(overview, async (c, { query: { year, type, status } }) => {
      const office = guard(c, 'quota.overview');
      const deps = c.get('deps');
      const region = office.membership?.regionCode;
      return c.json(await quotaOverview(deps, yearOr(deps, year), { type, status }, region));
    })
    .route(list, async (c, { query: { orgId, year } }) => {
      const principal = guard(c, 'quota.read', orgId ? { ownerOrgId: orgId } : {});
      const deps = c.get('deps');
      if (orgId) await orgInJurisdiction(deps, principal, 'quota.read', orgId);
      return c.json(await quotaReport(deps, orgId ?? principal.membership?.orgId ?? '', yearOr(deps, year)));
    });
