import {
  DomainError,
  type FieldAlert,
  type FieldAlertEntry,
  type FieldAlertInput,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';
import { orgOf } from './acting-principal.ts';

/** The subscription as its university sees it: never the e-mail's unsubscribe token. */
export type FieldAlertView = Omit<FieldAlert, 'unsubscribeToken'>;

export interface FieldAlertsView {
  /** Null before the university first subscribes. */
  subscription: FieldAlertView | null;
  /** Its latest weekly alerts, newest first. */
  alerts: FieldAlertEntry[];
}

/** How many past weekly alerts the screen shows (a quarter). */
export const ALERTS_SHOWN = 13;

const view = ({ unsubscribeToken: _token, ...alert }: FieldAlert): FieldAlertView => alert;

/** The caller's university's subscription and its latest alerts. */
export async function getFieldAlerts(deps: AppDeps, principal: Principal): Promise<FieldAlertsView> {
  const orgId = orgOf(principal);
  const [subscription, alerts] = await Promise.all([
    deps.store.fieldAlerts.get(orgId),
    deps.store.fieldAlerts.entries(orgId, ALERTS_SHOWN),
  ]);
  return { subscription: subscription ? view(subscription) : null, alerts };
}

/** Subscribes the caller's university to these fields (again, after an unsubscribe): from the next Monday on. */
export async function saveFieldAlerts(
  deps: AppDeps,
  principal: Principal,
  input: FieldAlertInput,
): Promise<FieldAlertsView> {
  await deps.store.fieldAlerts.put(orgOf(principal), input, deps.now());
  return getFieldAlerts(deps, principal);
}

/** Stops the caller's university's alerts; 404 when it never subscribed. */
export async function stopFieldAlerts(deps: AppDeps, principal: Principal): Promise<FieldAlertsView> {
  const stopped = await deps.store.fieldAlerts.deactivate(orgOf(principal), deps.now());
  if (!stopped) throw new DomainError('not_found', '尚未订阅领域提醒 / no field alert subscription', 404);
  return getFieldAlerts(deps, principal);
}

/** The alert e-mail's unsubscribe link (no sign-in); 404 for a token that names no subscription. */
export async function unsubscribeFieldAlerts(
  deps: AppDeps,
  token: string,
): Promise<{ unsubscribed: true; message: string }> {
  const orgId = await deps.store.fieldAlerts.orgOfToken(token);
  const stopped = orgId ? await deps.store.fieldAlerts.deactivate(orgId, deps.now()) : undefined;
  if (!stopped)
    throw new DomainError('not_found', '退订链接无效或已过期 / this unsubscribe link is not valid', 404, [
      { path: 'query.token', message: '退订链接无效 / unknown token' },
    ]);
  return {
    unsubscribed: true,
    message:
      '已退订领域需求周报，可在“领域提醒”中重新订阅 / unsubscribed from field alerts; subscribe again on the field alerts page',
  };
}
