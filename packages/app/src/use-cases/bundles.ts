import {
  type Action,
  allHoldersConsented,
  authorize,
  BUNDLE_ISSUE_TITLES,
  type BundleAction,
  type BundleDraftInput,
  type BundleMemberFacts,
  type BundleMemberRecord,
  type BundleRecord,
  type BundleStatus,
  bundleAccessSubject,
  bundleActionsFrom,
  bundleChangeAction,
  bundleChangeSummary,
  bundleCreatedSummary,
  bundleMemberOf,
  calculateRoyalty,
  checkBundleTerms,
  coOwnersOf,
  DomainError,
  decideAsHolder,
  type ExpectedVolumes,
  editBundle,
  evaluateBundleOffer,
  type HolderDecision,
  holderDecisionAction,
  holderDecisionSummary,
  type Issue,
  isoDateInChina,
  membersHeldBy,
  newBundle,
  type Org,
  type Principal,
  type RoyaltyEstimate,
  transitionBundle,
  withCurrentDeclarations,
} from '@openlicense/domain';
import { type AuditEntry, type Page, StoreConflictError } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';
import type { TitledIssue } from './declarations.ts';

/** The lifecycle actions a caller may ask for; suspend, restore and expire belong to the system. */
export const BUNDLE_REQUESTED_ACTIONS = ['submit', 'publish', 'reject', 'withdraw'] as const;
export type RequestedBundleAction = (typeof BUNDLE_REQUESTED_ACTIONS)[number];

/** Which rule of the access policy each requested action answers to. */
export const POLICY_FOR_BUNDLE_ACTION: Record<RequestedBundleAction, Action> = {
  submit: 'bundle.organise',
  withdraw: 'bundle.organise',
  publish: 'bundle.review',
  reject: 'bundle.review',
};

export interface BundleOfferView {
  /** On offer now: published, within its period, and every member could be declared. */
  offered: boolean;
  /** What holds each member back, whatever the status (a draft shows what would block it). */
  blockers: { patentNumber: string; issues: TitledIssue[] }[];
}
export interface BundleDetail {
  bundle: BundleRecord;
  offer: BundleOfferView;
  /** The bundle's own terms: promotional wording, a past start (before publication), price guidance. */
  terms: { errors: TitledIssue[]; warnings: TitledIssue[] };
  /** What this caller may do next. */
  availableActions: RequestedBundleAction[];
  /** Present when the caller's organisation holds member patents. */
  myConsent?: { holderOrgId: string; decision: HolderDecision; canDecide: boolean };
}
export interface BundleListItem {
  bundle: BundleRecord;
  role: { organiser: boolean; holder: boolean };
  /** The caller's holder decision, when its organisation holds member patents. */
  myDecision?: HolderDecision;
  /** The caller's organisation holds member patents and has not decided yet. */
  awaitingMyConsent: boolean;
}

const titled = (issue: Issue): TitledIssue => ({
  ...issue,
  title: BUNDLE_ISSUE_TITLES[issue.code] ?? issue.code,
});

/** Today in China, the day licence periods are counted in. */
const today = (deps: AppDeps) => isoDateInChina(deps.now());

const STALE = () =>
  new DomainError(
    'stale_version',
    '该专利包已被他人修改，请刷新后重试 / the bundle changed meanwhile, reload and retry',
    409,
  );

export async function loadBundle(deps: AppDeps, id: string): Promise<BundleRecord> {
  const record = await deps.store.bundles.get(id);
  if (!record) throw new DomainError('not_found', '未找到该专利包 / bundle not found', 404);
  return record;
}

async function loadOrg(deps: AppDeps, orgId: string): Promise<Org> {
  const org = await deps.store.orgs.get(orgId);
  if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
  return org;
}

/**
 * Each member of `input` as the patent ledger has it, with its holder's name. A number in nobody's ledger
 * is refused with 422, naming the member's field.
 */
