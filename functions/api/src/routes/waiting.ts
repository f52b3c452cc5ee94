import { waitingFor } from '@openlicense/app';
import { WaitingSchema } from '@openlicense/contract';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard } from '@openlicense/http';

const waiting = defineRoute({
  method: 'get',
  path: '/me/waiting',
  tags: ['账号 Account'],
  summary:
    '待我处理：本人所在机构等待处理的事项（代码与件数）及本年指标进度 / what waits for me: codes and counts of ' +
    'the tasks waiting for my organisation, and this year’s quotas at a glance',
  responses: {
    200: { description: '待办事项与指标 / waiting items and quotas', schema: WaitingSchema },
    ...COMMON_ERRORS,
  },
});

export const waitingRoutes = (router: ApiRouter) =>
  router.route(waiting, async (c) => {
    const principal = guard(c, 'me.read');
    return c.json(await waitingFor(c.get('deps'), principal));
  });
