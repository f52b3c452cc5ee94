import { approvedAgents } from '@openlicense/app';
import { AgentListSchema } from '@openlicense/contract/authorisations';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard } from '@openlicense/http';
import * as z from 'zod/mini';

const list = defineRoute({
  method: 'get',
  path: '/agents',
  tags: ['委托授权 Authorisations'],
  summary: '可委托的服务机构与园区（已审核）/ approved agencies and parks an enterprise may authorise',
  request: { query: z.object({ type: z.optional(z.enum(['agency', 'park'])) }) },
  responses: {
    200: { description: '按名称排序 / by name', schema: AgentListSchema },
    ...COMMON_ERRORS,
  },
});

export const agentRoutes = (router: ApiRouter) =>
  router.route(list, async (c, { query: { type } }) => {
    guard(c, 'agent.list');
    return c.json({ items: await approvedAgents(c.get('deps'), type) });
  });
