import {
  DomainError,
  type Patent,
  type PatentInput,
  type Principal,
  toPatent,
  updatePatent,
} from '@openlicense/domain';
import type { ApiDeps } from '../deps.ts';

/** 409 naming who already holds the number, so the user knows whom to contact (or that it is theirs). */
export async function claimedError(
  deps: ApiDeps,
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
    `专利 ZL${existing.number} 已由“${name}”登记在其台账中 / already held by ${name}`,
    409,
    {
      number: existing.number,
      holderOrgId: existing.holderOrgId,
      holderName: name,
    },
  );
}

export async function addPatent(deps: ApiDeps, principal: Principal, input: PatentInput): Promise<Patent> {
  const orgId = principal.membership!.orgId;
  const patent = toPatent(input, orgId, deps.now().toISOString());
  const result = await deps.store.patents.create(patent);
  if (!result.created) throw await claimedError(deps, result.existing, orgId);
  return patent;
}

export async function loadOwnPatent(deps: ApiDeps, number: string): Promise<Patent> {
  const patent = await deps.store.patents.get(number);
  if (!patent) throw new DomainError('not_found', `台账中没有专利 ZL${number} / not in the ledger`, 404);
  return patent;
}

/** Replaces the record if the editor saw the current version; a stale copy gets 409, nothing changes. */
export async function editPatent(
  deps: ApiDeps,
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
