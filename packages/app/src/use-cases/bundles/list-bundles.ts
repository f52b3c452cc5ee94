import type { BundleRecord, HolderDecision, Principal } from '@openlicense/domain';
import type { Page } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';

export interface BundleListItem {
  bundle: BundleRecord;
  role: { organiser: boolean; holder: boolean };
  /** The caller's holder decision, when its organisation holds member patents. */
  myDecision?: HolderDecision;
  /** The caller's organisation holds member patents and has not decided yet. */
  awaitingMyConsent: boolean;
}

/** Bundles the caller's organisation organises or holds member patents of, newest first. */
export async function listBundles(
  deps: AppDeps,
  principal: Principal,
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<BundleListItem>> {
  const orgId = principal.membership!.orgId;
  const page = await deps.store.bundles.listForOrg(orgId, options);
  const items = page.items.map((bundle): BundleListItem => {
    const mine = bundle.holders.find((h) => h.orgId === orgId);
    return {
      bundle,
      role: { organiser: bundle.organiserOrgId === orgId, holder: mine !== undefined },
      ...(mine ? { myDecision: mine.decision } : {}),
      awaitingMyConsent: mine?.decision === 'pending' && !['withdrawn', 'expired'].includes(bundle.status),
    };
  });
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}
