import {
  type BundleMemberFacts,
  type BundleRecord,
  bundleChangeAction,
  bundleChangeSummary,
  checkBundleTerms,
  DomainError,
  evaluateBundleOffer,
  type Principal,
  transitionBundle,
  withCurrentDeclarations,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import type { RequestedBundleAction } from './bundle-actions.ts';
import { audit, STALE, titled, today } from './load-bundle.ts';

/** Every reason the bundle cannot be submitted or published now, each titled and naming its patent. */
function submissionErrors(record: BundleRecord, facts: BundleMemberFacts, day: string) {
  const offer = evaluateBundleOffer(record, facts, day);
  const terms = checkBundleTerms(record, day, { startMatters: true });
  return [
    ...offer.blockers.flatMap((b) =>
      b.issues.map((issue) => ({ ...titled(issue), patentNumber: b.patentNumber })),
    ),
    ...terms.errors.map(titled),
  ];
}

/**
 * Moves a bundle along its lifecycle for `principal` (already allowed by the policy). Submitting and
 * publishing re-check every member against the ledger and every holder's consent, and the bundle's own
 * terms, refusing with 422 `bundle_not_allowed` and each finding; they also record each member's published
 * declaration, so its withdrawal is noticed later. The change and its audit entry on the organiser's trail
 * are written together.
 */
export async function changeBundleStatus(
  deps: AppDeps,
  principal: Principal,
  current: BundleRecord,
  request: { action: RequestedBundleAction; reason?: string | undefined; version: number },
): Promise<BundleRecord> {
  if (current.version !== request.version) throw STALE();
  const at = deps.now().toISOString();
  let next = transitionBundle(current, request.action, {
    actorId: principal.userId,
    at,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
  });
  if (request.action === 'submit' || request.action === 'publish') {
    const facts = await deps.store.bundles.memberFacts(current);
    const errors = submissionErrors(current, facts, today(deps));
    if (errors.length > 0) {
      const verb = request.action === 'submit' ? '提交' : '公告';
      const titles = [...new Set(errors.map((e) => e.title))].join('、');
      throw new DomainError(
        'bundle_not_allowed',
        `该专利包暂不能${verb}：${titles} / the bundle cannot be ${request.action === 'submit' ? 'submitted' : 'published'} yet`,
        422,
        errors,
      );
    }
    next = { ...next, members: withCurrentDeclarations(current.members, facts) };
  }
  await deps.store.bundles.save(current, next, [
    audit(
      deps,
      current.organiserOrgId,
      principal.userId,
      at,
      bundleChangeAction(request.action),
      bundleChangeSummary(next, request.action, principal.name),
    ),
  ]);
  return next;
}
