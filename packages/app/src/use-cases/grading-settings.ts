import type { GradingSettingsView } from '@openlicense/contract';
import {
  DEFAULT_IPC_CHAIN_TABLE,
  DomainError,
  defaultGradingSettings,
  type GradingSettingsInput,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';

/** The calling office as its settings name it (the guard has already checked it is an approved IP office). */
async function officeOf(deps: AppDeps, principal: Principal) {
  const orgId = principal.membership?.orgId ?? '';
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到本机构 / organisation not found', 404);
  return { id: org.id, name: org.name, regionCode: org.regionCode };
}

/**
 * The grading settings (分级分类) of the calling IP office's jurisdiction: its saved ones, or version 0 with
 * no priority chains and the platform's IPC → chain table; the platform's table comes along to start from.
 */
export async function getGradingSettings(deps: AppDeps, principal: Principal): Promise<GradingSettingsView> {
  const office = await officeOf(deps, principal);
  const saved = await deps.store.gradingSettings.get(office.id);
  return { ...(saved ?? defaultGradingSettings(office)), defaultIpcChains: DEFAULT_IPC_CHAIN_TABLE };
}

/**
 * The IP office saves its jurisdiction's priority chains and IPC → chain table over the version it read (0:
 * the defaults); 409 `stale_version` when someone saved since. Grading reads them at its next nightly run.
 */
export async function saveGradingSettings(
  deps: AppDeps,
  principal: Principal,
  input: GradingSettingsInput,
  version: number,
): Promise<GradingSettingsView> {
  const office = await officeOf(deps, principal);
  const saved = await deps.store.gradingSettings.put(office, input, version, principal.userId, deps.now());
  return { ...saved, defaultIpcChains: DEFAULT_IPC_CHAIN_TABLE };
}
