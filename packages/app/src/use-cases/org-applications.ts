import {
  coversRegion,
  DomainError,
  type Org,
  type OrgApplication,
  type OrgStatus,
  type Principal,
  type ReviewDecision,
  resubmitOrg,
  reviewOrg,
} from '@openlicense/domain';
import type { AuditEntry, Page } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import { assertInJurisdiction } from './jurisdiction.ts';

const audit = (
  deps: AppDeps,
  orgId: string,
  actorId: string,
  action: string,
  summary: string,
  at: string,
): AuditEntry => ({
  id: deps.newId(),
  orgId,
  at,
  actorId,
  action,
  summary,
});

/** 入驻申请: the applicant becomes the admin of a new, pending organisation. */
export async function applyForOrg(
  deps: AppDeps,
  principal: Principal,
  application: OrgApplication,
): Promise<Org> {
  const at = deps.now().toISOString();
  const org: Org = {
    id: deps.newId(),
    ...application,
    status: 'pending',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await deps.store.orgs.create(
    org,
    { userId: principal.userId, email: principal.email, role: 'admin' },
    audit(deps, org.id, principal.userId, 'org.applied', `${principal.name} 提交入驻申请（${org.name}）`, at),
  );
  // The membership stored above is authoritative; the identity provider's copy (claims) is a hint,
  // so a failure to mirror it is logged rather than failing an application that already exists.
  await deps.identitySync.membershipChanged(principal.userId, org.id, 'admin').catch((error: unknown) =>
    console.error(
      JSON.stringify({
        level: 'warn',
        msg: 'identity sync failed',
        userId: principal.userId,
        error: String(error),
      }),
    ),
  );
  return org;
}

/**
 * The IP office approves or rejects a pending application of its own region (403 `out_of_jurisdiction`
 * naming the office that covers it otherwise); a stale read cannot overwrite a newer decision.
 */
export async function reviewApplication(
  deps: AppDeps,
  reviewer: Principal,
  orgId: string,
  decision: ReviewDecision,
) {
  const org = await loadOrg(deps, orgId);
  await assertInJurisdiction(deps, reviewer, 'org.review', org);
  const at = deps.now().toISOString();
  const next = reviewOrg(org, decision, reviewer.userId, at);
  const summary =
    decision.kind === 'approve'
      ? `${reviewer.name} 审核通过入驻申请`
      : `${reviewer.name} 驳回入驻申请：${decision.reason}`;
  await deps.store.orgs.update(
    next,
    org.version,
    audit(deps, org.id, reviewer.userId, `org.${next.status}`, summary, at),
  );
  return next;
}

/** A corrected application goes back into the review queue; `version` is what the editor last saw. */
export async function resubmitApplication(
  deps: AppDeps,
  principal: Principal,
  orgId: string,
  changes: Omit<OrgApplication, 'type'>,
  version: number,
) {
  const org = await loadOrg(deps, orgId);
  if (org.version !== version)
    throw new DomainError(
      'stale_version',
      '该记录已被他人修改，请刷新后重试 / changed by someone else, reload and retry',
      409,
    );
  const at = deps.now().toISOString();
  const next = resubmitOrg(org, changes, at);
  const entry = audit(
    deps,
    org.id,
    principal.userId,
    'org.resubmitted',
    `${principal.name} 修改并重新提交入驻申请`,
    at,
  );
  await deps.store.orgs.update(next, version, entry, org.uscc);
  return next;
}

/** Index pages read per request at most while looking for in-region organisations (the rest via the cursor). */
const MAX_PAGES = 20;

/**
 * The IP office's list of organisations in `status` — its review queue for `pending` — holding only those
 * of its jurisdiction (by region-code prefix). Pages are read so that the cursor returned is exact: each
 * read asks for no more than the items still wanted.
 */
export async function listOrgsInJurisdiction(
  deps: AppDeps,
  office: Principal,
  status: OrgStatus,
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<Org>> {
  const region = office.membership?.regionCode;
  const items: Org[] = [];
  let cursor = options.cursor;
  for (let page = 0; page < MAX_PAGES && items.length < options.limit; page++) {
    const read = await deps.store.orgs.listByStatus(status, {
      limit: options.limit - items.length,
      ...(cursor ? { cursor } : {}),
    });
    items.push(...read.items.filter((org) => coversRegion(region, org.regionCode)));
    cursor = read.nextCursor;
    if (!cursor) break;
  }
  return cursor ? { items, nextCursor: cursor } : { items };
}

async function loadOrg(deps: AppDeps, orgId: string): Promise<Org> {
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
  return org;
}
