import {
  type Action,
  authorize,
  coveringOffice,
  DomainError,
  type OfficeRef,
  type Org,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';

/** Which IP office an organisation goes to (the closest approved office covering its region), or none yet. */
export interface JurisdictionView {
  regionCode: string;
  office: OfficeRef | null;
}

/**
 * The approved IP offices on the platform, from the offices' directory; a table whose offices were created
 * before the directory existed (an empty directory) is read through the approved organisations instead.
 */
export async function approvedOffices(deps: AppDeps): Promise<OfficeRef[]> {
  const directory = await deps.store.orgs.listOffices();
  if (directory.length > 0)
    return directory
      .filter((office) => office.status === 'approved')
      .map(({ orgId, name, regionCode }) => ({ orgId, name, regionCode }));
  const offices: OfficeRef[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.orgs.listByStatus('approved', {
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    for (const org of page.items)
      if (org.type === 'ip_office')
        offices.push({ orgId: org.id, name: org.name, regionCode: org.regionCode });
    cursor = page.nextCursor;
  } while (cursor);
  return offices;
}

/** The office that reviews and evaluates an organisation of `regionCode`. */
export async function jurisdictionOf(deps: AppDeps, regionCode: string): Promise<JurisdictionView> {
  return { regionCode, office: coveringOffice(await approvedOffices(deps), regionCode) ?? null };
}

/** Says which office covers `regionCode`, or that none on the platform does yet (Chinese, then English). */
export function coveredBy(view: JurisdictionView): string {
  return view.office
    ? `该机构（行政区划 ${view.regionCode}）由「${view.office.name}」审核与评价 / covered by ${view.office.name}`
    : `平台上暂无负责行政区划 ${view.regionCode} 的知识产权局，待其入驻后审核 / no IP office on the platform covers ${view.regionCode} yet`;
}

/**
 * Refuses an IP office acting (`org.review`, `quota.read`, `evidence.read`) on an organisation outside its
 * jurisdiction, with 403 `out_of_jurisdiction` naming `regionCode` and the office that does cover it.
 * Anyone else gets what the policy says of the action (callers have already passed the route's guard).
 */
export async function assertInJurisdiction(
  deps: AppDeps,
  principal: Principal,
  action: Action,
  org: Pick<Org, 'id' | 'regionCode'>,
): Promise<void> {
  const decision = authorize(principal, action, { ownerOrgId: org.id, regionCode: org.regionCode });
  if (decision.allow) return;
  if (decision.code !== 'out_of_jurisdiction')
    throw new DomainError(decision.code, decision.message, decision.status === 401 ? 403 : decision.status);
  const message = `该机构不在本局辖区内（本局 ${principal.membership?.regionCode ?? '—'}）。${coveredBy(
    await jurisdictionOf(deps, org.regionCode),
  )}`;
  throw new DomainError('out_of_jurisdiction', message, 403, [{ path: 'regionCode', message }]);
}

/** An organisation a route names, loaded, and refused unless the caller may `action` it (404, 403). */
export async function orgInJurisdiction(
  deps: AppDeps,
  principal: Principal,
  action: Action,
  orgId: string,
): Promise<Org> {
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
  await assertInJurisdiction(deps, principal, action, org);
  return org;
}
