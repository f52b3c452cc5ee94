import { getGradingSettings, saveGradingSettings } from '@openlicense/app';
import { GradingSettingsSaveSchema, GradingSettingsViewSchema } from '@openlicense/contract';
import type { ApiRouter } from '@openlicense/http';
import { COMMON_ERRORS, CONFLICT, defineRoute, guard } from '@openlicense/http';

const tags = ['专利分级设置 Grading settings'];

const read = defineRoute({
  method: 'get',
  path: '/grading-settings',
  tags,
  summary:
    '本局辖区的专利分级设置：重点产业链与 IPC→产业链对照表（未保存时为平台默认，版本 0）/ the office’s grading ' +
    'settings: priority chains and the IPC → chain table (the platform’s defaults, version 0, until saved)',
  responses: { 200: { description: '设置 / settings', schema: GradingSettingsViewSchema }, ...COMMON_ERRORS },
});

const save = defineRoute({
  method: 'put',
  path: '/grading-settings',
  tags,
  summary:
    '知识产权局保存本辖区的重点产业链与 IPC→产业链对照表（乐观锁；下次夜间分级生效）/ the IP office saves its ' +
    'priority chains and IPC → chain table (optimistic locking; effective at the next nightly grading)',
  request: { body: GradingSettingsSaveSchema },
  responses: {
    200: { description: '已保存 / saved', schema: GradingSettingsViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});

export const gradingSettingsRoutes = (router: ApiRouter) =>
  router
    .route(read, async (c) => {
      const principal = guard(c, 'grading.settings');
      return c.json(await getGradingSettings(c.get('deps'), principal));
    })
    .route(save, async (c, { body: { version, ...input } }) => {
      const principal = guard(c, 'grading.settings');
      return c.json(await saveGradingSettings(c.get('deps'), principal, input, version));
    });
