import type { Decision } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';

const ALLOW: Decision = { allow: true };
const deny = (status: 403 | 404, code: string, message: string): Decision => ({
  allow: false,
  status,
  code,
  message,
});
const FORBIDDEN = deny(403, 'forbidden', '无权执行此操作 / you may not do this');
const NOT_APPROVED = deny(
  403,
  'org_not_approved',
  '机构入驻申请审核通过后才能发布或回应成果转化需求 / your organisation must be approved first',
);
const NOT_HOLDER = deny(
  403,
  'not_holder',
  '只能为本单位持有或组织的成果发布转化需求 / you may post conversion needs only on your own listings and bundles',
);

const approvedOf = (p: Principal, type: string): Decision => {
  const m = p.membership;
  if (!m || m.orgType !== type) return FORBIDDEN;
  return m.orgStatus === 'approved' ? ALLOW : NOT_APPROVED;
};

/**
 * Post a conversion need on a listing or bundle: an approved university, and only on its own (`ownerOrgIds`:
 * the listing's holder, or the bundle's holders and organiser). Another university is refused, not hidden:
 * the listing is public.
 */
export function canPostConversionNeed(p: Principal, ownerOrgIds: readonly string[] | undefined): Decision {
  const decision = approvedOf(p, 'university');
  if (!decision.allow || ownerOrgIds === undefined) return decision;
  return ownerOrgIds.includes(p.membership?.orgId ?? '\u0000') ? ALLOW : NOT_HOLDER;
}

/** Withdraw or close: the approved university that posted it (`posterOrgId`); others do not see the action. */
export function canEndConversionNeed(p: Principal, posterOrgId: string | undefined): Decision {
  const decision = approvedOf(p, 'university');
  if (!decision.allow) return decision;
  return p.membership?.orgId === posterOrgId ? ALLOW : deny(404, 'not_found', '未找到 / not found');
}

/** Answer one (it opens a deal lead): an approved enterprise. */
export const canAnswerConversionNeed = (p: Principal): Decision => approvedOf(p, 'enterprise');

/** Read the open ones and one need: any signed-in member of an organisation (universities' offers are public). */
export const canReadConversionNeeds = (p: Principal): Decision => (p.membership ? ALLOW : FORBIDDEN);

/**
 * Who sees an answer's contact and message: the posting university and the answering enterprise; everyone
 * else sees only how many answers there are.
 */
export const seesAnswer = (
  p: Principal,
  need: { posterOrgId: string },
  answer: { enterpriseOrgId: string },
): boolean => {
  const orgId = p.membership?.orgId;
  return orgId !== undefined && (orgId === need.posterOrgId || orgId === answer.enterpriseOrgId);
};
