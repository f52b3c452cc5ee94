import { canManageAuthorisations } from '../authorisation/authorisation-access.ts';
import {
  type BundleAccessSubject,
  canConsentToBundle,
  canListBundles,
  canOrganiseBundle,
  canReadBundle,
  canReviewBundle,
} from '../bundle/bundle-access.ts';
import {
  canAnswerConversionNeed,
  canEndConversionNeed,
  canPostConversionNeed,
  canReadConversionNeeds,
} from '../conversion-need/conversion-need-access.ts';
import {
  canReadNeed,
  canWriteNeed,
  type NeedAccessSubject,
  type NeedWriteAction,
} from '../need/need-access.ts';
import type { OrgType } from '../organisation/index.ts';
import { coversRegion } from '../organisation/jurisdiction.ts';
import {
  canAddPatent,
  canListPatentDisputes,
  canReadPatentDispute,
  canResolvePatentDispute,
} from '../patent/patent-dispute-access.ts';
import type { Principal } from './principal.ts';

/**
 * Every action the API performs. A route names exactly one; the policy below is the only place
 * that decides who may perform it.
 */
export type Action =
  | 'me.read'
  | 'org.apply'
  | 'org.list'
  | 'org.read'
  | 'org.review'
  | 'org.resubmit'
  | 'org.audit.read'
  | 'org.stats.read'
  /** The patent ledger: kept by universities, enterprises and parks, approved or not. */
  | 'patent.read'
  | 'patent.write'
  /** Add a patent to the ledger (form or import) or claim one another holds: an approved patentee organisation. */
  | 'patent.add'
  /** Disputes over who holds a patent number (权属异议): the parties' own, the IP office's queue. */
  | 'patent.dispute.list'
  /** One dispute (`resource.parties`: claimant and holder), and the IP office. */
  | 'patent.dispute.read'
  /** Decide a dispute: the approved IP office. */
  | 'patent.dispute.resolve'
  /** Open-licence declarations: drafts are kept by holders (approved or not); the law's effects need approval. */
  | 'declaration.read'
  | 'declaration.write'
  | 'declaration.submit'
  | 'declaration.withdraw'
  /** The IP office's formal review: publish, reject, withdraw (撤销) a declaration. */
  | 'declaration.review'
  /** Bundles (专利包 / 公共专利池): the caller's own and those holding its patents; one bundle (`resource.bundle`). */
  | 'bundle.list'
  | 'bundle.read'
  /** Create (no `resource.bundle`), edit, submit, withdraw: an approved university, agency or park organiser. */
  | 'bundle.organise'
  /** A holder's admin consents or declines for all its member patents. */
  | 'bundle.consent'
  /** The IP office's formal review of a bundle: queue, publish, reject. */
  | 'bundle.review'
  /** Effects the law and the quotas care about: only approved organisations may perform them. */
  | 'listing.publish'
  | 'push.send'
  | 'deal.sign'
  /** Negotiated deals the caller's organisation is party to or brokers (the IP office: all of a year). */
  | 'deal.list'
  /** One deal (`resource.parties`): its suppliers, acquirer and broker, and the IP office. */
  | 'deal.read'
  /** Record a deal or move it through the pipeline: an approved party or broker (`resource.parties`). */
  | 'deal.write'
  /** Matchmaking events the caller organises or is invited to (the IP office: all of a year). */
  | 'event.list'
  /** One event (`resource.parties`): its organiser, invited enterprises and invited listings' holders, the IP office. */
  | 'event.read'
  /** Create an event, invite, record attendance and minutes, cancel: the approved agency or park organiser. */
  | 'event.organise'
  /**
   * Register for an event, for the caller's own organisation only: an organisation on its invitation list
   * (`resource.parties`) of a kind the event takes (`resource.attendeeTypes`: enterprises for matchmaking).
   */
  | 'event.register'
  /** A list of needs: an enterprise's own ledger, the needs an agency or park manages, any (IP office). */
  | 'need.list'
  /** One need, as its visibility and the caller's authorisation allow (`resource.need`). */
  | 'need.read'
  /** Create (`resource.ownerOrgId`), edit or move through the lifecycle (`resource.need`, `needAction`). */
  | 'need.write'
  /** List the authorisations an organisation granted (enterprise) or holds (agency, park). */
  | 'authorisation.read'
  /** Grant or revoke the authorisations of the enterprise `resource.ownerOrgId`. */
  | 'authorisation.manage'
  /** The approved agencies and parks an enterprise may authorise. */
  | 'agent.list'
  /** Matches of a listing (`resource.ownerOrgId` = its holder): the holder, agencies and parks, the IP office. */
  | 'match.read'
  /** A broker's (agency, park) proposal queue and its push settings (`resource.ownerOrgId` = the broker). */
  | 'proposal.list'
  /** Reject a proposal of the broker `resource.ownerOrgId` (approving it is `push.send`). */
  | 'proposal.reject'
  | 'push.settings.read'
  /** Auto-push on or off and its threshold: the broker's admin. */
  | 'push.settings.write'
  /** A broker's pushes and their summary, the evidence of its quota: the broker and the IP office. */
  | 'push.list'
  /** An enterprise's inbox of pushes (`resource.ownerOrgId` = the enterprise). */
  | 'inbox.read'
  /** Open (read receipt) and answer a push in the enterprise's inbox. */
  | 'inbox.answer'
  | 'push.preferences.read'
  /** Unsubscribe, weekly cap, email: the enterprise's admin. */
  | 'push.preferences.write'
  /** The unmet-demand map (未满足需求): approved agencies, parks and IP offices, each over its own scope. */
  | 'market.unmet.read'
  /** A university's weekly field alerts (领域提醒): its subscription and its alerts. */
  | 'market.alerts.manage'
  /** A university's 市场需求 page and its research fields (研究领域): its own members, approved or not. */
  | 'market.demand.read'
  | 'market.fields.write'
  /** Take an open licence of a published listing or bundle (send the written notice): an approved enterprise. */
  | 'licence.take'
  /** One open licence (`resource.licenceParties`): its licensee, licensors and broker, and the IP office. */
  | 'licence.read'
  /** The caller's own organisation's licences and filing deadlines. */
  | 'licence.list'
  /** Record a payment or a royalty report of the licensee `resource.ownerOrgId`. */
  | 'licence.pay'
  /** Record the filing (备案) of a licence: its licensee or a licensor (`resource.licenceParties`). */
  | 'licence.file'
  /** Confirm or dispute a payment the licensee recorded: an approved licensor (`resource.licenceParties`). */
  | 'licence.confirm'
  /** The organisation's notifications (filing reminders): its members. */
  | 'notification.read'
  /** The yearly targets of an organisation and how far it got: its members and the IP office. */
  | 'quota.read'
  /** Every approved organisation's targets and status in one list: the IP office. */
  | 'quota.overview'
  /** The year's target values for every role: any member (each measures itself on them). */
  | 'quota.targets.read'
  /** Set a year's target values: the approved IP office. */
  | 'quota.targets.write'
  /** Read and save the grading settings (priority chains, IPC → chain table) of its jurisdiction: the approved IP office. */
  | 'grading.settings'
  /** An organisation's hash-chained quota evidence, its check and its evaluation report: its members and the IP office. */
  | 'evidence.read'
  /**
   * The pickers' look-ups (organisations, patents, listings and bundles by name or number; names and ids only):
   * an approved university, enterprise, agency or park, the organisations that record deals and run events.
   */
  | 'directory.lookup'
  /** Universities' conversion needs (成果转化需求): the open ones and one need, for any signed-in member. */
  | 'conversion_need.read'
  /** Post one on a listing or bundle the caller's university holds or organises (`resource.parties`). */
  | 'conversion_need.post'
  /** Withdraw one: the approved university that posted it (`resource.ownerOrgId`). */
  | 'conversion_need.withdraw'
  /** Answer one (it opens a deal lead): an approved enterprise. */
  | 'conversion_need.answer';

