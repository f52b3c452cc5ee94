import {
  type BundleDraftInput,
  type BundleRecord,
  bundleCreatedSummary,
  newBundle,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { audit, loadOrg } from './load-bundle.ts';
import { resolveMembers } from './resolve-members.ts';

/** 专利包 draft organised by the caller's organisation; every holder's consent starts pending. */
export async function draftBundle(
  deps: AppDeps,
  principal: Principal,
  input: BundleDraftInput,
): Promise<BundleRecord> {
  const organiser = await loadOrg(deps, principal.membership!.orgId);
  const members = await resolveMembers(deps, input);
  const at = deps.now().toISOString();
  const record = newBundle(input, members, organiser, { id: deps.newId(), at });
  await deps.store.bundles.create(record, [
    audit(
      deps,
      organiser.id,
      principal.userId,
      at,
      'bundle.created',
      bundleCreatedSummary(record, principal.name),
    ),
  ]);
  return record;
}
