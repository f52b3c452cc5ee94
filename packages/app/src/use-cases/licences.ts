import {
  type AcceptanceRequest,
  acceptanceIssues,
  assertMayDisputeReceipt,
  type BundleRecord,
  brokerDue,
  calculateRoyalty,
  chinaYear,
  type DeclarationRecord,
  DomainError,
  dueOnAcceptance,
  type EvidenceKind,
  type FilingState,
  filingDeadline,
  filingState,
  formatFen,
  type Issue,
  isInInbox,
  isoDateInChina,
  type LicenceReceipt,
  type Notification,
  nextInstalment,
  type OpenLicence,
  type Party,
  type Payment,
  type Principal,
  paymentIssues,
  type RoyaltyReportInput,
  type RoyaltyReportRecord,
  receiptShareOf,
  royaltyDue,
  splitEvenly,
  type WrittenNotice,
  writtenNotice,
} from '@openlicense/domain';
import {
  type LicenceCount,
  type LicenceParty,
  type OfferCheck,
  type Page,
  quotaAttribute,
} from '@openlicense/store';
import type { AppDeps } from '../deps.ts';

const orgOf = (principal: Principal) => principal.membership?.orgId ?? '';
const today = (deps: AppDeps) => isoDateInChina(deps.now());

export const LICENCE_NOT_FOUND = () =>
  new DomainError('not_found', '未找到该开放许可 / open licence not found', 404);

/** 422 with every issue, each naming its field. */
function refused(code: string, headline: string, issues: Issue[]): DomainError {
  return new DomainError(
    code,
    `${headline}：${issues.map((issue) => issue.message).join('；')}`,
    422,
    issues.map((issue) => ({ path: issue.field ?? '', code: issue.code, message: issue.message })),
  );
}

/** The parties who may read a licence: licensee, licensors and the broker. */
export const readersOf = (licence: OpenLicence): string[] => [
  licence.licensee.orgId,
  ...licence.licensors.map((party) => party.orgId),
  ...(licence.brokerOrgId ? [licence.brokerOrgId] : []),
];
/** The parties who may record the filing: the licensee and the licensors (Regs Art 87: either party). */
export const filersOf = (licence: OpenLicence): string[] => [
  licence.licensee.orgId,
  ...licence.licensors.map((party) => party.orgId),
];

export async function loadLicence(deps: AppDeps, id: string): Promise<OpenLicence> {
  const licence = await deps.store.licences.get(id);
  if (!licence) throw LICENCE_NOT_FOUND();
  return licence;
}

// ── the offer ──

interface Offer {
  kind: 'listing' | 'bundle';
  id: string;
  title: string;
  status: string;
  declarationIds: string[];
  patentNumbers: string[];
  licensors: Party[];
  terms: OpenLicence['terms'];
  checks: OfferCheck[];
  /** Statuses, dates and reasons to name when it is no longer offered. */
  withdrawnAt?: string | undefined;
  statusReason?: string | undefined;
}

const STATUS_ZH: Record<string, string> = {
  draft: '尚未公告',
  submitted: '尚未公告（待审核）',
  rejected: '未通过审核',
  withdrawn: '已撤回',
  office_withdrawn: '已被知识产权局撤销',
  expired: '已失效',
  suspended: '暂停提供',
};

function listingOffer(declaration: DeclarationRecord): Offer {
  return {
    kind: 'listing',
    id: declaration.id,
    title: declaration.listing.title,
    status: declaration.status,
    declarationIds: [declaration.id],
    patentNumbers: [declaration.patentNumber],
    licensors: [{ orgId: declaration.holderOrgId, name: declaration.listing.holderName }],
    terms: {
      royalty: declaration.royalty,
      period: declaration.period,
      scope: declaration.scope,
      territory: declaration.territory,
    },
    checks: [{ kind: 'declaration', id: declaration.id }],
    withdrawnAt: declaration.withdrawnAt,
    statusReason: declaration.statusReason,
  };
}

/** Checks beyond the bundle's own are dropped when the transaction would grow past DynamoDB's 100 items. */
const MAX_MEMBER_CHECKS = 20;

