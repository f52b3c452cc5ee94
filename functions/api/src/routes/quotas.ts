import { QuotaTargetSchema } from '@openlicense/domain';
import * as z from 'zod';
import type { ApiRouter } from '../http/api-router.ts';
import { guard } from '../http/guard.ts';
import { defineRoute } from '../http/route-spec.ts';
import { COMMON_ERRORS } from '../http/schemas.ts';
import { yearOr } from '../use-cases/push-broker.ts';
import { quotaReport } from '../use-cases/quotas.ts';
import { YearQuerySchema } from './pushes.ts';

const list = defineRoute({
  method: 'get',
  path: '/quotas',
  tags: ['年度指标 Quotas'],
  summary:
    '本机构某年的指标：目标、实际、是否达成（服务机构/园区：精准推送 1,000 次）/ the yearly targets with ' +
    'target, actual and met',
  request: { query: YearQuerySchema },
  responses: {
    200: {
      description: '指标 / targets',
      schema: z.object({ orgId: z.string(), year: z.int(), targets: z.array(QuotaTargetSchema) }),
    },
    ...COMMON_ERRORS,
  },
});

export const quotaRoutes = (router: ApiRouter) =>
  router.route(list, async (c, { query: { orgId, year } }) => {
    const principal = guard(c, 'quota.read', orgId ? { ownerOrgId: orgId } : {});
    const deps = c.get('deps');
    return c.json(await quotaReport(deps, orgId ?? principal.membership?.orgId ?? '', yearOr(deps, year)));
  });
