import {
  allHoldersConsented,
  type BundleAction,
  type BundleRecord,
  bundleChangeAction,
  bundleChangeSummary,
  coOwnersOf,
  DomainError,
  decideAsHolder,
  evaluateBundleOffer,
  holderDecisionAction,
  holderDecisionSummary,
  membersHeldBy,
  type Principal,
  transitionBundle,
  withCurrentDeclarations,
} from '@openlicense/domain';
import { StoreConflictError } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import { audit, loadBundle, STALE, today } from './load-bundle.ts';

/**
 * A holder's decision, for all its patents in the bundle, recorded on its own trail. Consent needs every
 * co-owner of its co-owned member patents (`coOwnersConsented`). Declining a published bundle suspends it at
 * once; consenting to a suspended one restores it when nothing else holds it back. Without `version` the
 * decision applies to the bundle as it is now (another holder deciding meanwhile is retried); with it, a
 * bundle changed since is refused with 409.
 */
export async function decideConsent(
  deps: AppDeps,
  principal: Principal,
  bundleId: string,
  request: {
    consent: boolean;
    note?: string | undefined;
    coOwnersConsented?: boolean | undefined;
    version?: number | undefined;
  },
): Promise<BundleRecord> {
  for (let attempt = 1; ; attempt++) {
    const current = await loadBundle(deps, bundleId);
    if (request.version !== undefined && current.version !== request.version) throw STALE();
    try {
      return await applyDecision(deps, principal, current, request);
    } catch (error) {
      const retry = request.version === undefined && attempt < 3;
      if (!(retry && error instanceof StoreConflictError && error.code === 'stale_version')) throw error;
    }
  }
}

async function applyDecision(
  deps: AppDeps,
  principal: Principal,
  current: BundleRecord,
  request: { consent: boolean; note?: string | undefined; coOwnersConsented?: boolean | undefined },
): Promise<BundleRecord> {
  const holderOrgId = principal.membership!.orgId;
  const holderName = current.holders.find((h) => h.orgId === holderOrgId)?.name ?? holderOrgId;
  const at = deps.now().toISOString();
  const day = today(deps);
  if (request.consent && request.coOwnersConsented !== true) {
    const held = membersHeldBy(current, holderOrgId).map((m) => m.patentNumber);
    const patents = [...(await deps.store.patents.getMany(held)).values()];
    const coOwners = coOwnersOf(patents, holderName);
    if (coOwners.length > 0) {
      throw new DomainError(
        'co_owner_not_consented',
        `请先取得全部共有人同意：${coOwners.join('、')}，并确认 coOwnersConsented / every co-owner must consent first: ${coOwners.join(', ')}`,
        422,
        [{ path: 'coOwnersConsented', message: `co-owners: ${coOwners.join(', ')}` }],
      );
    }
  }
  const decision = request.consent ? 'consented' : 'declined';
  const decided = decideAsHolder(current, holderOrgId, decision, {
    actorId: principal.userId,
    at,
    note: request.note,
    ...(request.coOwnersConsented === undefined ? {} : { coOwnersConsented: request.coOwnersConsented }),
  });
  const audits = [
    audit(
      deps,
      holderOrgId,
      principal.userId,
      at,
      holderDecisionAction(decision),
      holderDecisionSummary(decided, holderOrgId, principal.name),
    ),
  ];

  let next = decided;
  let statusAction: BundleAction | undefined;
  if (current.status === 'published' && !request.consent) {
    statusAction = 'suspend';
    next = transitionBundle(decided, 'suspend', {
      actorId: principal.userId,
      at,
      reason: `${holderName}撤回了将其专利纳入专利包的同意`,
    });
  } else if (current.status === 'suspended' && request.consent && allHoldersConsented(decided)) {
    const facts = await deps.store.bundles.memberFacts(decided);
    const members = withCurrentDeclarations(decided.members, facts);
    if (evaluateBundleOffer({ ...decided, members }, facts, day).offered && decided.period.end >= day) {
      statusAction = 'restore';
      next = { ...transitionBundle(decided, 'restore', { actorId: principal.userId, at }), members };
    }
  }
  if (statusAction) {
    next = { ...next, version: current.version + 1 };
    audits.push(
      audit(
        deps,
        current.organiserOrgId,
        principal.userId,
        at,
        bundleChangeAction(statusAction),
        bundleChangeSummary(next, statusAction, principal.name),
      ),
    );
  }
  await deps.store.bundles.save(current, next, audits);
  return next;
}
