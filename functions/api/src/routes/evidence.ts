import { listEvidence, orgInJurisdiction, verifyEvidence, yearOr } from '@openlicense/app';
import { ChainCheckSchema, EvidenceListSchema } from '@openlicense/contract';
import { EvidenceKindSchema, QuotaKeySchema } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard, YearQuerySchema } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['年度指标 Quotas'];

const list = defineRoute({
  method: 'get',
  path: '/evidence',
  tags,
  summary:
    '本机构某年的指标佐证（哈希链，按序号）；可按类型或指标筛选；知识产权局可查看任一机构 / the year’s ' +
    'hash-chained quota evidence, oldest first, by kind or by the target it proves',
  request: {
    query: z.extend(YearQuerySchema, {
      kind: z.optional(EvidenceKindSchema).check(z.describe('佐证类型 / evidence kind')),
      target: z
        .optional(QuotaKeySchema)
        .check(z.describe('只看证明某项指标的佐证 / only what proves this target')),
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(2000)), 500),
      after: z
        .optional(z.coerce.number().check(z.int(), z.gte(0)))
        .check(z.describe('上一页的 nextAfter（序号）/ the previous page’s nextAfter (a seq)')),
    }),
  },
  responses: {
    200: {
      description: '佐证 / evidence',
      schema: EvidenceListSchema,
    },
    ...COMMON_ERRORS,
  },
});

const verify = defineRoute({
  method: 'get',
  path: '/evidence/verify',
  tags,
  summary:
    '重新计算本机构（或知识产权局指定机构）的证据哈希链，报告第一处断裂 / recompute the evidence chain and ' +
    'report the first broken link',
  request: { query: z.pick(YearQuerySchema, { orgId: true }) },
  responses: {
    200: {
      description: '校验结果 / the check',
      schema: ChainCheckSchema,
    },
    ...COMMON_ERRORS,
  },
});

export const evidenceRoutes = (router: ApiRouter) =>
  router
    .route(verify, async (c, { query: { orgId } }) => {
      const principal = guard(c, 'evidence.read', orgId ? { ownerOrgId: orgId } : {});
      if (orgId) await orgInJurisdiction(c.get('deps'), principal, 'evidence.read', orgId);
      return c.json(await verifyEvidence(c.get('deps'), orgId ?? principal.membership?.orgId ?? ''));
    })
    .route(list, async (c, { query: { orgId, year, kind, target, limit, after } }) => {
      const principal = guard(c, 'evidence.read', orgId ? { ownerOrgId: orgId } : {});
      const deps = c.get('deps');
      if (orgId) await orgInJurisdiction(deps, principal, 'evidence.read', orgId);
      const org = orgId ?? principal.membership?.orgId ?? '';
      return c.json(await listEvidence(deps, org, yearOr(deps, year), { kind, target }, { limit, after }));
    });