/** What the action is performed on: the organisation that owns the subject, when there is one. */
export interface Resource {
  ownerOrgId?: string;
  /** Need actions: the need acted on (for `need.write` without it, `ownerOrgId` names the need's owner). */
  need?: NeedAccessSubject;
  /** Need actions: whether the caller's organisation holds a live authorisation from the need's owner. */
  liveAuthorisation?: boolean;
  /** `need.write`: what is done; defaults to `edit`. */
  needAction?: NeedWriteAction;
  /** Bundle actions: the bundle acted on. */
  bundle?: BundleAccessSubject;
  /** Deal and event actions: the organisations the subject involves (parties and broker; organiser and invitees). */
  parties?: readonly string[];
  /**
   * `event.register`: the kinds of organisation the event takes registrations from (enterprises when not
   * given; a 宣传培训 event's audience kinds).
   */
  attendeeTypes?: readonly OrgType[];
  /** Licence actions: the organisations party to the licence (licensee, licensors and, to read, the broker). */
  licenceParties?: readonly string[];
  /**
   * Review and evaluation (`org.review`, `quota.read`, `evidence.read`): the region code of the organisation
   * acted on. An IP office acts only on organisations in its jurisdiction (`coversRegion`); a route that
   * names another organisation must pass it.
   */
  regionCode?: string;
}

