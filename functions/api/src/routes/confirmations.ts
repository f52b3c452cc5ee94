import { awaitingFor, orgInJurisdiction } from '@openlicense/app';
import { AwaitingListSchema } from '@openlicense/contract';
import { awaitingCounts } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard, YearQuerySchema } from '@openlicense/http';

const list = defineRoute({
  method: 'get',
  path: '/confirmations',
  tags: ['年度指标 Quotas'],
  summary:
    '待我确认：列明本机构尚未确认（或有异议）的已签约交易与被许可人登记的付款，确认前不计入考核；给出年份则只列该年；' +
    '知识产权局可指定机构 / what waits for your confirmation: signed deals naming you and payments recorded to you ' +
    'as licensor, not counted until you confirm; of one year if given; the IP office names any organisation',
  request: { query: YearQuerySchema },
  responses: {
    200: {
      description: '待确认与有异议 / unconfirmed and disputed',
      schema: AwaitingListSchema,
    },
    ...COMMON_ERRORS,
  },
});

export const confirmationRoutes = (router: ApiRouter) =>
  router.route(list, async (c, { query: { orgId, year } }) => {
    const principal = guard(c, 'quota.read', orgId ? { ownerOrgId: orgId } : {});
    const deps = c.get('deps');
    // The IP office sees another organisation's only within its jurisdiction, as for its quota.
    if (orgId) await orgInJurisdiction(deps, principal, 'quota.read', orgId);
    const own = orgId ?? principal.membership?.orgId ?? '';
    const items = await awaitingFor(deps, own, year);
    return c.json({ orgId: own, items, counts: awaitingCounts(items) });
  });
