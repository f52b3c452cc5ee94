import {
  DomainError,
  type FeedbackInput,
  isInInbox,
  type Principal,
  type Push,
  type PushPreferences,
  type PushPreferencesInput,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';
import { orgOf } from './acting-principal.ts';
import { listingIpc } from './match-views.ts';

export interface InboxPage {
  items: Push[];
  unread: number;
  nextCursor?: string;
}

/** The enterprise's inbox, newest first, with its unread count. */
export async function inbox(
  deps: AppDeps,
  principal: Principal,
  options: { limit: number; cursor?: string | undefined },
): Promise<InboxPage> {
  const enterpriseOrgId = orgOf(principal);
  const [page, unread] = await Promise.all([
    deps.store.pushes.listInbox(enterpriseOrgId, {
      limit: options.limit,
      ...(options.cursor ? { cursor: options.cursor } : {}),
    }),
    deps.store.pushes.unreadCount(enterpriseOrgId),
  ]);
  return { ...page, unread };
}

/** A push in some enterprise's inbox; 404 for one not delivered (yet) or unknown. */
export async function loadInboxPush(deps: AppDeps, id: string): Promise<Push> {
  const push = await deps.store.pushes.get(id);
  if (!push || !isInInbox(push.status))
    throw new DomainError('not_found', '未找到该推送 / push not found', 404);
  return push;
}

/** The read receipt (idempotent). */
export const readPush = (deps: AppDeps, principal: Principal, push: Push): Promise<Push> =>
  deps.store.pushes.markRead(push.id, push.enterpriseOrgId, deps.now(), principal.userId);

/** The enterprise's answer; "interested" starts a lead, "wrong field" penalises the listing's IPC area. */
export async function answerPush(
  deps: AppDeps,
  principal: Principal,
  push: Push,
  input: FeedbackInput,
): Promise<Push> {
  const ipc = input.kind === 'wrong_field' ? await listingIpc(deps, push.listingId) : undefined;
  return deps.store.pushes.answer(
    push.id,
    push.enterpriseOrgId,
    {
      kind: input.kind,
      ...(input.comment ? { comment: input.comment } : {}),
      ...(ipc && ipc.length > 0 ? { listingIpc: ipc } : {}),
    },
    principal.userId,
    deps.now(),
  );
}

export type PreferencesView = Omit<PushPreferences, 'unsubscribeToken'>;

/** What the screen shows: the token is for the email link only. */
const view = ({ unsubscribeToken: _token, ...prefs }: PushPreferences): PreferencesView => prefs;

export const getPreferences = async (deps: AppDeps, principal: Principal): Promise<PreferencesView> =>
  view(await deps.store.pushPreferences.get(orgOf(principal)));

export async function savePreferences(
  deps: AppDeps,
  principal: Principal,
  input: PushPreferencesInput,
  version: number,
): Promise<PreferencesView> {
  const now = deps.now();
  const orgId = orgOf(principal);
  const saved = await deps.store.pushPreferences.put(orgId, input, version, now, [
    {
      id: deps.newId(),
      orgId,
      at: now.toISOString(),
      actorId: principal.userId,
      action: 'push.preferences_changed',
      summary: input.unsubscribed
        ? '退订精准推送'
        : `接收精准推送，每周最多 ${input.weeklyCap} 条，邮件通知${input.email ? '开' : '关'}`,
    },
  ]);
  return view(saved);
}

/** The email link's one-click unsubscribe; 404 for a token that names nobody. */
export async function unsubscribeByToken(
  deps: AppDeps,
  token: string,
): Promise<{ unsubscribed: true; enterpriseName: string; message: string }> {
  const prefs = await deps.store.pushPreferences.unsubscribe(token, deps.now());
  if (!prefs)
    throw new DomainError('not_found', '退订链接无效或已过期 / this unsubscribe link is not valid', 404, [
      { path: 'query.token', message: '退订链接无效 / unknown token' },
    ]);
  const org = await deps.store.orgs.get(prefs.enterpriseOrgId);
  return {
    unsubscribed: true,
    enterpriseName: org?.name ?? '',
    message:
      '已退订精准推送，可在“推送设置”中重新订阅 / unsubscribed from pushes; subscribe again in the settings',
  };
}
