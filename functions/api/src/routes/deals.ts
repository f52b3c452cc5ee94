import {
  confirmDeal,
  createDeal,
  dealParties,
  disputeDeal,
  listDeals,
  loadDeal,
  moveDeal,
} from '@openlicense/app';
import { DealPageSchema, DealViewSchema } from '@openlicense/contract';
import {
  DealConfirmInputSchema,
  DealDisputeInputSchema,
  DealInputSchema,
  DealMoveInputSchema,
  type DealSchema,
  DealStageSchema,
  dealRolesOf,
  dealStagesFrom,
  dealStanding,
  mayRecordStep,
  type Principal,
} from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import {
  COMMON_ERRORS,
  defineRoute,
  guard,
  IdempotencyHeaderSchema,
  IdParamSchema,
  YearQuerySchema,
} from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['交易 Deals'];

type Deal = z.infer<typeof DealSchema>;
const view = (deal: Deal, principal: Principal) => {
  const roles = dealRolesOf(deal, principal.membership?.orgId ?? '');
  const nextStages = dealStagesFrom(deal.stage);
  const named = [...deal.suppliers, deal.acquirer, ...(deal.broker ? [deal.broker] : [])];
  return {
    ...deal,
    nextStages,
    recordableStages: nextStages.filter((to) => mayRecordStep(roles, to)),
    parties: deal.partyOrgIds.map((orgId) => {
      const answer = deal.confirmations.find((c) => c.orgId === orgId);
      return {
        orgId,
        name: named.find((p) => p.orgId === orgId)?.name ?? orgId,
        roles: dealRolesOf(deal, orgId),
        status: dealStanding(deal, orgId),
        ...(answer ? { at: answer.at } : {}),
        ...(answer?.reason ? { reason: answer.reason } : {}),
        counted: answer?.countedAt !== undefined,
      };
    }),
  };
};

const create = defineRoute({
  method: 'post',
  path: '/deals',
  tags,
  summary:
    '登记交易（普通/独占/排他许可、转让、作价入股、合作开发）：供方、受让方或服务机构；可由推送线索或对接活动转入 / ' +
    'record a negotiated deal: a party or the broker; from a push lead or an event',
  request: { headers: IdempotencyHeaderSchema, body: DealInputSchema },
  responses: {
    201: { description: '已登记 / recorded', schema: DealViewSchema },
    ...COMMON_ERRORS,
    409: {
      description:
        'open_licence_published（专利开放许可已公告，不能独占/排他许可，请先撤回）、lead_converted（线索已转为交易）',
    },
    422: { description: '输入有误（指明字段）/ invalid input, naming the field' },
  },
});
const list = defineRoute({
  method: 'get',
  path: '/deals',
  tags,
  summary:
    '本机构作为供方、受让方或服务机构的交易，最新在前，并附未转交易的推送线索；知识产权局看某年全部 / the pipeline: ' +
    'own deals newest first with open push leads; the IP office sees every deal of a year',
  request: {
    query: z.object({
      stage: z.optional(DealStageSchema),
      year: YearQuerySchema.shape.year,
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: {
    200: {
      description: '交易与线索 / deals and leads',
      schema: DealPageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const read = defineRoute({
  method: 'get',
  path: '/deals/{id}',
  tags,
  summary: '交易详情与阶段记录 / one deal with its history',
  request: { params: IdParamSchema },
  responses: { 200: { description: '交易 / deal', schema: DealViewSchema }, ...COMMON_ERRORS },
});
const stage = defineRoute({
  method: 'post',
  path: '/deals/{id}/stage',
  tags,
  summary:
    '推进交易阶段（线索→已联系→洽谈中→已签约→已备案→已实施，或未成交并说明原因）；签约计入考核 / move the deal one ' +
    'stage on, or decline with a reason; signing counts toward the yearly targets',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: DealMoveInputSchema },
  responses: {
    200: { description: '已更新 / moved', schema: DealViewSchema },
    ...COMMON_ERRORS,
    409: {
      description:
        'stale_version（已被他人更新）、deal_stage（阶段不能跳转）、open_licence_published、amount_locked',
    },
    422: { description: 'amount_required（签约需填写金额）、decline（需说明原因）' },
  },
});

const confirm = defineRoute({
  method: 'post',
  path: '/deals/{id}/confirm',
  tags,
  summary:
    '本机构确认交易中自己的部分（供方确认专利与金额、受让方确认引进、服务机构确认促成）；签约后确认即计入本机构考核，仅一次 / ' +
    'confirm your own part of the deal; once signed, it counts for your organisation (once) with its evidence',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: DealConfirmInputSchema },
  responses: {
    200: { description: '已确认 / confirmed', schema: DealViewSchema },
    ...COMMON_ERRORS,
    409: { description: 'stale_version（已被他人更新）、not_confirmable（洽谈中或签约后方可确认）' },
  },
});
const dispute = defineRoute({
  method: 'post',
  path: '/deals/{id}/dispute',
  tags,
  summary:
    '本机构拒绝交易中自己的部分并说明理由：不计入考核，异议记入各方佐证 / decline your part with a reason: nothing ' +
    'counts for you, and the dispute is evidence on every party’s trail',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: DealDisputeInputSchema },
  responses: {
    200: { description: '已记录异议 / disputed', schema: DealViewSchema },
    ...COMMON_ERRORS,
    409: { description: 'stale_version、not_confirmable、already_confirmed（已确认并计入，不能再拒绝）' },
    422: { description: 'reason（需说明理由）' },
  },
});

export const dealRoutes = (router: ApiRouter) =>
  router
    .route(create, async (c, { body }) => {
      const principal = guard(c, 'deal.write');
      return c.json(view(await createDeal(c.get('deps'), principal, body), principal), 201);
    })
    .route(list, async (c, { query }) => {
      const principal = guard(c, 'deal.list');
      const result = await listDeals(c.get('deps'), principal, query);
      return c.json({ ...result, items: result.items.map((deal) => view(deal, principal)) });
    })
    .route(read, async (c, { params: { id } }) => {
      guard(c, 'deal.list');
      const deal = await loadDeal(c.get('deps'), id);
      const principal = guard(c, 'deal.read', { parties: dealParties(deal) });
      return c.json(view(deal, principal));
    })
    .route(stage, async (c, { params: { id }, body }) => {
      guard(c, 'deal.write');
      const deal = await loadDeal(c.get('deps'), id);
      guard(c, 'deal.read', { parties: dealParties(deal) });
      const principal = guard(c, 'deal.write', { parties: dealParties(deal) });
      if (body.to === 'signed') guard(c, 'deal.sign');
      return c.json(view(await moveDeal(c.get('deps'), principal, deal, body), principal));
    })
    .route(confirm, async (c, { params: { id }, body }) => {
      const { principal, deal } = await answerGuard(c, id);
      return c.json(view(await confirmDeal(c.get('deps'), principal, deal, body), principal));
    })
    .route(dispute, async (c, { params: { id }, body }) => {
      const { principal, deal } = await answerGuard(c, id);
      return c.json(view(await disputeDeal(c.get('deps'), principal, deal, body), principal));
    });

/** A party of the deal, of an approved organisation, answering for it (as for signing). */
async function answerGuard(c: Parameters<typeof guard>[0], id: string) {
  guard(c, 'deal.write');
  const deal = await loadDeal(c.get('deps'), id);
  guard(c, 'deal.read', { parties: dealParties(deal) });
  guard(c, 'deal.write', { parties: dealParties(deal) });
  return { principal: guard(c, 'deal.sign'), deal };
}