function bundleOffer(bundle: BundleRecord): Offer {
  const declarationIds = bundle.members.flatMap((m) => (m.declarationId ? [m.declarationId] : []));
  return {
    kind: 'bundle',
    id: bundle.id,
    title: bundle.name,
    status: bundle.status,
    declarationIds: declarationIds.length > 0 ? declarationIds : [bundle.id],
    patentNumbers: bundle.members.map((m) => m.patentNumber),
    licensors: bundle.holders.map((h) => ({ orgId: h.orgId, name: h.name })),
    terms: {
      royalty: bundle.royalty,
      period: bundle.period,
      scope: bundle.scope,
      territory: bundle.territory,
    },
    checks: [
      { kind: 'bundle', id: bundle.id },
      ...(declarationIds.length <= MAX_MEMBER_CHECKS
        ? declarationIds.map((id): OfferCheck => ({ kind: 'declaration', id }))
        : []),
    ],
    withdrawnAt: bundle.withdrawnAt ?? bundle.statusChangedAt,
    statusReason: bundle.statusReason,
  };
}

async function loadOffer(deps: AppDeps, kind: 'listing' | 'bundle', id: string): Promise<Offer> {
  if (kind === 'bundle') {
    const bundle = await deps.store.bundles.get(id);
    if (!bundle || bundle.status === 'draft' || bundle.status === 'submitted' || bundle.status === 'rejected')
      throw new DomainError('not_found', '未找到该专利包 / bundle not found', 404);
    return bundleOffer(bundle);
  }
  const declaration = await deps.store.declarations.get(id);
  if (
    !declaration ||
    declaration.status === 'draft' ||
    declaration.status === 'submitted' ||
    declaration.status === 'rejected'
  )
    throw new DomainError('not_found', '未找到该开放许可成果 / listing not found', 404);
  return listingOffer(declaration);
}

function notOffered(offer: Offer): DomainError {
  const what = offer.kind === 'bundle' ? '专利包' : '开放许可声明';
  const day = offer.withdrawnAt ? isoDateInChina(new Date(offer.withdrawnAt)) : undefined;
  const reason = offer.statusReason ? `，理由：${offer.statusReason}` : '';
  return new DomainError(
    'offer_withdrawn',
    `该${what}${day ? `已于 ${day} ` : ''}${STATUS_ZH[offer.status] ?? offer.status}${reason}，不能再据此取得开放许可（已取得的许可继续有效）/ ` +
      `the ${offer.kind === 'bundle' ? 'bundle' : 'declaration'} is ${offer.status}${day ? ` since ${day}` : ''}: ` +
      'no new open licence can be taken (licences already granted stay valid)',
    409,
    { status: offer.status, ...(day ? { withdrawnOn: day } : {}) },
  );
}

// ── counting ──

interface Counterparties {
  /** Org types of the licensors, by org id. */
  universities: Set<string>;
}

async function counterparties(deps: AppDeps, licence: OpenLicence): Promise<Counterparties> {
  const orgs = await Promise.all(licence.licensors.map((party) => deps.store.orgs.get(party.orgId)));
  return {
    universities: new Set(orgs.flatMap((org) => (org && org.type === 'university' ? [org.id] : []))),
  };
}

/**
 * The counters and evidence a licence step moves: on taking effect (`open_licence`, with counts) the
 * enterprise's intake, each university licensor's conversion (its share of the amount) and the broker's
 * brokered licences of university patents; on a later payment (`royalty_paid`) the amounts only.
 */
