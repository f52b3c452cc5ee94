import { type BundleDraftInput, type BundleRecord, editBundle } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { STALE } from './load-bundle.ts';
import { resolveMembers } from './resolve-members.ts';

/** New contents for a draft or rejected bundle the organiser read at `version`. */
export async function editBundleTerms(
  deps: AppDeps,
  current: BundleRecord,
  input: BundleDraftInput,
  version: number,
): Promise<BundleRecord> {
  if (current.version !== version) throw STALE();
  const members = await resolveMembers(deps, input);
  const next = editBundle(current, input, members, deps.now().toISOString());
  await deps.store.bundles.save(current, next, []);
  return next;
}
