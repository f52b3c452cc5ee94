import {
  DISPUTE_FILED_MESSAGE,
  listPatentDisputes,
  loadPatentDispute,
  openPatentDispute,
  resolvePatentDispute,
} from '@openlicense/app';
import { PatentDisputeFiledSchema, PatentDisputePageSchema } from '@openlicense/contract';
import {
  PatentDisputeClaimSchema,
  PatentDisputeResolutionSchema,
  PatentDisputeSchema,
  PatentDisputeStatusSchema,
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

const tags = ['专利权属异议 Patent disputes'];
const UNPROCESSABLE = { 422: { description: '不是专利权人 / not among the patentees' } } as const;
const parties = (d: { claimantOrgId: string; holderOrgId: string }) => [d.claimantOrgId, d.holderOrgId];

const list = defineRoute({
  method: 'get',
  path: '/patent-disputes',
  tags,
  summary:
    '权属异议：本机构提出或被提出的（新→旧）；知识产权局：辖区内待裁决的（旧→新）/ disputes my organisation is party to; the IP office: its queue',
  request: {
    query: z.object({
      status: z.optional(PatentDisputeStatusSchema),
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: {
    200: {
      description: '权属异议 / disputes',
      schema: PatentDisputePageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const open = defineRoute({
  method: 'post',
  path: '/patent-disputes',
  tags,
  summary:
    '对他人已登记的专利号提出权属异议，由知识产权局裁决 / claim a patent number another organisation holds; the IP office decides',
  request: { headers: IdempotencyHeaderSchema, body: PatentDisputeClaimSchema },
  responses: {
    202: {
      description: '已提交知识产权局 / filed with the IP office',
      schema: PatentDisputeFiledSchema,
    },
    ...COMMON_ERRORS,
    ...CONFLICT,
    ...UNPROCESSABLE,
  },
});
const read = defineRoute({
  method: 'get',
  path: '/patent-disputes/{id}',
  tags,
  summary: '一项权属异议 / one dispute',
  request: { params: IdParamSchema },
  responses: { 200: { description: '权属异议 / dispute', schema: PatentDisputeSchema }, ...COMMON_ERRORS },
});
const resolve = defineRoute({
  method: 'post',
  path: '/patent-disputes/{id}/resolve',
  tags,
  summary:
    '知识产权局裁决：归属申请方（专利移入其台账）或维持持有方，附理由 / the IP office decides, with a reason',
  request: { headers: IdempotencyHeaderSchema, params: IdParamSchema, body: PatentDisputeResolutionSchema },
  responses: {
    200: { description: '已裁决 / decided', schema: PatentDisputeSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const patentDisputeRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query: { status, limit, cursor } }) => {
      const principal = guard(c, 'patent.dispute.list');
      return c.json(await listPatentDisputes(c.get('deps'), principal, { status, limit, cursor }));
    })
    .route(open, async (c, { body }) => {
      const principal = guard(c, 'patent.add');
      const dispute = await openPatentDispute(c.get('deps'), principal, body);
      return c.json({ dispute, message: DISPUTE_FILED_MESSAGE }, 202);
    })
    .route(read, async (c, { params: { id } }) => {
      const dispute = await loadPatentDispute(c.get('deps'), id);
      guard(c, 'patent.dispute.read', { parties: parties(dispute) });
      return c.json(dispute);
    })
    .route(resolve, async (c, { params: { id }, body }) => {
      const dispute = await loadPatentDispute(c.get('deps'), id);
      const principal = guard(c, 'patent.dispute.resolve', { parties: parties(dispute) });
      return c.json(await resolvePatentDispute(c.get('deps'), principal, dispute, body));
    });
