import type { Decision } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import type { NeedAction } from './lifecycle.ts';
import type { Need, NeedStatus } from './need.ts';

/** What the read rules look at. */
export type NeedAccessSubject = Pick<Need, 'ownerOrgId' | 'visibility' | 'status'>;

export interface NeedAccessContext {
  /**
   * Whether the principal's organisation holds a live authorisation (委托授权) from the need's owner,
   * as computed with `hasLiveAuthorisation` for `today`.
   */
  liveAuthorisation: boolean;
}

/** `create` and `edit` keep or change a draft's fields; the rest are the lifecycle actions. */
export type NeedWriteAction = 'create' | 'edit' | NeedAction;

export interface NeedWriteContext extends NeedAccessContext {
  /** Defaults to `edit`. */
  action?: NeedWriteAction;
}

type Membership = NonNullable<Principal['membership']>;

const ALLOW: Decision = { allow: true };
const deny = (status: 401 | 403 | 404 | 409, code: string, message: string): Decision => ({
  allow: false,
  status,
  code,
  message,
});

const UNAUTHENTICATED = deny(401, 'unauthenticated', '请先登录 / please sign in');
const NOT_FOUND = deny(404, 'not_found', '未找到该需求 / need not found');
const FORBIDDEN = deny(403, 'forbidden', '无权修改该需求 / you may not change this need');
const NO_AUTHORISATION = deny(
  403,
  'no_authorisation',
  '未获得该企业的有效授权 / no live authorisation from this enterprise',
);
const ONLY_ENTERPRISES = deny(
  403,
  'forbidden',
  '只有企业可以登记技术需求 / only enterprises keep technology needs',
);
const NOT_APPROVED = deny(
  403,
  'org_not_approved',
  '机构入驻申请尚未审核通过，可保存草稿但暂不能发布需求 / your organisation is not approved yet: ' +
    'drafts can be kept but not published',
);

const AGENT_NOT_APPROVED = deny(
  403,
  'org_not_approved',
  '机构入驻申请尚未审核通过，暂不能代企业管理需求 / your organisation is not approved yet, so it cannot ' +
    'manage needs for enterprises',
);

/** Drafts are unpublished and closed needs withdrawn: visibility no longer exposes them to others. */
const HIDDEN_FROM_OTHERS: ReadonlySet<NeedStatus> = new Set(['draft', 'closed']);

/** Keeping a draft and closing (which also discards a draft) need no approval; publishing and the rest do. */
const WITHOUT_APPROVAL: ReadonlySet<NeedWriteAction> = new Set(['create', 'edit', 'close']);

const isAgent = (m: Membership) => m.orgType === 'agency' || m.orgType === 'park';
const isApprovedAgent = (m: Membership) => isAgent(m) && m.orgStatus === 'approved';
const isApprovedOffice = (m: Membership) => m.orgType === 'ip_office' && m.orgStatus === 'approved';
const isSubject = (target: Pick<Need, 'ownerOrgId'>): target is NeedAccessSubject =>
  'visibility' in target && 'status' in target;

/**
 * Who may see a need. The owner enterprise (any member, approved or not), the approved IP office, and an
 * approved agency or park holding a live authorisation from the owner see every need in every status. Anyone
 * else sees only published, not closed needs, as their visibility allows: `public` to every signed-in user,
 * `agencies` to approved agencies and parks, `private` to nobody. An agency that collected the need but whose
 * authorisation has lapsed or been revoked keeps no special access: it sees what every agency sees. A refusal
 * is a 404, so a hidden need is indistinguishable from a missing one.
 */
export function canReadNeed(
  principal: Principal | undefined,
  need: NeedAccessSubject,
  { liveAuthorisation }: NeedAccessContext,
): Decision {
  if (!principal) return UNAUTHENTICATED;
  const m = principal.membership;
  if (m !== undefined) {
    if (m.orgId === need.ownerOrgId || isApprovedOffice(m)) return ALLOW;
    if (liveAuthorisation && isApprovedAgent(m)) return ALLOW;
  }
  if (HIDDEN_FROM_OTHERS.has(need.status)) return NOT_FOUND;
  switch (need.visibility) {
    case 'public':
      return ALLOW;
    case 'agencies':
      return m !== undefined && isApprovedAgent(m) ? ALLOW : NOT_FOUND;
    case 'private':
      return NOT_FOUND;
  }
}

/** A refusal for someone who may not write: 403 when they can see the need anyway, else hidden like a read. */
function refuse(
  principal: Principal,
  target: Pick<Need, 'ownerOrgId'>,
  context: NeedAccessContext,
  refusal: Decision,
): Decision {
  if (!isSubject(target)) return refusal;
  const read = canReadNeed(principal, target, context);
  return read.allow ? refusal : read;
}

/**
 * Who may create, edit or move a need through its lifecycle. Pass the full need when there is one, or just
 * `{ ownerOrgId }` to create. The owner enterprise's members may always keep drafts and close, but only an
 * approved enterprise may publish (`open`) and perform the other transitions. An approved agency or park
 * may do all of it with a live authorisation from the owner; without one it gets 403 `no_authorisation`.
 * Whether the need's status accepts the change is for `transitionNeed` and `reviseNeed` to say.
 *
 * @example canWriteNeed(pendingEnterpriseMember, need, { liveAuthorisation: false, action: 'open' }) // 403 org_not_approved
 */
export function canWriteNeed(
  principal: Principal | undefined,
  target: NeedAccessSubject | Pick<Need, 'ownerOrgId'>,
  { liveAuthorisation, action = 'edit' }: NeedWriteContext,
): Decision {
  if (!principal) return UNAUTHENTICATED;
  const context = { liveAuthorisation };
  const m = principal.membership;
  if (m === undefined) return refuse(principal, target, context, FORBIDDEN);
  if (m.orgId === target.ownerOrgId) {
    if (m.orgType !== 'enterprise') return ONLY_ENTERPRISES;
    return m.orgStatus === 'approved' || WITHOUT_APPROVAL.has(action) ? ALLOW : NOT_APPROVED;
  }
  if (!isAgent(m)) return refuse(principal, target, context, FORBIDDEN);
  if (!liveAuthorisation) return refuse(principal, target, context, NO_AUTHORISATION);
  return m.orgStatus === 'approved' ? ALLOW : AGENT_NOT_APPROVED;
}
