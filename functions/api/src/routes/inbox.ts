import {
  answerPush,
  getPreferences,
  inbox,
  loadInboxPush,
  readPush,
  savePreferences,
  unsubscribeByToken,
} from '@openlicense/app';
import {
  InboxPageSchema,
  PushPreferencesSaveSchema,
  PushPreferencesViewSchema,
  UnsubscribedSchema,
} from '@openlicense/contract';
import { FeedbackInputSchema, PushSchema } from '@openlicense/domain';
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

const tags = ['推送收件箱 Push inbox'];

const list = defineRoute({
  method: 'get',
  path: '/inbox',
  tags,
  summary: '企业收到的精准推送，最新在前 / the enterprise’s pushes, newest first',
  request: {
    query: z.object({
      limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  },
  responses: {
    200: {
      description: '推送与未读数 / pushes and the unread count',
      schema: InboxPageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const read = defineRoute({
  method: 'post',
  path: '/inbox/{id}/read',
  tags,
  summary: '已读回执 / read receipt',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema },
  responses: { 200: { description: '已读 / read', schema: PushSchema }, ...COMMON_ERRORS, ...CONFLICT },
});
const feedback = defineRoute({
  method: 'post',
  path: '/inbox/{id}/feedback',
  tags,
  summary:
    '反馈：感兴趣（生成线索）、相关、暂不需要、领域不对口、已了解 / answer: interested (starts a lead), relevant, ' +
    'not now, wrong field, already known',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: FeedbackInputSchema },
  responses: {
    200: { description: '已反馈 / answered', schema: PushSchema },
    ...COMMON_ERRORS,
    409: { description: 'PUSH_ALREADY_ANSWERED（已反馈）' },
  },
});
const preferences = defineRoute({
  method: 'get',
  path: '/push-preferences',
  tags,
  summary: '推送偏好：退订、每周上限、邮件 / preferences: unsubscribe, weekly cap, email',
  responses: {
    200: { description: '偏好 / preferences', schema: PushPreferencesViewSchema },
    ...COMMON_ERRORS,
  },
});
const savePrefs = defineRoute({
  method: 'put',
  path: '/push-preferences',
  tags,
  summary: '保存推送偏好（企业管理员，乐观锁）/ save (admin, optimistic locking)',
  request: { body: PushPreferencesSaveSchema },
  responses: {
    200: { description: '已保存 / saved', schema: PushPreferencesViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
  },
});
const unsubscribe = defineRoute({
  method: 'get',
  path: '/push-preferences/unsubscribe',
  tags,
  public: true,
  summary: '邮件中的一键退订链接 / the email’s one-click unsubscribe link',
  request: {
    query: z.object({
      token: z
        .string({ error: '缺少退订令牌 / token is required' })
        .check(z.minLength(1, '缺少退订令牌 / token is required'), z.maxLength(200)),
    }),
  },
  responses: {
    200: {
      description: '已退订 / unsubscribed',
      schema: UnsubscribedSchema,
    },
    400: { description: '输入有误 / invalid input' },
    404: { description: '链接无效 / unknown token' },
  },
});

export const inboxRoutes = (router: ApiRouter) =>
  router
    .route(list, async (c, { query }) => {
      const principal = guard(c, 'inbox.read');
      return c.json(await inbox(c.get('deps'), principal, query));
    })
    .route(read, async (c, { params: { id } }) => {
      guard(c, 'inbox.answer');
      const push = await loadInboxPush(c.get('deps'), id);
      const principal = guard(c, 'inbox.answer', { ownerOrgId: push.enterpriseOrgId });
      return c.json(await readPush(c.get('deps'), principal, push));
    })
    .route(feedback, async (c, { params: { id }, body }) => {
      guard(c, 'inbox.answer');
      const push = await loadInboxPush(c.get('deps'), id);
      const principal = guard(c, 'inbox.answer', { ownerOrgId: push.enterpriseOrgId });
      return c.json(await answerPush(c.get('deps'), principal, push, body));
    })
    .route(preferences, async (c) => {
      const principal = guard(c, 'push.preferences.read');
      return c.json(await getPreferences(c.get('deps'), principal));
    })
    .route(savePrefs, async (c, { body: { version, ...input } }) => {
      const principal = guard(c, 'push.preferences.write');
      return c.json(await savePreferences(c.get('deps'), principal, input, version));
    })
    .route(unsubscribe, async (c, { query: { token } }) =>
      c.json(await unsubscribeByToken(c.get('deps'), token)),
    );