async function licenceCounts(
  deps: AppDeps,
  licence: OpenLicence,
  step: { kind: EvidenceKind; amountFen: number; at: string; actorId: string; what: string },
): Promise<LicenceCount[]> {
  const withCount = step.kind === 'open_licence';
  if (!withCount && step.amountFen === 0) return [];
  const { universities } = await counterparties(deps, licence);
  const year = chinaYear(step.at);
  const shares = splitEvenly(step.amountFen, licence.licensors.length);
  const universityShare = licence.licensors.reduce(
    (sum, party, i) => sum + (universities.has(party.orgId) ? (shares[i] ?? 0) : 0),
    0,
  );
  const patents = licence.offer.patentNumbers.map((n) => `ZL${n}`).join('、');
  const data = (counterpart: string, role: string) => ({
    licenceId: licence.id,
    subjectTitle: licence.offer.title,
    patentNumbers: licence.offer.patentNumbers.join(','),
    counterpart,
    role,
  });
  const amount = step.amountFen > 0 ? `，金额 ${formatFen(step.amountFen)}` : '';
  const a = quotaAttribute;
  const entry = (
    orgId: string,
    counts: Record<string, number>,
    amountFen: number,
    summary: string,
    counterpart: string,
    role: string,
  ): LicenceCount => ({
    orgId,
    year,
    counts,
    evidence: {
      orgId,
      kind: step.kind,
      subjectId: licence.id,
      amountFen,
      actorId: step.actorId,
      summary,
      data: data(counterpart, role),
      at: step.at,
    },
  });
  const licensorNames = licence.licensors.map((p) => p.name).join('、');
  const counted: LicenceCount[] = [
    entry(
      licence.licensee.orgId,
      {
        ...(withCount ? { [a.intakeCount]: 1 } : {}),
        ...(step.amountFen > 0 ? { [a.intakeFen]: step.amountFen } : {}),
      },
      step.amountFen,
      `${step.what}：${licence.licensee.name} 取得「${licence.offer.title}」（${patents}）开放许可，许可方 ${licensorNames}${amount}`,
      licensorNames,
      'licensee',
    ),
  ];
  licence.licensors.forEach((party, i) => {
    if (!universities.has(party.orgId)) return;
    const share = shares[i] ?? 0;
    if (!withCount && share === 0) return;
    counted.push(
      entry(
        party.orgId,
        {
          ...(withCount ? { [a.conversionCount]: 1 } : {}),
          ...(share > 0 ? { [a.conversionFen]: share } : {}),
        },
        share,
        `${step.what}：「${licence.offer.title}」（${patents}）开放许可给 ${licence.licensee.name}${share > 0 ? `，本单位份额 ${formatFen(share)}` : ''}`,
        licence.licensee.name,
        'licensor',
      ),
    );
  });
  if (licence.brokerOrgId && universities.size > 0 && (withCount || universityShare > 0)) {
    counted.push(
      entry(
        licence.brokerOrgId,
        {
          ...(withCount ? { [a.brokeredCount]: 1 } : {}),
          ...(universityShare > 0 ? { [a.brokeredFen]: universityShare } : {}),
        },
        universityShare,
        `${step.what}（促成）：${licensorNames} →「${licence.offer.title}」→ ${licence.licensee.name}${universityShare > 0 ? `，金额 ${formatFen(universityShare)}` : ''}`,
        `${licensorNames} → ${licence.licensee.name}`,
        'broker',
      ),
    );
  }
  return counted;
}

/**
 * Splits what a step counts: the licensee's own part counts now (its own word); the licensors' and the
 * broker's wait in a receipt for each licensor to confirm it received the payment.
 */
function byOwnWord(
  deps: AppDeps,
  counted: readonly LicenceCount[],
  step: {
    kind: 'open_licence' | 'royalty_paid';
    what: string;
    amountFen: number;
    at: string;
    actorId: string;
  },
  licence: Pick<OpenLicence, 'licensors'>,
  proofReference?: string,
): { now: LicenceCount[]; receipt?: LicenceReceipt } {
  const role = (count: LicenceCount) => count.evidence.data?.role;
  const now = counted.filter((count) => role(count) === 'licensee');
  const licensors = counted.filter((count) => role(count) === 'licensor');
  const broker = counted.find((count) => role(count) === 'broker');
  if (licensors.length === 0) return { now };
  const name = (orgId: string) => licence.licensors.find((p) => p.orgId === orgId)?.name ?? orgId;
  const receipt: LicenceReceipt = {
    id: deps.newId(),
    kind: step.kind,
    what: step.what,
    amountFen: step.amountFen,
    recordedAt: step.at,
    recordedBy: step.actorId,
    ...(proofReference ? { proofReference } : {}),
    licensors: licensors.map((count) => ({
      orgId: count.orgId,
      name: name(count.orgId),
      amountFen: count.evidence.amountFen ?? 0,
      counts: count.counts,
      summary: count.evidence.summary,
      data: count.evidence.data ?? {},
      status: 'pending',
    })),
    ...(broker
      ? {
          broker: {
            orgId: broker.orgId,
            amountFen: broker.evidence.amountFen ?? 0,
            counts: broker.counts,
            summary: broker.evidence.summary,
            data: broker.evidence.data ?? {},
          },
        }
      : {}),
  };
  return { now, receipt };
}

// ── taking the licence ──

