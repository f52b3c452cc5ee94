import {
  authorize,
  type BundleRecord,
  bundleAccessSubject,
  bundleActionsFrom,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import {
  BUNDLE_REQUESTED_ACTIONS,
  POLICY_FOR_BUNDLE_ACTION,
  type RequestedBundleAction,
} from './bundle-actions.ts';
import { bundleMemberGrades } from './bundle-member-grades.ts';
import { type BundleDetail, offerView, termsView } from './bundle-offer-view.ts';
import { today } from './load-bundle.ts';

/** Who decided what, and the last status changer, are the participants' business, not the public's. */
function publicCopy(record: BundleRecord): BundleRecord {
  const { statusChangedBy: _s, ...rest } = record;
  return {
    ...rest,
    holders: record.holders.map(({ decidedBy: _d, note: _n, ...holder }) => holder),
  };
}

const isParticipant = (principal: Principal | undefined, record: BundleRecord) => {
  const m = principal?.membership;
  if (!m) return false;
  return (
    (m.orgType === 'ip_office' && m.orgStatus === 'approved') ||
    m.orgId === record.organiserOrgId ||
    record.holders.some((h) => h.orgId === m.orgId)
  );
};

/** The actions open from the bundle's status that the access policy lets `principal` take. */
function availableActions(principal: Principal | undefined, record: BundleRecord): RequestedBundleAction[] {
  if (!principal) return [];
  const bundle = bundleAccessSubject(record);
  const open = bundleActionsFrom(record.status);
  return BUNDLE_REQUESTED_ACTIONS.filter(
    (action) =>
      open.includes(action) && authorize(principal, POLICY_FOR_BUNDLE_ACTION[action], { bundle }).allow,
  );
}

/** The bundle with what its page needs: whether it is on offer and why not, its terms, next actions. */
export async function bundleDetail(
  deps: AppDeps,
  principal: Principal | undefined,
  record: BundleRecord,
): Promise<BundleDetail> {
  const day = today(deps);
  const [facts, memberGrades] = await Promise.all([
    deps.store.bundles.memberFacts(record),
    bundleMemberGrades(deps, principal, record),
  ]);
  const orgId = principal?.membership?.orgId;
  const holder = record.holders.find((h) => h.orgId === orgId);
  const canDecide =
    holder !== undefined &&
    principal !== undefined &&
    !['withdrawn', 'expired'].includes(record.status) &&
    authorize(principal, 'bundle.consent', { bundle: bundleAccessSubject(record) }).allow;
  return {
    bundle: isParticipant(principal, record) ? record : publicCopy(record),
    offer: offerView(record, facts, day),
    terms: termsView(record, day),
    availableActions: availableActions(principal, record),
    ...(holder ? { myConsent: { holderOrgId: holder.orgId, decision: holder.decision, canDecide } } : {}),
    ...(memberGrades ? { memberGrades } : {}),
  };
}