async function resolveMembers(deps: AppDeps, input: BundleDraftInput): Promise<BundleMemberRecord[]> {
  const numbers = input.members.map((m) => m.patentNumber);
  const patents = await deps.store.patents.getMany(numbers);
  const missing = numbers.flatMap((number, i) => (patents.has(number) ? [] : [{ number, i }]));
  if (missing.length > 0) {
    throw new DomainError(
      'member_patent_not_found',
      `专利台账中没有这些专利，请先由持有机构登记：${missing.map((m) => `ZL${m.number}`).join('、')} / not in any patent ledger: ${missing.map((m) => m.number).join(', ')}`,
      422,
      missing.map(({ number, i }) => ({
        path: `members.${i}.patentNumber`,
        message: `专利 ZL${number} 不在任何机构的专利台账中 / ZL${number} is in no ledger`,
      })),
    );
  }
  const holderIds = [...new Set([...patents.values()].map((p) => p.holderOrgId))];
  const holders = new Map(
    await Promise.all(
      holderIds.map(async (id) => [id, (await deps.store.orgs.get(id))?.name ?? id] as const),
    ),
  );
  return numbers.map((number) => {
    const patent = patents.get(number)!;
    return bundleMemberOf(patent, holders.get(patent.holderOrgId) ?? patent.holderOrgId);
  });
}

const audit = (
  deps: AppDeps,
  orgId: string,
  actorId: string,
  at: string,
  action: string,
  summary: string,
): AuditEntry => ({ id: deps.newId(), orgId, at, actorId, action, summary });

/** 专利包 draft organised by the caller's organisation; every holder's consent starts pending. */
export async function draftBundle(
  deps: AppDeps,
  principal: Principal,
  input: BundleDraftInput,
): Promise<BundleRecord> {
  const organiser = await loadOrg(deps, principal.membership!.orgId);
  const members = await resolveMembers(deps, input);
  const at = deps.now().toISOString();
  const record = newBundle(input, members, organiser, { id: deps.newId(), at });
  await deps.store.bundles.create(record, [
    audit(
      deps,
      organiser.id,
      principal.userId,
      at,
      'bundle.created',
      bundleCreatedSummary(record, principal.name),
    ),
  ]);
  return record;
}

/** New contents for a draft or rejected bundle the organiser read at `version`. */
export async function editBundleTerms(
  deps: AppDeps,
  current: BundleRecord,
  input: BundleDraftInput,
  version: number,
): Promise<BundleRecord> {
  if (current.version !== version) throw STALE();
  const members = await resolveMembers(deps, input);
  const next = editBundle(current, input, members, deps.now().toISOString());
  await deps.store.bundles.save(current, next, []);
  return next;
}

/** Every reason the bundle cannot be submitted or published now, each titled and naming its patent. */
function submissionErrors(record: BundleRecord, facts: BundleMemberFacts, day: string) {
  const offer = evaluateBundleOffer(record, facts, day);
  const terms = checkBundleTerms(record, day, { startMatters: true });
  return [
    ...offer.blockers.flatMap((b) =>
      b.issues.map((issue) => ({ ...titled(issue), patentNumber: b.patentNumber })),
    ),
    ...terms.errors.map(titled),
  ];
}

/**
 * Moves a bundle along its lifecycle for `principal` (already allowed by the policy). Submitting and
 * publishing re-check every member against the ledger and every holder's consent, and the bundle's own
 * terms, refusing with 422 `bundle_not_allowed` and each finding; they also record each member's published
 * declaration, so its withdrawal is noticed later. The change and its audit entry on the organiser's trail
 * are written together.
 */
export async function changeBundleStatus(
  deps: AppDeps,
  principal: Principal,
  current: BundleRecord,
  request: { action: RequestedBundleAction; reason?: string | undefined; version: number },
): Promise<BundleRecord> {
  if (current.version !== request.version) throw STALE();
  const at = deps.now().toISOString();
  let next = transitionBundle(current, request.action, {
    actorId: principal.userId,
    at,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
  });
  if (request.action === 'submit' || request.action === 'publish') {
    const facts = await deps.store.bundles.memberFacts(current);
    const errors = submissionErrors(current, facts, today(deps));
    if (errors.length > 0) {
      const verb = request.action === 'submit' ? '提交' : '公告';
      const titles = [...new Set(errors.map((e) => e.title))].join('、');
      throw new DomainError(
        'bundle_not_allowed',
        `该专利包暂不能${verb}：${titles} / the bundle cannot be ${request.action === 'submit' ? 'submitted' : 'published'} yet`,
        422,
        errors,
      );
    }
    next = { ...next, members: withCurrentDeclarations(current.members, facts) };
  }
  await deps.store.bundles.save(current, next, [
    audit(
      deps,
      current.organiserOrgId,
      principal.userId,
      at,
      bundleChangeAction(request.action),
      bundleChangeSummary(next, request.action, principal.name),
    ),
  ]);
  return next;
}

