import { ContactSchema } from '@openlicense/domain';
import * as z from 'zod';
import type { ApiRouter } from '../http/api-router.ts';
import { guard } from '../http/guard.ts';
import { defineRoute } from '../http/route-spec.ts';
import { COMMON_ERRORS } from '../http/schemas.ts';
import { approvedAgents } from '../use-cases/approved-agents.ts';

const AgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['agency', 'park']),
  regionCode: z.string(),
  contact: ContactSchema,
});

const list = defineRoute({
  method: 'get',
  path: '/agents',
  tags: ['委托授权 Authorisations'],
  summary: '可委托的服务机构与园区（已审核）/ approved agencies and parks an enterprise may authorise',
  request: { query: z.object({ type: z.enum(['agency', 'park']).optional() }) },
  responses: {
    200: { description: '按名称排序 / by name', schema: z.object({ items: z.array(AgentSchema) }) },
    ...COMMON_ERRORS,
  },
});

export const agentRoutes = (router: ApiRouter) =>
  router.route(list, async (c, { query: { type } }) => {
    guard(c, 'agent.list');
    return c.json({ items: await approvedAgents(c.get('deps'), type) });
  });