export type Decision =
  | { allow: true }
  | { allow: false; status: 401 | 403 | 404 | 409; code: string; message: string };

const ALLOW: Decision = { allow: true };
const deny = (status: 401 | 403 | 404 | 409, code: string, message: string): Decision => ({
  allow: false,
  status,
  code,
  message,
});

const NOT_FOUND = deny(404, 'not_found', '未找到 / not found');
const FORBIDDEN = deny(403, 'forbidden', '无权执行此操作 / you may not do this');
const NOT_APPROVED = deny(
  403,
  'org_not_approved',
  '机构入驻申请尚未审核通过，暂不能发布、推送或签约 / your organisation is not approved yet',
);

type Rule = (p: Principal, r: Resource) => Decision;

/** Organisation types that hold patents and keep a ledger (高校院所, 企业, 园区). */
const PATENT_HOLDERS: readonly OrgType[] = ['university', 'enterprise', 'park'];

const member = (p: Principal) => p.membership;
const isOwn = (p: Principal, r: Resource) => r.ownerOrgId !== undefined && member(p)?.orgId === r.ownerOrgId;
const isParty = (p: Principal, r: Resource) => (r.parties ?? []).includes(member(p)?.orgId ?? '\u0000');
const isApprovedOffice = (p: Principal) =>
  member(p)?.orgType === 'ip_office' && member(p)?.orgStatus === 'approved';

/** Own organisation's records are visible to its members; the IP office sees everyone's; others see nothing. */
const ownOrOffice: Rule = (p, r) => (isOwn(p, r) || isApprovedOffice(p) ? ALLOW : NOT_FOUND);

const OUT_OF_JURISDICTION = deny(
  403,
  'out_of_jurisdiction',
  '该机构不在本局辖区内（按行政区划代码），由其所在地的知识产权局审核与评价 / the organisation is outside your jurisdiction (by region code)',
);
/** Whether the IP office may review or evaluate the organisation of `r.regionCode` (when named). */
const inJurisdiction = (p: Principal, r: Resource) =>
  r.regionCode === undefined || coversRegion(member(p)?.regionCode, r.regionCode);

/** As {@link ownOrOffice}, the IP office only within its jurisdiction: what it evaluates. */
const ownOrOfficeInRegion: Rule = (p, r) => {
  if (isOwn(p, r)) return ALLOW;
  if (!isApprovedOffice(p)) return NOT_FOUND;
  return inJurisdiction(p, r) ? ALLOW : OUT_OF_JURISDICTION;
};

