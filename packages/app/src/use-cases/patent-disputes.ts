import {
  awardRefusal,
  checkPatentClaimant,
  coversRegion,
  DomainError,
  disputeOpenedSummary,
  disputeResolvedSummary,
  type PatentDispute,
  type PatentDisputeClaim,
  type PatentDisputeResolution,
  type Principal,
  resolveDispute,
  toPatent,
} from '@openlicense/domain';
import type { AuditEntry, Page } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { coveredBy, jurisdictionOf } from './jurisdiction.ts';
import { callerOrg } from './patent-ledger.ts';

/** What the claimant is told once the dispute is filed. */
export const DISPUTE_FILED_MESSAGE =
  '已提出权属异议，由知识产权局裁决；裁决前该专利仍在持有方台账中 / dispute filed: the IP office will decide; until then the patent stays in the holder’s ledger';

const auditsFor = (
  deps: AppDeps,
  dispute: PatentDispute,
  action: string,
  summary: string,
  actorId: string,
  at: string,
): AuditEntry[] =>
  [dispute.claimantOrgId, dispute.holderOrgId].map((orgId) => ({
    id: deps.newId(),
    orgId,
    at,
    actorId,
    action,
    summary,
  }));

/**
 * Files the caller's claim on a number another organisation holds (权属异议): the claimant must be an
 * approved organisation named among the patentees of its entry, as for adding a patent. The dispute, its
 * place in the IP office's queue and an entry on both organisations' trails are written together.
 */
export async function openPatentDispute(
  deps: AppDeps,
  principal: Principal,
  claim: PatentDisputeClaim,
): Promise<PatentDispute> {
  const org = await callerOrg(deps, principal);
  checkPatentClaimant(org, claim.patent.patentees);
  const number = claim.patent.number;
  const current = await deps.store.patents.get(number);
  if (!current)
    throw new DomainError(
      'patent_not_held',
      `专利 ZL${number} 尚未被任何机构登记，请直接登记 / no one holds this number: add it to your ledger`,
      409,
      [{ path: 'patent.number', message: '尚未被登记 / not held' }],
    );
  if (current.holderOrgId === org.id)
    throw new DomainError('patent_exists', `专利 ZL${number} 已在本机构台账中 / already in your ledger`, 409);
  const open = await deps.store.patentDisputes.openClaimOf(number, org.id);
  if (open)
    throw new DomainError(
      'dispute_open',
      '贵单位对该专利已有待裁决的权属异议 / your organisation already has an open dispute on this patent',
      409,
      { disputeId: open },
    );
  const holder = await deps.store.orgs.get(current.holderOrgId);
  const at = deps.now().toISOString();
  const dispute: PatentDispute = {
    id: deps.newId(),
    patentNumber: number,
    patentTitle: current.title,
    claimantOrgId: org.id,
    claimantName: org.name,
    holderOrgId: current.holderOrgId,
    holderName: holder?.name ?? current.holderOrgId,
    holderRegionCode: holder?.regionCode ?? '',
    claim: claim.patent,
    statement: claim.statement,
    evidenceRef: claim.evidenceRef,
    status: 'open',
    createdBy: principal.userId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const audits = auditsFor(
    deps,
    dispute,
    'patent.dispute.opened',
    disputeOpenedSummary(dispute),
    principal.userId,
    at,
  );
  await deps.store.patentDisputes.open(dispute, current.version, audits);
  return dispute;
}

/**
 * The caller's disputes: for a claimant or holder, those it is party to (newest first); for the IP office,
 * the queue in `status` (open: oldest first) of holders in its region.
 */
export async function listPatentDisputes(
  deps: AppDeps,
  principal: Principal,
  options: { status?: PatentDispute['status'] | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<PatentDispute>> {
  const membership = principal.membership!;
  if (membership.orgType !== 'ip_office') {
    const page = await deps.store.patentDisputes.listForOrg(membership.orgId, options);
    return options.status ? { ...page, items: page.items.filter((d) => d.status === options.status) } : page;
  }
  const office = await callerOrg(deps, principal);
  const page = await deps.store.patentDisputes.listByStatus(options.status ?? 'open', options);
  return {
    ...page,
    items: page.items.filter((d) => coversRegion(office.regionCode, d.holderRegionCode)),
  };
}

export async function loadPatentDispute(deps: AppDeps, id: string): Promise<PatentDispute> {
  const dispute = await deps.store.patentDisputes.get(id);
  if (!dispute) throw new DomainError('not_found', '未找到该权属异议 / dispute not found', 404);
  return dispute;
}

/**
 * The IP office of the holder's region decides: for the claimant, the patent leaves the holder's ledger
 * and enters the claimant's (its own entry), in one transaction with the decision and both trails'
 * entries — refused while the holder's open-licence declaration is submitted or published; for the holder,
 * nothing moves. Either way the dispute leaves the queue and the claimant may not claim again until now.
 */
export async function resolvePatentDispute(
  deps: AppDeps,
  principal: Principal,
  dispute: PatentDispute,
  decision: PatentDisputeResolution,
): Promise<PatentDispute> {
  const office = await callerOrg(deps, principal);
  if (!coversRegion(office.regionCode, dispute.holderRegionCode)) {
    const covering = coveredBy(await jurisdictionOf(deps, dispute.holderRegionCode));
    throw new DomainError(
      'out_of_jurisdiction',
      `持有方“${dispute.holderName}”不在本局辖区内，由其所在地知识产权局裁决。${covering}`,
      403,
    );
  }
  const at = deps.now().toISOString();
  const next = resolveDispute(dispute, decision, { userId: principal.userId, orgId: office.id }, at);
  const audits = auditsFor(
    deps,
    next,
    'patent.dispute.resolved',
    disputeResolvedSummary(next),
    principal.userId,
    at,
  );
  if (decision.outcome === 'holder') {
    await deps.store.patentDisputes.resolve(dispute, next, audits);
    return next;
  }
  const current = await deps.store.patents.get(dispute.patentNumber);
  if (current && current.holderOrgId !== dispute.holderOrgId)
    throw new DomainError(
      'patent_changed',
      '该专利已不在原持有方台账中，请刷新后重新裁决 / the patent changed holder meanwhile, reload and decide again',
      409,
    );
  const active = await deps.store.declarations.activeFor(dispute.patentNumber);
  const declaration = active && (await deps.store.declarations.get(active.declarationId));
  const refusal = awardRefusal({
    declaration: active
      ? { id: active.declarationId, status: declaration?.status ?? 'submitted' }
      : undefined,
    bundle: await activeBundleOf(deps, dispute.holderOrgId, dispute.patentNumber),
  });
  if (refusal) throw refusal;
  const moved = {
    ...toPatent(dispute.claim, dispute.claimantOrgId, at),
    version: (current?.version ?? 0) + 1,
  };
  await deps.store.patentDisputes.resolve(dispute, next, audits, {
    patent: moved,
    expectedVersion: current?.version ?? 0,
    fromOrgId: dispute.holderOrgId,
  });
  return next;
}

/** A submitted or published bundle (专利包) of the holder's that offers `number`, if any. */
async function activeBundleOf(deps: AppDeps, holderOrgId: string, number: string) {
  let cursor: string | undefined;
  do {
    const page = await deps.store.bundles.listForOrg(holderOrgId, { limit: 100, cursor });
    const found = page.items.find(
      (bundle) =>
        (bundle.status === 'submitted' || bundle.status === 'published') &&
        bundle.members.some((member) => member.patentNumber === number),
    );
    if (found) return { id: found.id, name: found.name, status: found.status };
    cursor = page.nextCursor;
  } while (cursor);
  return undefined;
}
