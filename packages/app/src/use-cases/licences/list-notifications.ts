import type { Notification, Principal } from '@openlicense/domain';
import type { Page } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import { orgOf } from './load-licence.ts';

export async function listNotifications(
  deps: AppDeps,
  principal: Principal,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<Notification>> {
  return deps.store.licences.notifications(orgOf(principal), page);
}
