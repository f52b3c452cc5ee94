import { approveProposal, listProposals, rejectProposal } from '@openlicense/app';
import { ProposalPageSchema } from '@openlicense/contract';
import {
  ApproveInputSchema,
  ProposalSchema,
  ProposalStatusSchema,
  PushSchema,
  RejectInputSchema,
} from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, CONFLICT, defineRoute, guard, IdempotencyHeaderSchema } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['精准推送 Precise push'];

const ULID = '[0-9A-HJKMNP-TV-Z]{26}';
/** `<needId>.<listingId>`, the listing id being a declaration's or `bundle:<id>`. */
const ProposalIdParamSchema = z.object({
  id: z
    .string()
    .check(
      z.regex(new RegExp(`^${ULID}\\.(bundle:)?${ULID}$`), '推荐编号格式不正确 / proposal id is not valid'),
    ),
});

const list = defineRoute({
  method: 'get',
  path: '/proposals',
  tags,
  summary:
    '待审核的推荐（服务机构/园区），最佳在前；期限内已推送或企业已退订的不列出，本周已满的标明可推送日期 / ' +
    'the broker’s queue, best first: pairs pushed within the window and unsubscribed enterprises are left out, ' +
    'a full weekly cap is marked with the day it frees up',
  request: {
    query: z.object({
      status: z._default(ProposalStatusSchema, 'proposed'),
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: {
    200: {
      description: '推荐 / proposals',
      schema: ProposalPageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const approve = defineRoute({
  method: 'post',
  path: '/proposals/{id}/approve',
  tags,
  summary: '批准推送（可附备注、修改推送说明）/ approve as a push (note, edited message)',
  request: { params: ProposalIdParamSchema, headers: IdempotencyHeaderSchema, body: ApproveInputSchema },
  responses: {
    201: { description: '已批准，等待送达 / approved, to be delivered', schema: PushSchema },
    ...COMMON_ERRORS,
    409: {
      description:
        'PUSH_DUPLICATE（期限内已推送）、PUSH_FREQUENCY_CAP（本周已满）、PUSH_UNSUBSCRIBED（企业已退订）、' +
        'PROPOSAL_PUSHED / PROPOSAL_REJECTED',
    },
  },
});
const reject = defineRoute({
  method: 'post',
  path: '/proposals/{id}/reject',
  tags,
  summary: '驳回推荐 / reject',
  request: { params: ProposalIdParamSchema, headers: IdempotencyHeaderSchema, body: RejectInputSchema },
  responses: {
    200: { description: '已驳回 / rejected', schema: ProposalSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const proposalRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query }) => {
      const principal = guard(c, 'proposal.list');
      return c.json(await listProposals(c.get('deps'), principal, query));
    })
    .route(approve, async (c, { params: { id }, body }) => {
      const principal = guard(c, 'push.send');
      return c.json(await approveProposal(c.get('deps'), principal, id, body), 201);
    })
    .route(reject, async (c, { params: { id }, body: { reason } }) => {
      const principal = guard(c, 'proposal.reject');
      return c.json(await rejectProposal(c.get('deps'), principal, id, reason));
    });
