import { getQuotaTargets, saveQuotaTargets, yearOr } from '@openlicense/app';
import { QuotaTargetsSaveSchema, QuotaTargetsViewSchema } from '@openlicense/contract';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, CONFLICT, defineRoute, guard, YearQuerySchema } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['年度指标 Quotas'];
const YearOnly = z.omit(YearQuerySchema, { orgId: true });

const read = defineRoute({
  method: 'get',
  path: '/quota-targets',
  tags,
  summary:
    '某年各类机构的考核目标（未设置时为衡阳 2023 指引的默认值，版本 0）/ the year’s target values for every ' +
    'role (the guide’s defaults, version 0, until the IP office sets them); amounts in fen',
  request: { query: YearOnly },
  responses: { 200: { description: '目标 / targets', schema: QuotaTargetsViewSchema }, ...COMMON_ERRORS },
});

const save = defineRoute({
  method: 'put',
  path: '/quota-targets',
  tags,
  summary:
    '知识产权局设置某年的考核目标（可只改部分角色、部分数值；乐观锁）/ the IP office sets the year’s targets ' +
    '(any part of any role; optimistic locking on version)',
  request: {
    query: YearOnly,
    body: QuotaTargetsSaveSchema,
  },
  responses: {
    200: { description: '已保存 / saved', schema: QuotaTargetsViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const quotaTargetRoutes = (router: ApiRouter) =>
  router
    .route(read, async (c, { query: { year } }) => {
      guard(c, 'quota.targets.read');
      const deps = c.get('deps');
      return c.json(await getQuotaTargets(deps, yearOr(deps, year)));
    })
    .route(save, async (c, { query: { year }, body: { version, ...patch } }) => {
      const principal = guard(c, 'quota.targets.write');
      const deps = c.get('deps');
      return c.json(await saveQuotaTargets(deps, principal, yearOr(deps, year), patch, version));
    });