/**
 * A holder's decision, for all its patents in the bundle, recorded on its own trail. Consent needs every
 * co-owner of its co-owned member patents (`coOwnersConsented`). Declining a published bundle suspends it at
 * once; consenting to a suspended one restores it when nothing else holds it back. Without `version` the
 * decision applies to the bundle as it is now (another holder deciding meanwhile is retried); with it, a
 * bundle changed since is refused with 409.
 */
export async function decideConsent(
  deps: AppDeps,
  principal: Principal,
  bundleId: string,
  request: {
    consent: boolean;
    note?: string | undefined;
    coOwnersConsented?: boolean | undefined;
    version?: number | undefined;
  },
): Promise<BundleRecord> {
  for (let attempt = 1; ; attempt++) {
    const current = await loadBundle(deps, bundleId);
    if (request.version !== undefined && current.version !== request.version) throw STALE();
    try {
      return await applyDecision(deps, principal, current, request);
    } catch (error) {
      const retry = request.version === undefined && attempt < 3;
      if (!(retry && error instanceof StoreConflictError && error.code === 'stale_version')) throw error;
    }
  }
}

async function applyDecision(
  deps: AppDeps,
  principal: Principal,
  current: BundleRecord,
  request: { consent: boolean; note?: string | undefined; coOwnersConsented?: boolean | undefined },
): Promise<BundleRecord> {
  const holderOrgId = principal.membership!.orgId;
  const holderName = current.holders.find((h) => h.orgId === holderOrgId)?.name ?? holderOrgId;
  const at = deps.now().toISOString();
  const day = today(deps);
  if (request.consent && request.coOwnersConsented !== true) {
    const held = membersHeldBy(current, holderOrgId).map((m) => m.patentNumber);
    const patents = [...(await deps.store.patents.getMany(held)).values()];
    const coOwners = coOwnersOf(patents, holderName);
    if (coOwners.length > 0) {
      throw new DomainError(
        'co_owner_not_consented',
        `请先取得全部共有人同意：${coOwners.join('、')}，并确认 coOwnersConsented / every co-owner must consent first: ${coOwners.join(', ')}`,
        422,
        [{ path: 'coOwnersConsented', message: `co-owners: ${coOwners.join(', ')}` }],
      );
    }
  }
  const decision = request.consent ? 'consented' : 'declined';
  const decided = decideAsHolder(current, holderOrgId, decision, {
    actorId: principal.userId,
    at,
    note: request.note,
    ...(request.coOwnersConsented === undefined ? {} : { coOwnersConsented: request.coOwnersConsented }),
  });
  const audits = [
    audit(
      deps,
      holderOrgId,
      principal.userId,
      at,
      holderDecisionAction(decision),
      holderDecisionSummary(decided, holderOrgId, principal.name),
    ),
  ];

  let next = decided;
  let statusAction: BundleAction | undefined;
  if (current.status === 'published' && !request.consent) {
    statusAction = 'suspend';
    next = transitionBundle(decided, 'suspend', {
      actorId: principal.userId,
      at,
      reason: `${holderName}撤回了将其专利纳入专利包的同意`,
    });
  } else if (current.status === 'suspended' && request.consent && allHoldersConsented(decided)) {
    const facts = await deps.store.bundles.memberFacts(decided);
    const members = withCurrentDeclarations(decided.members, facts);
    if (evaluateBundleOffer({ ...decided, members }, facts, day).offered && decided.period.end >= day) {
      statusAction = 'restore';
      next = { ...transitionBundle(decided, 'restore', { actorId: principal.userId, at }), members };
    }
  }
  if (statusAction) {
    next = { ...next, version: current.version + 1 };
    audits.push(
      audit(
        deps,
        current.organiserOrgId,
        principal.userId,
        at,
        bundleChangeAction(statusAction),
        bundleChangeSummary(next, statusAction, principal.name),
      ),
    );
  }
  await deps.store.bundles.save(current, next, audits);
  return next;
}

/** Statuses in which the start of the period still matters: before publication. */
const START_MATTERS: readonly BundleStatus[] = ['draft', 'rejected', 'submitted'];

function offerView(record: BundleRecord, facts: BundleMemberFacts, day: string): BundleOfferView {
  const offer = evaluateBundleOffer(record, facts, day);
  return {
    offered: record.status === 'published' && offer.offered && record.period.end >= day,
    blockers: offer.blockers.map((b) => ({ patentNumber: b.patentNumber, issues: b.issues.map(titled) })),
  };
}