async function brokerOf(
  deps: AppDeps,
  request: AcceptanceRequest,
  offer: Offer,
  licenseeOrgId: string,
): Promise<Pick<OpenLicence, 'brokerOrgId' | 'brokerName' | 'source'>> {
  if (request.pushId) {
    const push = await deps.store.pushes.get(request.pushId);
    const listingId = offer.kind === 'bundle' ? `bundle:${offer.id}` : offer.id;
    if (
      !push ||
      !isInInbox(push.status) ||
      push.enterpriseOrgId !== licenseeOrgId ||
      push.listingId !== listingId
    )
      throw refused('acceptance_invalid', '开放许可通知有误', [
        {
          code: 'push_mismatch',
          field: 'pushId',
          message:
            '该推送不是向本企业推送的此项成果 / pushId does not name a push of this offer delivered to your organisation',
        },
      ]);
    return {
      brokerOrgId: push.brokerOrgId,
      brokerName: push.brokerName,
      source: { kind: 'push', pushId: push.id },
    };
  }
  if (request.eventId) {
    const event = await eventAttended(deps, request.eventId, licenseeOrgId);
    if (!event)
      throw refused('acceptance_invalid', '开放许可通知有误', [
        {
          code: 'event_mismatch',
          field: 'eventId',
          message:
            '本企业未出席该对接活动 / eventId does not name a matchmaking event your organisation attended',
        },
      ]);
    return {
      brokerOrgId: event.organiserOrgId,
      brokerName: event.organiserName,
      source: { kind: 'event', eventId: request.eventId },
    };
  }
  return {};
}

/** The organiser of an event the enterprise attended (its attendance names it); none otherwise. */
async function eventAttended(
  deps: AppDeps,
  eventId: string,
  enterpriseOrgId: string,
): Promise<{ organiserOrgId: string; organiserName: string } | undefined> {
  const event = await deps.store.events.get(eventId);
  if (!event?.attendance?.orgIds.includes(enterpriseOrgId)) return undefined;
  return { organiserOrgId: event.organiserOrgId, organiserName: event.organiserName };
}

/**
 * An enterprise takes an open licence (Patent Law Art 51): the declared terms unchanged, its written notice
 * and, where something is due, the payment with its proof. The patentee does not approve: the licence is
 * effective at once when nothing is due or the due amount is paid, otherwise it waits for the payment.
 */
