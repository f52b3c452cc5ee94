import type { Decision } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';

const ALLOW: Decision = { allow: true };
const FORBIDDEN: Decision = {
  allow: false,
  status: 403,
  code: 'forbidden',
  message: '无权执行此操作 / you may not do this',
};
const NOT_FOUND: Decision = { allow: false, status: 404, code: 'not_found', message: '未找到 / not found' };
const NOT_APPROVED: Decision = {
  allow: false,
  status: 403,
  code: 'org_not_approved',
  message:
    '机构入驻申请审核通过后才能登记或主张专利 / your organisation must be approved before it adds or claims patents',
};

/** Organisation types that keep a patent ledger (高校院所, 企业, 园区). */
const HOLDER_TYPES: readonly string[] = ['university', 'enterprise', 'park'];

const isApprovedOffice = (p: Principal) =>
  p.membership?.orgType === 'ip_office' && p.membership.orgStatus === 'approved';

/** Add a patent to the ledger, or claim one another organisation holds: an approved ledger keeper. */
export function canAddPatent(p: Principal): Decision {
  const m = p.membership;
  if (!m || !HOLDER_TYPES.includes(m.orgType)) return FORBIDDEN;
  return m.orgStatus === 'approved' ? ALLOW : NOT_APPROVED;
}

/** Disputes involving the caller's organisation (claimant or holder), or the IP office's queue. */
export function canListPatentDisputes(p: Principal): Decision {
  if (isApprovedOffice(p)) return ALLOW;
  const m = p.membership;
  return m && HOLDER_TYPES.includes(m.orgType) ? ALLOW : FORBIDDEN;
}

/** One dispute: its claimant, its holder, and the IP office. */
export function canReadPatentDispute(p: Principal, parties: readonly string[] | undefined): Decision {
  if (isApprovedOffice(p)) return ALLOW;
  if (!p.membership) return FORBIDDEN;
  return (parties ?? []).includes(p.membership.orgId) ? ALLOW : NOT_FOUND;
}

/** Decide a dispute: the approved IP office (its region is checked against the holder's by the use case). */
export function canResolvePatentDispute(p: Principal, parties: readonly string[] | undefined): Decision {
  if (isApprovedOffice(p)) return ALLOW;
  if (!p.membership) return FORBIDDEN;
  return (parties ?? []).includes(p.membership.orgId) ? FORBIDDEN : NOT_FOUND;
}
