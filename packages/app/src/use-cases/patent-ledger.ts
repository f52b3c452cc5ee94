import {
  checkAmongPatentees,
  checkPatentClaimant,
  DomainError,
  type Org,
  type Patent,
  type PatentInput,
  type Principal,
  toPatent,
  updatePatent,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';

/** 409 naming who already holds the number, so the user knows whom to contact (or that it is theirs). */
export async function claimedError(
  deps: AppDeps,
  existing: Patent,
  callerOrgId: string,
): Promise<DomainError> {
  if (existing.holderOrgId === callerOrgId)
    return new DomainError(
      'patent_exists',
      `专利 ZL${existing.number} 已在本机构台账中，请直接编辑 / already in your ledger`,
      409,
      {
        number: existing.number,
        version: existing.version,
      },
    );
  const holder = await deps.store.orgs.get(existing.holderOrgId);
  const name = holder?.name ?? existing.holderOrgId;
  return new DomainError(
    'patent_claimed',
    `专利 ZL${existing.number} 已由“${name}”登记在其台账中。如贵单位是专利权人，可附说明和证明材料提出权属异议，由知识产权局裁决 / already held by ${name}; if you are the patentee, file a dispute with your statement and evidence and the IP office will decide`,
    409,
    {
      number: existing.number,
      holderOrgId: existing.holderOrgId,
      holderName: name,
      /** The claimant may open a dispute (`POST /api/patent-disputes`) with the same entry. */
      disputable: true,
    },
  );
}

/** The caller's organisation as stored: its registered name is what the patentees must name. */
export async function callerOrg(deps: AppDeps, principal: Principal): Promise<Org> {
  const org = await deps.store.orgs.get(principal.membership!.orgId);
  if (!org) throw new DomainError('not_found', '未找到本机构 / your organisation was not found', 404);
  return org;
}

/**
 * Adds a patent to the caller's ledger: only an approved organisation named among the patentees may
 * (403 / 422 naming `patentees`); a number another organisation holds answers 409 with how to dispute it.
 */
export async function addPatent(deps: AppDeps, principal: Principal, input: PatentInput): Promise<Patent> {
  const org = await callerOrg(deps, principal);
  checkPatentClaimant(org, input.patentees);
  const patent = toPatent(input, org.id, deps.now().toISOString());
  const result = await deps.store.patents.create(patent);
  if (!result.created) throw await claimedError(deps, result.existing, org.id);
  return patent;
}

/** An edit keeps the holder among the patentees, so a record cannot be turned into someone else's. */
export async function checkEditKeepsHolder(deps: AppDeps, principal: Principal, input: PatentInput) {
  const org = await callerOrg(deps, principal);
  checkAmongPatentees(org.name, input.patentees);
}

export async function loadOwnPatent(deps: AppDeps, number: string): Promise<Patent> {
  const patent = await deps.store.patents.get(number);
  if (!patent) throw new DomainError('not_found', `台账中没有专利 ZL${number} / not in the ledger`, 404);
  return patent;
}

/** Replaces the record if the editor saw the current version; a stale copy gets 409, nothing changes. */
export async function editPatent(
  deps: AppDeps,
  current: Patent,
  input: PatentInput,
  version: number,
): Promise<Patent> {
  if (current.version !== version)
    throw new DomainError(
      'stale_version',
      '该专利已被他人修改，请刷新后重试 / changed by someone else, reload and retry',
      409,
    );
  const next = updatePatent(current, input, deps.now().toISOString());
  await deps.store.patents.update(next, version);
  return next;
}
