import { getPushSettings, savePushSettings } from '@openlicense/app';
import { PushSettingsSaveSchema } from '@openlicense/contract';
import { PushSettingsSchema } from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, CONFLICT, defineRoute, guard } from '@openlicense/http';

const tags = ['精准推送 Precise push'];

const read = defineRoute({
  method: 'get',
  path: '/push-settings',
  tags,
  summary: '自动推送设置（服务机构/园区）/ auto-push settings',
  responses: { 200: { description: '设置 / settings', schema: PushSettingsSchema }, ...COMMON_ERRORS },
});
const save = defineRoute({
  method: 'put',
  path: '/push-settings',
  tags,
  summary: '保存自动推送设置（管理员，乐观锁）/ save (admin, optimistic locking)',
  request: { body: PushSettingsSaveSchema },
  responses: {
    200: { description: '已保存 / saved', schema: PushSettingsSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const pushSettingsRoutes = (router: ApiRouter) =>
  router
    .route(read, async (c) => {
      const principal = guard(c, 'push.settings.read');
      return c.json(await getPushSettings(c.get('deps'), principal));
    })
    .route(save, async (c, { body: { version, ...input } }) => {
      const principal = guard(c, 'push.settings.write');
      return c.json(await savePushSettings(c.get('deps'), principal, input, version));
    });