export async function takeLicence(
  deps: AppDeps,
  principal: Principal,
  offerRef: { kind: 'listing' | 'bundle'; id: string },
  request: AcceptanceRequest,
): Promise<OpenLicence> {
  const offer = await loadOffer(deps, offerRef.kind, offerRef.id);
  if (offer.status !== 'published') throw notOffered(offer);
  const licenseeOrgId = orgOf(principal);
  if (offer.licensors.some((party) => party.orgId === licenseeOrgId))
    throw new DomainError(
      'own_offer',
      '不能对本单位持有的专利取得开放许可 / you cannot take an open licence of your own patent',
      422,
      [{ path: '', code: 'own_offer', message: '许可方与被许可人相同 / licensor and licensee are the same' }],
    );
  const day = today(deps);
  const issues = acceptanceIssues(request, offer.terms, day);
  if (issues.length > 0) throw refused('acceptance_invalid', '开放许可通知有误', issues);
  const [licensee, broker] = await Promise.all([
    deps.store.orgs.get(licenseeOrgId),
    brokerOf(deps, request, offer, licenseeOrgId),
  ]);
  const now = deps.now();
  const at = now.toISOString();
  const due = dueOnAcceptance(offer.terms.royalty);
  const effective = due === 0 || request.payment !== undefined;
  const estimate = request.expected
    ? calculateRoyalty(offer.terms.royalty, offer.terms.period, request.expected).totalFen
    : undefined;
  const licence: OpenLicence = {
    id: deps.newId(),
    offer: {
      kind: offer.kind,
      id: offer.id,
      title: offer.title,
      declarationIds: offer.declarationIds,
      patentNumbers: offer.patentNumbers,
    },
    licensors: offer.licensors,
    licensee: { orgId: licenseeOrgId, name: licensee?.name ?? '' },
    contact: request.contact,
    terms: offer.terms,
    startDate: request.startDate,
    noticeDate: day,
    status: effective ? 'effective' : 'notice_sent',
    dueOnAcceptanceFen: due,
    payments: request.payment ? [request.payment] : [],
    ...(effective
      ? { effectiveDate: day, filing: { deadline: filingDeadline(day), remindersSent: [] } }
      : {}),
    royaltyReports: [],
    receipts: [],
    ...broker,
    ...(estimate === undefined ? {} : { estimatedTotalFen: estimate }),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  if (!effective) return deps.store.licences.take(licence, offer.checks, []);
  const step = {
    kind: 'open_licence' as const,
    amountFen: request.payment?.amountFen ?? 0,
    at,
    actorId: principal.userId,
    what: '开放许可生效',
  };
  const split = byOwnWord(
    deps,
    await licenceCounts(deps, licence, step),
    step,
    licence,
    request.payment?.proofReference,
  );
  const withReceipt = split.receipt ? { ...licence, receipts: [split.receipt] } : licence;
  return deps.store.licences.take(withReceipt, offer.checks, split.now);
}

// ── reading ──

export interface LicenceView extends OpenLicence {
  /** Where the filing stands today (absent before the licence takes effect). */
  filingState?: FilingState;
  /** What a payment recorded now must amount to (0 when nothing is due). */
  dueNowFen: number;
  /** The next instalment, for an instalment licence. */
  nextInstalment?: { number: number; amountFen: number; dueOn: string };
}

export function licenceView(licence: OpenLicence, day: string): LicenceView {
  const next = nextInstalment(licence);
  return {
    ...licence,
    ...(licence.filing ? { filingState: filingState(licence.filing, day) } : {}),
    dueNowFen: licence.status === 'notice_sent' ? licence.dueOnAcceptanceFen : (next?.amountFen ?? 0),
    ...(next ? { nextInstalment: next } : {}),
  };
}

export async function listLicences(
  deps: AppDeps,
  principal: Principal,
  as: LicenceParty,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<LicenceView>> {
  const day = today(deps);
  const result = await deps.store.licences.listFor(orgOf(principal), as, page);
  return { ...result, items: result.items.map((licence) => licenceView(licence, day)) };
}

export const noticeOf = (licence: OpenLicence): WrittenNotice & { licenceId: string; status: string } => ({
  licenceId: licence.id,
  status: licence.status,
  ...writtenNotice(licence),
});

/** Effective licences not filed whose deadline passed (`overdue`) or falls within 30 days (`soon`). */
export async function listFilings(
  deps: AppDeps,
  principal: Principal,
  due: 'overdue' | 'soon',
): Promise<{ items: LicenceView[] }> {
  const day = today(deps);
  const wanted: readonly FilingState[] = due === 'overdue' ? ['overdue'] : ['due_soon', 'urgent'];
  const m = principal.membership;
  let candidates: OpenLicence[];
  if (m?.orgType === 'ip_office' && m.orgStatus === 'approved') {
    candidates = await deps.store.licences.filingDueBy(
      isoDateInChina(new Date(deps.now().getTime() + 31 * 86_400_000)),
    );
  } else {
    const orgId = orgOf(principal);
    const [asLicensee, asLicensor] = await Promise.all([
      deps.store.licences.allFor(orgId, 'licensee'),
      deps.store.licences.allFor(orgId, 'licensor'),
    ]);
    candidates = [...asLicensee, ...asLicensor];
  }
  const items = candidates
    .filter((licence) => licence.filing && wanted.includes(filingState(licence.filing, day)))
    .sort((a, b) => (a.filing?.deadline ?? '').localeCompare(b.filing?.deadline ?? ''))
    .map((licence) => licenceView(licence, day));
  return { items };
}

// ── payments, filing, royalty reports ──

/**
 * Records a payment of the licensee: the amount due on acceptance (the licence takes effect and counts
 * then), or the next instalment of an instalment licence (counts its amount).
 */
export async function recordPayment(
  deps: AppDeps,
  principal: Principal,
  current: OpenLicence,
  payment: Payment,
): Promise<LicenceView> {
  const day = today(deps);
  const now = deps.now();
  const at = now.toISOString();
  if (current.status === 'notice_sent') {
    const issues = paymentIssues(payment, current.dueOnAcceptanceFen, day);
    if (issues.length > 0) throw refused('payment_invalid', '付款登记有误', issues);
    const effective: OpenLicence = {
      ...current,
      status: 'effective',
      payments: [payment],
      effectiveDate: day,
      filing: { deadline: filingDeadline(day), remindersSent: [] },
      updatedAt: at,
      version: current.version + 1,
    };
    const step = {
      kind: 'open_licence' as const,
      amountFen: payment.amountFen,
      at,
      actorId: principal.userId,
      what: '开放许可生效',
    };
    const split = byOwnWord(
      deps,
      await licenceCounts(deps, effective, step),
      step,
      current,
      payment.proofReference,
    );
    const next = split.receipt ? { ...effective, receipts: [...current.receipts, split.receipt] } : effective;
    const checks: OfferCheck[] =
      current.offer.kind === 'bundle'
        ? [{ kind: 'bundle', id: current.offer.id }]
        : [{ kind: 'declaration', id: current.offer.id }];
    return licenceView(await deps.store.licences.update(current, next, split.now, checks), day);
  }
  if (current.status === 'ended' || current.status === 'dispute')
    throw new DomainError(
      'licence_closed',
      '该许可已终止或有纠纷，不能登记付款 / the licence is ended or in dispute',
      409,
    );
  const instalment = nextInstalment(current);
  if (!instalment)
    throw new DomainError(
      'nothing_due',
      '该许可目前没有待付的许可使用费；提成请通过提成报告登记 / nothing is due on this licence now; running royalties are paid on royalty reports',
      409,
    );
  const issues = paymentIssues(payment, instalment.amountFen, day);
  if (issues.length > 0)
    throw refused('payment_invalid', `第 ${instalment.number} 期分期付款登记有误`, issues);
  const paid: OpenLicence = {
    ...current,
    payments: [...current.payments, payment],
    updatedAt: at,
    version: current.version + 1,
  };
  const step = {
    kind: 'royalty_paid' as const,
    amountFen: payment.amountFen,
    at,
    actorId: principal.userId,
    what: `第 ${instalment.number} 期分期付款`,
  };
  const split = byOwnWord(deps, await licenceCounts(deps, paid, step), step, current, payment.proofReference);
  const next = split.receipt ? { ...paid, receipts: [...current.receipts, split.receipt] } : paid;
  return licenceView(await deps.store.licences.update(current, next, split.now), day);
}

/** Records the filing (备案) with CNIPA: its number and date. Late filings are recorded too. */
export async function recordFiling(
  deps: AppDeps,
  current: OpenLicence,
  input: { filingNumber: string; filedOn: string },
): Promise<LicenceView> {
  const day = today(deps);
  if (current.status === 'notice_sent' || !current.filing || !current.effectiveDate)
    throw new DomainError(
      'licence_not_effective',
      '许可尚未生效（未登记付款），生效后方可备案 / the licence is not effective yet (payment not recorded): file it once it is',
      409,
    );
  if (current.filing.filedOn !== undefined)
    throw new DomainError(
      'already_filed',
      `该许可已于 ${current.filing.filedOn} 备案（备案号 ${current.filing.filingNumber ?? ''}）/ the licence was filed on ${current.filing.filedOn}`,
      409,
    );
  const issues: Issue[] = [];
  if (input.filedOn > day)
    issues.push({
      code: 'filed_in_future',
      field: 'filedOn',
      message: '备案日期不能晚于今天 / filedOn must not be after today',
    });
  if (input.filedOn < current.effectiveDate)
    issues.push({
      code: 'filed_before_effect',
      field: 'filedOn',
      message: `备案日期不能早于许可生效日 ${current.effectiveDate} / filedOn must not be before the licence took effect`,
    });
  if (issues.length > 0) throw refused('filing_invalid', '备案登记有误', issues);
  const next: OpenLicence = {
    ...current,
    status: current.status === 'effective' ? 'filed' : current.status,
    filing: { ...current.filing, filedOn: input.filedOn, filingNumber: input.filingNumber },
    updatedAt: deps.now().toISOString(),
    version: current.version + 1,
  };
  return licenceView(await deps.store.licences.update(current, next), day);
}

/** The running royalty a report is computed on; refuses a licence not in effect or without one. */
function runningRoyaltyOf(current: OpenLicence) {
  if (current.status !== 'effective' && current.status !== 'filed')
    throw new DomainError(
      'licence_not_effective',
      '许可尚未生效或已终止，不能申报提成 / the licence is not in effect: no royalty report',
      409,
    );
  const royalty = current.terms.royalty;
  if (royalty.method !== 'running_royalty' && royalty.method !== 'entry_fee_plus_royalty')
    throw new DomainError(
      'no_running_royalty',
      '该许可不按提成支付，无需申报 / this licence has no running royalty to report',
      409,
    );
  return royalty;
}

/** A periodic report of sales (or profit, or units) → the royalty due on it. */
export async function addRoyaltyReport(
  deps: AppDeps,
  current: OpenLicence,
  input: RoyaltyReportInput,
): Promise<{ licence: LicenceView; report: RoyaltyReportRecord }> {
  const royalty = runningRoyaltyOf(current);
  const issues: Issue[] = [];
  const due = royaltyDue(royalty, input);
  if (!due.ok) issues.push({ code: due.code, field: due.field, message: due.message });
  const day = today(deps);
  if (input.periodStart > day)
    issues.push({
      code: 'period_in_future',
      field: 'periodStart',
      message: '报告期尚未开始 / periodStart must not be after today',
    });
  if (current.effectiveDate && input.periodEnd < current.effectiveDate)
    issues.push({
      code: 'period_before_effect',
      field: 'periodEnd',
      message: `报告期应在许可生效日 ${current.effectiveDate} 之后 / the period must not end before the licence took effect`,
    });
  const overlap = current.royaltyReports.find(
    (report) => input.periodStart <= report.periodEnd && report.periodStart <= input.periodEnd,
  );
  if (overlap)
    issues.push({
      code: 'period_overlap',
      field: 'periodStart',
      message: `与已申报的报告期 ${overlap.periodStart} 至 ${overlap.periodEnd} 重叠 / overlaps the report of ${overlap.periodStart} to ${overlap.periodEnd}`,
    });
  if (issues.length > 0 || !due.ok) throw refused('report_invalid', '提成报告有误', issues);
  const at = deps.now().toISOString();
  const report: RoyaltyReportRecord = {
    id: deps.newId(),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    ...(input.netSalesFen === undefined ? {} : { netSalesFen: input.netSalesFen }),
    ...(input.profitFen === undefined ? {} : { profitFen: input.profitFen }),
    ...(input.units === undefined ? {} : { units: input.units }),
    ...(input.note ? { note: input.note } : {}),
    amountDueFen: due.amountFen,
    reportedAt: at,
  };
  const next: OpenLicence = {
    ...current,
    royaltyReports: [...current.royaltyReports, report],
    updatedAt: at,
    version: current.version + 1,
  };
  return { licence: licenceView(await deps.store.licences.update(current, next), day), report };
}

/** The payment of a report's royalty: the amount is the one due; it counts toward the parties' amounts. */
export async function payRoyaltyReport(
  deps: AppDeps,
  principal: Principal,
  current: OpenLicence,
  reportId: string,
  input: { paidOn: string; proofReference: string },
): Promise<{ licence: LicenceView; report: RoyaltyReportRecord }> {
  const report = current.royaltyReports.find((r) => r.id === reportId);
  if (!report) throw new DomainError('not_found', '未找到该提成报告 / royalty report not found', 404);
  if (report.paidOn !== undefined)
    throw new DomainError(
      'already_paid',
      `该报告期的提成已于 ${report.paidOn} 支付（凭证号 ${report.proofReference ?? ''}）/ this report was paid on ${report.paidOn}`,
      409,
    );
  const day = today(deps);
  if (input.paidOn > day)
    throw refused('payment_invalid', '付款登记有误', [
      {
        code: 'payment_in_future',
        field: 'paidOn',
        message: '付款日期不能晚于今天 / paidOn must not be after today',
      },
    ]);
  const at = deps.now().toISOString();
  const paid: RoyaltyReportRecord = { ...report, paidOn: input.paidOn, proofReference: input.proofReference };
  const reported: OpenLicence = {
    ...current,
    royaltyReports: current.royaltyReports.map((r) => (r.id === reportId ? paid : r)),
    updatedAt: at,
    version: current.version + 1,
  };
  const step = {
    kind: 'royalty_paid' as const,
    amountFen: report.amountDueFen,
    at,
    actorId: principal.userId,
    what: `提成支付（${report.periodStart} 至 ${report.periodEnd}）`,
  };
  const split = byOwnWord(
    deps,
    await licenceCounts(deps, reported, step),
    step,
    current,
    input.proofReference,
  );
  const next = split.receipt ? { ...reported, receipts: [...current.receipts, split.receipt] } : reported;
  return {
    licence: licenceView(await deps.store.licences.update(current, next, split.now), day),
    report: paid,
  };
}

const RECEIPT_NOT_FOUND = () =>
  new DomainError('not_found', '未找到该付款记录 / payment receipt not found', 404);

function receiptOf(licence: OpenLicence, receiptId: string): LicenceReceipt {
  const receipt = licence.receipts.find((r) => r.id === receiptId);
  if (!receipt) throw RECEIPT_NOT_FOUND();
  return receipt;
}

const staleLicence = (licence: OpenLicence) =>
  new DomainError(
    'stale_version',
    `该许可已被他人更新（当前版本 ${licence.version}），请刷新后重试 / the licence changed meanwhile (version ${licence.version})`,
    409,
  );

/**
 * A licensor confirms it received what the licensee recorded paying: its share counts toward its conversion
 * (count and amount) with its evidence, in the same transaction, once — confirming again changes nothing.
 * When every licensor has confirmed, the broker's brokered licence counts in that transaction too.
 */
export async function confirmReceipt(
  deps: AppDeps,
  principal: Principal,
  current: OpenLicence,
  receiptId: string,
  input: { version: number },
): Promise<LicenceView> {
  const day = today(deps);
  const receipt = receiptOf(current, receiptId);
  const orgId = orgOf(principal);
  const share = receiptShareOf(receipt, orgId);
  if (share.status === 'confirmed') return licenceView(current, day);
  if (input.version !== current.version) throw staleLicence(current);
  const at = deps.now().toISOString();
  const year = String(chinaYear(at));
  const answered: LicenceReceipt = {
    ...receipt,
    licensors: receipt.licensors.map((s) =>
      s.orgId === orgId ? { ...s, status: 'confirmed', at, by: principal.userId, reason: undefined } : s,
    ),
  };
  const counted: LicenceCount[] = [
    {
      orgId,
      year,
      counts: share.counts,
      evidence: {
        orgId,
        kind: receipt.kind,
        subjectId: current.id,
        amountFen: share.amountFen,
        actorId: principal.userId,
        summary: `${share.summary}（许可方已确认收款）`,
        data: { ...share.data, recordedAt: receipt.recordedAt, confirmedBy: principal.userId },
        at,
      },
    },
  ];
  let done = answered;
  if (brokerDue(answered) && answered.broker) {
    const broker = answered.broker;
    counted.push({
      orgId: broker.orgId,
      year,
      counts: broker.counts,
      evidence: {
        orgId: broker.orgId,
        kind: receipt.kind,
        subjectId: current.id,
        amountFen: broker.amountFen,
        actorId: principal.userId,
        summary: `${broker.summary}（许可方已确认收款）`,
        data: { ...broker.data, recordedAt: receipt.recordedAt },
        at,
      },
    });
    done = { ...answered, broker: { ...broker, countedAt: at } };
  }
  const next: OpenLicence = {
    ...current,
    receipts: current.receipts.map((r) => (r.id === receiptId ? done : r)),
    updatedAt: at,
    version: current.version + 1,
  };
  return licenceView(await deps.store.licences.update(current, next, counted), day);
}

/**
 * A licensor disputes a payment the licensee recorded, with its reason: nothing counts for the licensor (or
 * the broker), the dispute is evidence on both trails, and the licence's legal effect stays as the law gives
 * it. The licensor may still confirm later.
 */
export async function disputeReceipt(
  deps: AppDeps,
  principal: Principal,
  current: OpenLicence,
  receiptId: string,
  input: { version: number; reason: string },
): Promise<LicenceView> {
  const day = today(deps);
  const receipt = receiptOf(current, receiptId);
  const orgId = orgOf(principal);
  const share = receiptShareOf(receipt, orgId);
  assertMayDisputeReceipt(share);
  if (input.version !== current.version) throw staleLicence(current);
  const at = deps.now().toISOString();
  const year = String(chinaYear(at));
  const summary = `${share.name} 对「${current.offer.title}」${receipt.what}（${current.licensee.name} 登记付款 ${formatFen(receipt.amountFen)}${receipt.proofReference ? `，凭证 ${receipt.proofReference}` : ''}）提出异议：${input.reason}`;
  const data = {
    licenceId: current.id,
    receiptId,
    subjectTitle: current.offer.title,
    patentNumbers: current.offer.patentNumbers.join(','),
    reason: input.reason,
    disputedByOrgId: orgId,
    recordedAmountFen: receipt.amountFen,
  };
  const counted: LicenceCount[] = [
    { orgId, counterpart: current.licensee.name },
    { orgId: current.licensee.orgId, counterpart: share.name },
  ].map((side) => ({
    orgId: side.orgId,
    year,
    counts: {},
    evidence: {
      orgId: side.orgId,
      kind: 'payment_disputed',
      subjectId: current.id,
      actorId: principal.userId,
      summary,
      data: { ...data, counterpart: side.counterpart },
      at,
    },
  }));
  const next: OpenLicence = {
    ...current,
    receipts: current.receipts.map((r) =>
      r.id === receiptId
        ? {
            ...r,
            licensors: r.licensors.map((s) =>
              s.orgId === orgId
                ? { ...s, status: 'disputed' as const, at, by: principal.userId, reason: input.reason }
                : s,
            ),
          }
        : r,
    ),
    updatedAt: at,
    version: current.version + 1,
  };
  return licenceView(await deps.store.licences.update(current, next, counted), day);
}

export async function listNotifications(
  deps: AppDeps,
  principal: Principal,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<Notification>> {
  return deps.store.licences.notifications(orgOf(principal), page);
}