/** An approved organisation of one of `types` acting on its own records. */
const approvedOwner =
  (types: readonly OrgType[]): Rule =>
  (p, r) => {
    const m = member(p);
    if (!m || !types.includes(m.orgType)) return FORBIDDEN;
    if (r.ownerOrgId !== undefined && m.orgId !== r.ownerOrgId) return NOT_FOUND;
    return m.orgStatus === 'approved' ? ALLOW : NOT_APPROVED;
  };

/** Agencies and parks: the brokers who push matches to the enterprises they serve. */
const BROKERS: readonly OrgType[] = ['agency', 'park'];

/**
 * A member (or, with `role`, an admin) of an organisation of one of `types`, acting on its own records:
 * another organisation's are hidden (404). No approval needed to look; effects that count ask for it.
 */
const ofType =
  (types: readonly OrgType[], role?: 'admin'): Rule =>
  (p, r) => {
    const m = member(p);
    if (!m || !types.includes(m.orgType)) return FORBIDDEN;
    if (r.ownerOrgId !== undefined && m.orgId !== r.ownerOrgId) return NOT_FOUND;
    return role === undefined || m.role === role ? ALLOW : FORBIDDEN;
  };

const RULES: Record<Action, Rule> = {
  'me.read': () => ALLOW,
  'org.apply': (p) =>
    member(p)
      ? deny(409, 'already_member', '您已属于一个机构 / you already belong to an organisation')
      : ALLOW,
  'org.list': (p) => (isApprovedOffice(p) ? ALLOW : FORBIDDEN),
  'org.read': ownOrOffice,
  'org.review': (p, r) => {
    if (!isApprovedOffice(p)) return isOwn(p, r) ? FORBIDDEN : NOT_FOUND;
    if (isOwn(p, r)) return deny(403, 'forbidden', '不能审核本机构 / you cannot review your own office');
    return inJurisdiction(p, r) ? ALLOW : OUT_OF_JURISDICTION;
  },
  'org.resubmit': (p, r) => {
    if (!isOwn(p, r)) return NOT_FOUND;
    return member(p)?.role === 'admin' ? ALLOW : FORBIDDEN;
  },
  'org.audit.read': ownOrOffice,
  'org.stats.read': (p) => (isApprovedOffice(p) ? ALLOW : FORBIDDEN),
  'patent.read': (p, r) => {
    if (isApprovedOffice(p)) return ALLOW;
    const m = member(p);
    if (!m || !PATENT_HOLDERS.includes(m.orgType)) return FORBIDDEN;
    return isOwn(p, r) ? ALLOW : NOT_FOUND;
  },
  'patent.write': (p, r) => {
    const m = member(p);
    if (!m || !PATENT_HOLDERS.includes(m.orgType)) return FORBIDDEN;
    return r.ownerOrgId === undefined || m.orgId === r.ownerOrgId ? ALLOW : NOT_FOUND;
  },
  'patent.add': (p) => canAddPatent(p),
  'patent.dispute.list': (p) => canListPatentDisputes(p),
  'patent.dispute.read': (p, r) => canReadPatentDispute(p, r.parties),
  'patent.dispute.resolve': (p, r) => canResolvePatentDispute(p, r.parties),
  'listing.publish': approvedOwner(['university', 'enterprise', 'park']),
  'declaration.read': (p, r) => {
    if (isApprovedOffice(p)) return ALLOW;
    const m = member(p);
    if (!m || !PATENT_HOLDERS.includes(m.orgType)) return FORBIDDEN;
    return isOwn(p, r) ? ALLOW : NOT_FOUND;
  },
  'declaration.write': (p, r) => {
    const m = member(p);
    if (!m || !PATENT_HOLDERS.includes(m.orgType)) return FORBIDDEN;
    return r.ownerOrgId === undefined || m.orgId === r.ownerOrgId ? ALLOW : NOT_FOUND;
  },
  'declaration.submit': approvedOwner(PATENT_HOLDERS),
  'declaration.withdraw': approvedOwner(PATENT_HOLDERS),
  'declaration.review': (p) => (isApprovedOffice(p) ? ALLOW : FORBIDDEN),
  'bundle.list': (p) => canListBundles(p),
  'bundle.read': (p, r) => (r.bundle ? canReadBundle(p, r.bundle) : NOT_FOUND),
  'bundle.organise': (p, r) => canOrganiseBundle(p, r.bundle),
  'bundle.consent': (p, r) => (r.bundle ? canConsentToBundle(p, r.bundle) : NOT_FOUND),
  'bundle.review': (p, r) => canReviewBundle(p, r.bundle),
  'push.send': approvedOwner(['agency', 'park']),
  'deal.sign': approvedOwner(['university', 'enterprise', 'agency', 'park']),
  'deal.list': (p) => (member(p) ? ALLOW : FORBIDDEN),
  'deal.read': (p, r) => (isApprovedOffice(p) || isParty(p, r) ? ALLOW : member(p) ? NOT_FOUND : FORBIDDEN),
  'deal.write': (p, r) => {
    const m = member(p);
    if (!m || !['university', 'enterprise', 'agency', 'park'].includes(m.orgType)) return FORBIDDEN;
    if (r.parties !== undefined && !isParty(p, r)) return NOT_FOUND;
    return m.orgStatus === 'approved' ? ALLOW : NOT_APPROVED;
  },
  'event.list': (p) => (member(p) ? ALLOW : FORBIDDEN),
  'event.read': (p, r) => (isApprovedOffice(p) || isParty(p, r) ? ALLOW : member(p) ? NOT_FOUND : FORBIDDEN),
  'event.organise': approvedOwner(['agency', 'park']),
  'event.register': (p, r) => {
    const m = member(p);
    if (!m || m.orgType === 'ip_office' || !(r.attendeeTypes ?? ['enterprise']).includes(m.orgType))
      return FORBIDDEN;
    return isParty(p, r)
      ? ALLOW
      : deny(403, 'not_invited', '贵单位未受邀参加此活动 / your organisation is not invited to this event');
  },
  'need.list': (p, r) => {
    const m = member(p);
    if (isApprovedOffice(p) || m?.orgType === 'agency' || m?.orgType === 'park') return ALLOW;
    if (m?.orgType !== 'enterprise') return FORBIDDEN;
    return r.ownerOrgId === undefined || isOwn(p, r) ? ALLOW : NOT_FOUND;
  },
  'need.read': (p, r) =>
    r.need ? canReadNeed(p, r.need, { liveAuthorisation: r.liveAuthorisation ?? false }) : NOT_FOUND,
  'need.write': (p, r) =>
    canWriteNeed(p, r.need ?? { ownerOrgId: r.ownerOrgId ?? '' }, {
      liveAuthorisation: r.liveAuthorisation ?? false,
      ...(r.needAction ? { action: r.needAction } : {}),
    }),
  'authorisation.read': (p, r) => {
    const m = member(p);
    if (isApprovedOffice(p)) return ALLOW;
    if (!m) return FORBIDDEN;
    if (r.ownerOrgId !== undefined && !isOwn(p, r)) return NOT_FOUND;
    // Every member may see whom the enterprise has authorised; only its admin grants and revokes.
    return ['agency', 'park', 'enterprise'].includes(m.orgType) ? ALLOW : FORBIDDEN;
  },
  'authorisation.manage': (p, r) => (member(p) ? canManageAuthorisations(p, r.ownerOrgId ?? '') : FORBIDDEN),
  'agent.list': (p) => (member(p) ? ALLOW : FORBIDDEN),
  'match.read': (p, r) => {
    if (isApprovedOffice(p) || isOwn(p, r)) return ALLOW;
    const m = member(p);
    return m && BROKERS.includes(m.orgType) && m.orgStatus === 'approved' ? ALLOW : FORBIDDEN;
  },
  'proposal.list': ofType(BROKERS),
  'proposal.reject': approvedOwner(BROKERS),
  'push.settings.read': ofType(BROKERS),
  'push.settings.write': ofType(BROKERS, 'admin'),
  'market.unmet.read': approvedOwner(['agency', 'park', 'ip_office']),
  'market.alerts.manage': approvedOwner(['university']),
  'push.list': (p, r) => (isApprovedOffice(p) ? ALLOW : ofType(BROKERS)(p, r)),
  'inbox.read': ofType(['enterprise']),
  'inbox.answer': ofType(['enterprise']),
  'push.preferences.read': ofType(['enterprise']),
  'push.preferences.write': ofType(['enterprise'], 'admin'),
  'licence.take': approvedOwner(['enterprise']),
  'licence.read': (p, r) =>
    isApprovedOffice(p) || (member(p) && r.licenceParties?.includes(member(p)?.orgId ?? ''))
      ? ALLOW
      : NOT_FOUND,
  'licence.list': (p) => (member(p) ? ALLOW : FORBIDDEN),
  'licence.pay': ofType(['enterprise']),
  'licence.confirm': (p, r) => {
    const m = member(p);
    if (!m || !r.licenceParties?.includes(m.orgId)) return FORBIDDEN;
    return m.orgStatus === 'approved' ? ALLOW : NOT_APPROVED;
  },
  'licence.file': (p, r) => {
    if (member(p) && r.licenceParties?.includes(member(p)?.orgId ?? '')) return ALLOW;
    return isApprovedOffice(p) ? FORBIDDEN : NOT_FOUND;
  },
  'notification.read': (p) => (member(p) ? ALLOW : FORBIDDEN),
  'quota.read': (p, r) =>
    member(p) ? ownOrOfficeInRegion(p, { ...r, ownerOrgId: r.ownerOrgId ?? member(p)?.orgId }) : FORBIDDEN,
  'quota.overview': (p) => (isApprovedOffice(p) ? ALLOW : FORBIDDEN),
  'quota.targets.read': (p) => (member(p) ? ALLOW : FORBIDDEN),
  'quota.targets.write': (p) => (isApprovedOffice(p) ? ALLOW : FORBIDDEN),
  'grading.settings': (p) => (isApprovedOffice(p) ? ALLOW : FORBIDDEN),
  'evidence.read': (p, r) =>
    member(p) ? ownOrOfficeInRegion(p, { ...r, ownerOrgId: r.ownerOrgId ?? member(p)?.orgId }) : FORBIDDEN,
  'directory.lookup': approvedOwner(['university', 'enterprise', 'agency', 'park']),
  'market.demand.read': ofType(['university']),
  'market.fields.write': ofType(['university']),
  'conversion_need.read': (p) => canReadConversionNeeds(p),
  'conversion_need.post': (p, r) => canPostConversionNeed(p, r.parties),
  'conversion_need.withdraw': (p, r) => canEndConversionNeed(p, r.ownerOrgId),
  'conversion_need.answer': (p) => canAnswerConversionNeed(p),
};

/**
 * Decides whether `principal` may perform `action` on `resource`. Unknown principals are denied
 * (401); everything not granted by a rule above is denied.
 *
 * @example
 * authorize(officeAdmin, 'org.review', { ownerOrgId: applicant.id }) // { allow: true }
 */
export function authorize(
  principal: Principal | undefined,
  action: Action,
  resource: Resource = {},
): Decision {
  if (!principal) return deny(401, 'unauthenticated', '请先登录 / please sign in');
  const rule = RULES[action];
  return rule ? rule(principal, resource) : FORBIDDEN;
}
