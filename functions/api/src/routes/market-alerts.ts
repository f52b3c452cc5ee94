import { getFieldAlerts, saveFieldAlerts, stopFieldAlerts, unsubscribeFieldAlerts } from '@openlicense/app';
import {
  FieldAlertSaveSchema,
  FieldAlertsUnsubscribedSchema,
  FieldAlertsViewSchema,
} from '@openlicense/contract';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, defineRoute, guard } from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['未满足需求与领域提醒 Unmet demand and field alerts'];
const ok = {
  200: { description: '订阅与最近的周报 / subscription and latest alerts', schema: FieldAlertsViewSchema },
};

const read = defineRoute({
  method: 'get',
  path: '/market/alerts',
  tags,
  summary: '本校的领域提醒订阅与周报 / the university’s field alert subscription and weekly alerts',
  responses: { ...ok, ...COMMON_ERRORS },
});
const save = defineRoute({
  method: 'put',
  path: '/market/alerts',
  tags,
  summary: '订阅领域提醒（IPC前缀/产业链，可选邮箱）/ subscribe to field alerts',
  request: { body: FieldAlertSaveSchema },
  responses: { ...ok, ...COMMON_ERRORS },
});
const stop = defineRoute({
  method: 'delete',
  path: '/market/alerts',
  tags,
  summary: '停止领域提醒 / stop the field alerts',
  responses: { ...ok, ...COMMON_ERRORS },
});
const unsubscribe = defineRoute({
  method: 'get',
  path: '/market/alerts/unsubscribe',
  tags,
  public: true,
  summary: '周报邮件中的一键退订链接（无需登录）/ the e-mail’s one-click unsubscribe link',
  request: {
    query: z.object({
      token: z
        .string({ error: '缺少退订令牌 / token is required' })
        .check(z.minLength(1, '缺少退订令牌 / token is required'), z.maxLength(200)),
    }),
  },
  responses: {
    200: { description: '已退订 / unsubscribed', schema: FieldAlertsUnsubscribedSchema },
    ...COMMON_ERRORS,
  },
});

export const marketAlertsRoutes = (router: ApiRouter) =>
  router
    .route(read, async (c) => {
      const principal = guard(c, 'market.alerts.manage');
      return c.json(await getFieldAlerts(c.get('deps'), principal));
    })
    .route(save, async (c, { body }) => {
      const principal = guard(c, 'market.alerts.manage');
      return c.json(await saveFieldAlerts(c.get('deps'), principal, body));
    })
    .route(stop, async (c) => {
      const principal = guard(c, 'market.alerts.manage');
      return c.json(await stopFieldAlerts(c.get('deps'), principal));
    })
    .route(unsubscribe, async (c, { query: { token } }) =>
      c.json(await unsubscribeFieldAlerts(c.get('deps'), token)),
    );