function termsView(record: BundleRecord, day: string) {
  const terms = checkBundleTerms(record, day, { startMatters: START_MATTERS.includes(record.status) });
  return { errors: terms.errors.map(titled), warnings: terms.warnings.map(titled) };
}

/** Who decided what, and the last status changer, are the participants' business, not the public's. */
function publicCopy(record: BundleRecord): BundleRecord {
  const { statusChangedBy: _s, ...rest } = record;
  return {
    ...rest,
    holders: record.holders.map(({ decidedBy: _d, note: _n, ...holder }) => holder),
  };
}

const isParticipant = (principal: Principal | undefined, record: BundleRecord) => {
  const m = principal?.membership;
  if (!m) return false;
  return (
    (m.orgType === 'ip_office' && m.orgStatus === 'approved') ||
    m.orgId === record.organiserOrgId ||
    record.holders.some((h) => h.orgId === m.orgId)
  );
};

/** The actions open from the bundle's status that the access policy lets `principal` take. */
function availableActions(principal: Principal | undefined, record: BundleRecord): RequestedBundleAction[] {
  if (!principal) return [];
  const bundle = bundleAccessSubject(record);
  const open = bundleActionsFrom(record.status);
  return BUNDLE_REQUESTED_ACTIONS.filter(
    (action) =>
      open.includes(action) && authorize(principal, POLICY_FOR_BUNDLE_ACTION[action], { bundle }).allow,
  );
}

/** The bundle with what its page needs: whether it is on offer and why not, its terms, next actions. */
export async function bundleDetail(
  deps: AppDeps,
  principal: Principal | undefined,
  record: BundleRecord,
): Promise<BundleDetail> {
  const day = today(deps);
  const facts = await deps.store.bundles.memberFacts(record);
  const orgId = principal?.membership?.orgId;
  const holder = record.holders.find((h) => h.orgId === orgId);
  const canDecide =
    holder !== undefined &&
    principal !== undefined &&
    !['withdrawn', 'expired'].includes(record.status) &&
    authorize(principal, 'bundle.consent', { bundle: bundleAccessSubject(record) }).allow;
  return {
    bundle: isParticipant(principal, record) ? record : publicCopy(record),
    offer: offerView(record, facts, day),
    terms: termsView(record, day),
    availableActions: availableActions(principal, record),
    ...(holder ? { myConsent: { holderOrgId: holder.orgId, decision: holder.decision, canDecide } } : {}),
  };
}

/** Bundles the caller's organisation organises or holds member patents of, newest first. */
export async function listBundles(
  deps: AppDeps,
  principal: Principal,
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<BundleListItem>> {
  const orgId = principal.membership!.orgId;
  const page = await deps.store.bundles.listForOrg(orgId, options);
  const items = page.items.map((bundle): BundleListItem => {
    const mine = bundle.holders.find((h) => h.orgId === orgId);
    return {
      bundle,
      role: { organiser: bundle.organiserOrgId === orgId, holder: mine !== undefined },
      ...(mine ? { myDecision: mine.decision } : {}),
      awaitingMyConsent: mine?.decision === 'pending' && !['withdrawn', 'expired'].includes(bundle.status),
    };
  });
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}

/** The IP office's queue: submitted bundles, oldest submission first, each with its offer check and terms. */
export async function bundleReviewQueue(
  deps: AppDeps,
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<{ bundle: BundleRecord; offer: BundleOfferView; terms: BundleDetail['terms'] }>> {
  const page = await deps.store.bundles.listByStatus('submitted', options);
  const day = today(deps);
  const items = await Promise.all(
    page.items.map(async (bundle) => ({
      bundle,
      offer: offerView(bundle, await deps.store.bundles.memberFacts(bundle), day),
      terms: termsView(bundle, day),
    })),
  );
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}

/** What a licensee would pay for the whole bundle under its terms, for its own expected yearly volumes. */
export function bundleRoyaltyFor(record: BundleRecord, expected: ExpectedVolumes): RoyaltyEstimate {
  try {
    return calculateRoyalty(record.royalty, record.period, expected);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new DomainError(
      'amount_out_of_range',
      '估算金额超出可计算范围，请减小预计销售额、利润或数量 / the estimate is too large to compute; use smaller volumes',
      422,
    );
  }
}
