import type { Decision } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import type { OrgType } from '../organisation/org-types.ts';
import type { BundleRecord, BundleStatus } from './bundle-record.ts';

/** What the bundle rules look at. */
export interface BundleAccessSubject {
  organiserOrgId: string;
  /** Organisations holding member patents. */
  holderOrgIds: readonly string[];
  status: BundleStatus;
}

export const bundleAccessSubject = (
  bundle: Pick<BundleRecord, 'organiserOrgId' | 'holders' | 'status'>,
): BundleAccessSubject => ({
  organiserOrgId: bundle.organiserOrgId,
  holderOrgIds: bundle.holders.map((h) => h.orgId),
  status: bundle.status,
});

/** 公共专利池 are public while published, and stay visible (marked as not on offer) while suspended. */
const PUBLIC_STATUSES: readonly BundleStatus[] = ['published', 'suspended'];
export const isPublicBundle = (status: BundleStatus) => PUBLIC_STATUSES.includes(status);

/** Organisation types that may organise a bundle (高校院所, 服务机构, 园区). */
export const BUNDLE_ORGANISER_TYPES: readonly OrgType[] = ['university', 'agency', 'park'];

type Membership = NonNullable<Principal['membership']>;

const ALLOW: Decision = { allow: true };
const deny = (status: 403 | 404, code: string, message: string): Decision => ({
  allow: false,
  status,
  code,
  message,
});
const NOT_FOUND = deny(404, 'not_found', '未找到该专利包 / bundle not found');
const ONLY_ORGANISERS = deny(
  403,
  'forbidden',
  '只有高校院所、服务机构和园区可以组建专利包 / only universities, agencies and parks organise bundles',
);
const NOT_ORGANISER = deny(
  403,
  'forbidden',
  '只有组建机构可以修改、提交或撤回专利包 / only the organiser may do this',
);
const NOT_HOLDER = deny(
  403,
  'forbidden',
  '只有成员专利的持有机构可以同意或拒绝加入专利包 / only a holder of member patents may consent',
);
const NOT_ADMIN = deny(
  403,
  'forbidden',
  '须由本机构管理员决定是否同意加入专利包 / your organisation’s admin decides on consent',
);
const NOT_OFFICE = deny(
  403,
  'forbidden',
  '只有知识产权局可以审核专利包 / only the IP office reviews bundles',
);
const NO_ORG = deny(403, 'forbidden', '请先加入一个机构 / join an organisation first');
/** The office's list of "its" bundles would always be empty: say where its bundles are instead. */
const OFFICE_HAS_NO_BUNDLES = deny(
  403,
  'forbidden',
  '知识产权局不组建也不持有专利包，没有本机构的专利包列表：待审核的专利包见审核队列（GET /api/bundles/review-queue），' +
    '任一专利包可按编号查看 / the IP office neither organises nor holds bundles, so it has no list of its own: ' +
    'bundles waiting for its review are in the review queue (GET /api/bundles/review-queue), and it may open any bundle by id',
);
const NOT_APPROVED = deny(
  403,
  'org_not_approved',
  '机构入驻申请尚未审核通过，暂不能组建或同意专利包 / your organisation is not approved yet',
);

const isApprovedOffice = (m: Membership | undefined) =>
  m?.orgType === 'ip_office' && m.orgStatus === 'approved';
const isOrganiser = (m: Membership | undefined, b: BundleAccessSubject) => m?.orgId === b.organiserOrgId;
const isHolder = (m: Membership | undefined, b: BundleAccessSubject) =>
  m !== undefined && b.holderOrgIds.includes(m.orgId);

/**
 * Who may see a bundle: members of its organiser and of every holder of a member patent, whatever its
 * status; the approved IP office; and anyone once it is public (published or suspended). A refusal is a
 * 404, so a hidden bundle is indistinguishable from a missing one.
 */
export function canReadBundle(p: Principal, b: BundleAccessSubject): Decision {
  const m = p.membership;
  if (isApprovedOffice(m) || isOrganiser(m, b) || isHolder(m, b) || isPublicBundle(b.status)) return ALLOW;
  return NOT_FOUND;
}

/**
 * The caller's own bundles and those holding its patents: any member of an organisation but the IP office,
 * which organises and holds none (its bundles are in the review queue, and it reads any bundle by id).
 */
export function canListBundles(p: Principal): Decision {
  const m = p.membership;
  if (!m) return NO_ORG;
  return m.orgType === 'ip_office' ? OFFICE_HAS_NO_BUNDLES : ALLOW;
}

/**
 * Creating (no `b`), editing, submitting and withdrawing: members of an approved university, agency or
 * park, on bundles their organisation organises. Someone who may see the bundle but not organise it gets
 * 403; anyone else 404.
 */
export function canOrganiseBundle(p: Principal, b?: BundleAccessSubject): Decision {
  const m = p.membership;
  if (b !== undefined) {
    if (canReadBundle(p, b).allow === false) return NOT_FOUND;
    if (!isOrganiser(m, b)) return NOT_ORGANISER;
  }
  if (!m || !BUNDLE_ORGANISER_TYPES.includes(m.orgType)) return ONLY_ORGANISERS;
  return m.orgStatus === 'approved' ? ALLOW : NOT_APPROVED;
}

/** A holder's consent (or refusal) for all its member patents: the admin of an approved holder organisation. */
export function canConsentToBundle(p: Principal, b: BundleAccessSubject): Decision {
  const m = p.membership;
  if (canReadBundle(p, b).allow === false) return NOT_FOUND;
  if (!m || !isHolder(m, b)) return NOT_HOLDER;
  if (m.role !== 'admin') return NOT_ADMIN;
  return m.orgStatus === 'approved' ? ALLOW : NOT_APPROVED;
}

/** The formal review (queue, publish, reject): the approved IP office only. */
export function canReviewBundle(p: Principal, b?: BundleAccessSubject): Decision {
  if (isApprovedOffice(p.membership)) return ALLOW;
  return b !== undefined && canReadBundle(p, b).allow === false ? NOT_FOUND : NOT_OFFICE;
}
