import {
  assertDealMove,
  assertLicenceEnd,
  assertMayAnswer,
  assertMayRecordStep,
  chinaYear,
  confirmationsAfterChange,
  DEAL_KIND_LABELS,
  DEAL_MAX_PATENTS,
  DEAL_STAGE_LABELS,
  type Deal,
  type DealConfirmation,
  type DealConfirmInput,
  type DealCount,
  type DealDisputeInput,
  type DealInput,
  type DealMoveInput,
  type DealParty,
  type DealStage,
  DomainError,
  dealCountsFor,
  type EvidenceInput,
  formatFen,
  isConfirmedBy,
  isExclusiveKind,
  isoDateInChina,
  type Lead,
  type Org,
  type OrgType,
  type Principal,
} from '@openlicense/domain';
import type { AuditEntry, Page } from '@openlicense/store';
import type { AppDeps } from '../deps.ts';

const orgOf = (principal: Principal) => principal.membership?.orgId ?? '';

/** What the deal use cases need: the store, the clock and ids (the demo seed runs them too). */
type DealDeps = Pick<AppDeps, 'store' | 'now' | 'newId'>;

const NOT_FOUND = () => new DomainError('not_found', '未找到该交易 / deal not found', 404);

const invalid = (path: string, message: string) =>
  new DomainError('invalid_input', message, 422, [{ path, message }]);

/** The organisations a deal involves: who may read and move it. */
export const dealParties = (deal: Pick<Deal, 'partyOrgIds'>): string[] => deal.partyOrgIds;

export async function loadDeal(deps: DealDeps, id: string): Promise<Deal> {
  const deal = await deps.store.deals.get(id);
  if (!deal) throw NOT_FOUND();
  return deal;
}

const party = (org: Org): DealParty => ({ orgId: org.id, name: org.name, type: org.type });

/** An approved organisation of one of `types`, or the 422 naming `path`. */
async function approvedOrg(
  deps: DealDeps,
  id: string,
  types: readonly OrgType[],
  path: string,
  what: string,
) {
  const org = await deps.store.orgs.get(id);
  if (org?.status !== 'approved')
    throw invalid(path, `${what}不存在或尚未审核通过 / ${path} names no approved organisation`);
  if (!types.includes(org.type))
    throw invalid(
      path,
      `${what}的机构类型不符 / ${path} must be an organisation of type ${types.join(', ')}`,
    );
  return org;
}

interface Subject {
  patents: Deal['patents'];
  bundleId?: string;
  listingId?: string;
}

/** The patents a lead's listing names: a declaration's patent, or a bundle's members. */
async function subjectOfListing(deps: DealDeps, listingId: string): Promise<Subject> {
  if (listingId.startsWith('bundle:'))
    return subjectOfBundle(deps, listingId.slice('bundle:'.length), listingId);
  const declaration = await deps.store.declarations.get(listingId);
  if (!declaration)
    throw invalid('source.leadId', '线索对应的成果已不存在 / the lead’s listing no longer exists');
  return {
    patents: [
      {
        number: declaration.patentNumber,
        title: declaration.listing.title,
        holderOrgId: declaration.holderOrgId,
      },
    ],
    listingId,
  };
}

async function subjectOfBundle(deps: DealDeps, bundleId: string, listingId?: string): Promise<Subject> {
  const bundle = await deps.store.bundles.get(bundleId);
  if (!bundle) throw invalid('bundleId', '未找到该专利包 / bundleId names no bundle');
  return {
    patents: bundle.members.map((m) => ({
      number: m.patentNumber,
      title: m.title,
      holderOrgId: m.holderOrgId,
    })),
    bundleId,
    ...(listingId ? { listingId } : {}),
  };
}

async function subjectOfPatents(deps: DealDeps, numbers: readonly string[]): Promise<Subject> {
  const found = await deps.store.patents.getMany([...numbers]);
  const issues = numbers.flatMap((number, i) =>
    found.has(number)
      ? []
      : [
          {
            path: `patentNumbers.${i}`,
            message: `专利 ${number} 不在平台专利台账中 / patent ${number} is in no ledger here`,
          },
        ],
  );
  if (issues.length > 0)
    throw new DomainError('invalid_input', issues.map((i) => i.message).join('；'), 422, issues);
  return {
    patents: numbers.map((number) => {
      const patent = found.get(number)!;
      return { number, title: patent.title, holderOrgId: patent.holderOrgId };
    }),
  };
}

/**
 * Records a negotiated deal. A push lead fills in its enterprise (acquirer), broker and listing, and becomes
 * the deal (once); an event fills in its organiser as broker. Suppliers default to the patents' holders, and
 * each patent must be held by a supplier. The caller's organisation must be a party or the broker. An
 * exclusive or sole licence of a patent under a published open licence is refused (409, in the write).
 */
export async function createDeal(deps: DealDeps, principal: Principal, input: DealInput): Promise<Deal> {
  const now = deps.now();
  const at = now.toISOString();
  let { acquirerOrgId, brokerOrgId } = input;
  let subject: Subject | undefined;
  let source: Deal['source'] = { kind: 'direct' };
  if (input.source.kind === 'push') {
    const lead: Lead | undefined = await deps.store.leads.get(input.source.leadId);
    if (!lead) throw invalid('source.leadId', '未找到该线索 / source.leadId names no lead');
    const taken = await deps.store.deals.dealOfLead(lead.id);
    if (taken)
      throw new DomainError(
        'lead_converted',
        `该线索已转为交易 ${taken} / this lead is already deal ${taken}`,
        409,
        {
          dealId: taken,
        },
      );
    acquirerOrgId ??= lead.enterpriseOrgId;
    brokerOrgId ??= lead.brokerOrgId;
    if (!input.patentNumbers && !input.bundleId) subject = await subjectOfListing(deps, lead.listingId);
    source = { kind: 'push', leadId: lead.id, pushId: lead.source.pushId };
  } else if (input.source.kind === 'event') {
    const event = await deps.store.events.get(input.source.eventId);
    if (!event) throw invalid('source.eventId', '未找到该对接活动 / source.eventId names no event');
    if (event.status === 'cancelled')
      throw new DomainError('event_closed', '该活动已取消 / the event was cancelled', 409);
    brokerOrgId ??= event.organiserOrgId;
    source = { kind: 'event', eventId: event.id, eventTitle: event.title };
  }
  if (!subject) {
    if (input.bundleId) subject = await subjectOfBundle(deps, input.bundleId);
    else if (input.patentNumbers) subject = await subjectOfPatents(deps, input.patentNumbers);
    else throw invalid('patentNumbers', '请填写专利号或专利包 / give patentNumbers or bundleId');
  }
  if (isExclusiveKind(input.kind) && subject.patents.length > DEAL_MAX_PATENTS)
    throw invalid(
      input.bundleId ? 'bundleId' : 'source.leadId',
      `独占或排他许可一次最多 ${DEAL_MAX_PATENTS} 件专利，该专利包有 ${subject.patents.length} 件 / an exclusive or sole licence names at most ${DEAL_MAX_PATENTS} patents; this bundle has ${subject.patents.length}`,
    );
  if (!acquirerOrgId) throw invalid('acquirerOrgId', '请填写受让方/被许可方 / acquirerOrgId is required');

  const supplierIds = input.supplierOrgIds ?? [...new Set(subject.patents.map((p) => p.holderOrgId))];
  const strays = subject.patents.flatMap((p, i) =>
    supplierIds.includes(p.holderOrgId)
      ? []
      : [
          {
            path: input.bundleId || !input.patentNumbers ? 'supplierOrgIds' : `patentNumbers.${i}`,
            message: `专利 ${p.number} 不属于所列供方 / patent ${p.number} is held by none of the suppliers`,
          },
        ],
  );
  if (strays.length > 0)
    throw new DomainError('invalid_input', strays.map((s) => s.message).join('；'), 422, strays);
  if (supplierIds.includes(acquirerOrgId))
    throw invalid('acquirerOrgId', '受让方不能同时是供方 / the acquirer cannot also be a supplier');
  if (brokerOrgId === acquirerOrgId)
    throw invalid('brokerOrgId', '服务机构不能同时是受让方 / the broker cannot also be the acquirer');

  const suppliers = await Promise.all(
    supplierIds.map((id, i) =>
      approvedOrg(deps, id, ['university', 'enterprise', 'park'], `supplierOrgIds.${i}`, '供方'),
    ),
  );
  const acquirer = await approvedOrg(
    deps,
    acquirerOrgId,
    ['enterprise', 'university', 'park'],
    'acquirerOrgId',
    '受让方',
  );
  const broker = brokerOrgId
    ? await approvedOrg(deps, brokerOrgId, ['agency', 'park'], 'brokerOrgId', '服务机构')
    : undefined;
  const partyOrgIds = [...new Set([...supplierIds, acquirer.id, ...(broker ? [broker.id] : [])])];
  if (!partyOrgIds.includes(orgOf(principal)))
    throw new DomainError(
      'not_a_party',
      '只有交易的供方、受让方或服务机构可以登记交易 / only a party or the broker may record a deal',
      403,
    );

  const deal: Deal = {
    id: deps.newId(),
    kind: input.kind,
    stage: input.stage,
    suppliers: suppliers.map(party),
    acquirer: party(acquirer),
    ...(broker ? { broker: party(broker) } : {}),
    partyOrgIds,
    patents: subject.patents,
    ...(subject.bundleId ? { bundleId: subject.bundleId } : {}),
    ...(subject.listingId ? { listingId: subject.listingId } : {}),
    ...(input.amountFen !== undefined ? { amountFen: input.amountFen } : {}),
    ...(input.licenceEnd !== undefined && isExclusiveKind(input.kind)
      ? { licenceEnd: input.licenceEnd }
      : {}),
    source,
    ...(input.note ? { note: input.note } : {}),
    history: [
      {
        stage: input.stage,
        at,
        by: principal.userId,
        byOrgId: orgOf(principal),
        ...(input.amountFen !== undefined ? { amountFen: input.amountFen } : {}),
        ...(input.note ? { note: input.note } : {}),
      },
    ],
    confirmations: [],
    createdAt: at,
    createdBy: principal.userId,
    createdByOrgId: orgOf(principal),
    updatedAt: at,
    version: 1,
  };
  await deps.store.deals.create(
    deal,
    audit(deps, principal, at, 'deal.created', `登记交易：${describe(deal)}`),
  );
  return deal;
}

const patentsText = (deal: Pick<Deal, 'patents'>) => {
  const numbers = deal.patents.map((p) => `ZL${p.number}`);
  return numbers.length > 3
    ? `${numbers.slice(0, 3).join('、')} 等 ${numbers.length} 件专利`
    : numbers.join('、');
};

const describe = (deal: Deal) =>
  `${DEAL_KIND_LABELS[deal.kind]} ${patentsText(deal)}（${deal.suppliers.map((s) => s.name).join('、')} → ${deal.acquirer.name}）`;

const audit = (
  deps: DealDeps,
  principal: Principal,
  at: string,
  action: string,
  summary: string,
): AuditEntry => ({
  id: deps.newId(),
  orgId: orgOf(principal),
  at,
  actorId: principal.userId,
  action,
  summary,
});

const stale = (deal: Deal) =>
  new DomainError(
    'stale_version',
    `该交易已被他人更新（当前版本 ${deal.version}），请刷新后重试 / the deal changed meanwhile (version ${deal.version})`,
    409,
  );

const ROLE_LABEL = { acquirer: '受让/被许可', supplier: '转化', broker: '促成' } as const;

/** The `deal_signed` entries proving `counts`, each on its organisation's own trail, confirmed by it. */
function signedEvidence(
  deal: Deal,
  counts: readonly DealCount[],
  actorId: string,
  at: string,
): EvidenceInput[] {
  const amountFen = deal.amountFen ?? 0;
  return counts.map((count) => {
    const counterpart =
      count.role === 'acquirer' ? deal.suppliers.map((s) => s.name).join('、') : deal.acquirer.name;
    const confirmed = deal.confirmations.find((c) => c.orgId === count.orgId);
    return {
      orgId: count.orgId,
      kind: 'deal_signed',
      subjectId: deal.id,
      amountFen: count.amountFen,
      actorId,
      summary: `${DEAL_KIND_LABELS[deal.kind]}签约（${ROLE_LABEL[count.role]}，本单位已确认）：${patentsText(deal)}，${deal.suppliers.map((s) => s.name).join('、')} → ${deal.acquirer.name}，金额 ${formatFen(count.amountFen)}`,
      data: {
        dealId: deal.id,
        kind: deal.kind,
        role: count.role,
        counterpart,
        subjectTitle: deal.patents
          .map((p) => p.title)
          .join('；')
          .slice(0, 200),
        patentNumbers: deal.patents.map((p) => p.number).join(','),
        dealAmountFen: amountFen,
        ...(deal.broker ? { brokerName: deal.broker.name } : {}),
        ...(deal.signedAt ? { signedAt: deal.signedAt } : {}),
        ...(confirmed ? { confirmedAt: confirmed.at, confirmedBy: confirmed.by } : {}),
        recordedByOrgId: deal.createdByOrgId,
      },
      at,
    };
  });
}

/**
 * Moves a deal one stage on, or to declined (with a structured reason). The caller's `version` must be the
 * stored one (409 otherwise), and its organisation must be one that may record the step (signing and filing:
 * supplier or acquirer; implementation: the acquirer). Changing the amount resets the parties' answers.
 * Signing counts only for the parties that already confirmed this amount; the others count when they do.
 */
export async function moveDeal(
  deps: DealDeps,
  principal: Principal,
  deal: Deal,
  input: DealMoveInput,
): Promise<Deal> {
  if (input.version !== deal.version) throw stale(deal);
  assertMayRecordStep(deal, orgOf(principal), input.to);
  if (input.amountFen !== undefined && deal.signedAt && input.amountFen !== deal.amountFen)
    throw new DomainError(
      'amount_locked',
      '交易已签约，成交金额不能再修改 / the deal is signed: its amount cannot change',
      409,
    );
  const amountFen = input.amountFen ?? deal.amountFen;
  assertDealMove(deal.stage, input.to, amountFen);
  // Fixed once signed (the patents' ledger records carry it); only exclusive and sole licences have one.
  const licenceEnd =
    deal.signedAt || !isExclusiveKind(deal.kind) ? deal.licenceEnd : (input.licenceEnd ?? deal.licenceEnd);
  assertLicenceEnd(deal.kind, input.to, licenceEnd, isoDateInChina(deps.now()));
  if (input.to === 'declined' && !input.decline)
    throw invalid('decline', '请选择未成交原因 / decline is required to decline a deal');
  const now = deps.now();
  const at = now.toISOString();
  const signing = input.to === 'signed';
  const numbers = deal.patents.map((p) => p.number);
  const answers = confirmationsAfterChange(
    deal.confirmations,
    { amountFen: deal.amountFen, patentNumbers: numbers },
    { amountFen, patentNumbers: numbers },
  );
  const moved: Deal = {
    ...deal,
    stage: input.to,
    ...(amountFen !== undefined ? { amountFen } : {}),
    ...(licenceEnd !== undefined ? { licenceEnd } : {}),
    ...(input.to === 'declined' && input.decline ? { decline: input.decline } : {}),
    ...(input.filingNumber ? { filingNumber: input.filingNumber } : {}),
    ...(signing ? { signedAt: at } : {}),
    history: [
      ...deal.history,
      {
        stage: input.to,
        at,
        by: principal.userId,
        byOrgId: orgOf(principal),
        ...(input.amountFen !== undefined ? { amountFen: input.amountFen } : {}),
        ...(input.note ? { note: input.note } : {}),
      },
    ],
    confirmations: answers,
    updatedAt: at,
    version: deal.version + 1,
  };
  const entry = audit(
    deps,
    principal,
    at,
    `deal.${input.to}`,
    `交易${DEAL_STAGE_LABELS[deal.stage]} → ${DEAL_STAGE_LABELS[input.to]}：${describe(deal)}`,
  );
  if (!signing) return deps.store.deals.move(deal, moved, entry);
  // Parties that confirmed this amount before signing count now, in the signing's transaction.
  const ready = moved.confirmations
    .filter((c) => !c.countedAt && isConfirmedBy(moved, c.orgId))
    .map((c) => c.orgId);
  const next: Deal = {
    ...moved,
    confirmations: moved.confirmations.map((c) => (ready.includes(c.orgId) ? { ...c, countedAt: at } : c)),
  };
  const counts = dealCountsFor(next, amountFen ?? 0, ready);
  return deps.store.deals.move(deal, next, entry, {
    counts,
    evidence: signedEvidence(next, counts, principal.userId, at),
  });
}

/**
 * The caller's organisation confirms its own part of a deal (the supplier its patents and amount, the
 * acquirer its intake, the broker its role). Once the deal is signed, its counters move and its `deal_signed`
 * evidence is written in the same transaction, once: confirming again answers the deal as it is.
 */
export async function confirmDeal(
  deps: DealDeps,
  principal: Principal,
  deal: Deal,
  input: DealConfirmInput,
): Promise<Deal> {
  const orgId = orgOf(principal);
  const own = deal.confirmations.find((c) => c.orgId === orgId);
  if (own?.status === 'confirmed' && (own.countedAt || !deal.signedAt) && isConfirmedBy(deal, orgId))
    return deal;
  if (input.version !== deal.version) throw stale(deal);
  const roles = assertMayAnswer(deal, orgId, 'confirmed');
  const at = deps.now().toISOString();
  const counting = deal.signedAt !== undefined;
  const answer: DealConfirmation = {
    orgId,
    roles,
    status: 'confirmed',
    at,
    by: principal.userId,
    ...(deal.amountFen !== undefined ? { amountFen: deal.amountFen } : {}),
    patentNumbers: deal.patents.map((p) => p.number),
    ...(counting ? { countedAt: at } : {}),
  };
  const next: Deal = {
    ...deal,
    confirmations: [...deal.confirmations.filter((c) => c.orgId !== orgId), answer],
    updatedAt: at,
    version: deal.version + 1,
  };
  const counts = counting ? dealCountsFor(next, deal.amountFen ?? 0, [orgId]) : [];
  const entry = audit(deps, principal, at, 'deal.confirmed', `确认交易：${describe(deal)}`);
  return deps.store.deals.answer(deal, next, entry, {
    counts,
    evidence: signedEvidence(next, counts, principal.userId, at),
  });
}

/**
 * The caller's organisation declines a deal naming it, with its reason: nothing counts for it, and the
 * dispute is evidence on its own trail and on every other party's. It may still confirm later.
 */
export async function disputeDeal(
  deps: DealDeps,
  principal: Principal,
  deal: Deal,
  input: DealDisputeInput,
): Promise<Deal> {
  if (input.version !== deal.version) throw stale(deal);
  const orgId = orgOf(principal);
  const roles = assertMayAnswer(deal, orgId, 'disputed');
  const at = deps.now().toISOString();
  const answer: DealConfirmation = {
    orgId,
    roles,
    status: 'disputed',
    at,
    by: principal.userId,
    ...(deal.amountFen !== undefined ? { amountFen: deal.amountFen } : {}),
    patentNumbers: deal.patents.map((p) => p.number),
    reason: input.reason,
  };
  const next: Deal = {
    ...deal,
    confirmations: [...deal.confirmations.filter((c) => c.orgId !== orgId), answer],
    updatedAt: at,
    version: deal.version + 1,
  };
  const who = [...deal.suppliers, deal.acquirer, ...(deal.broker ? [deal.broker] : [])].find(
    (p) => p.orgId === orgId,
  );
  const evidence: EvidenceInput[] = deal.partyOrgIds.map((partyId) => ({
    orgId: partyId,
    kind: 'deal_disputed',
    subjectId: deal.id,
    actorId: principal.userId,
    summary: `${who?.name ?? orgId}（${roles.map((r) => ROLE_LABEL[r]).join('、')}）对交易提出异议：${input.reason}；${describe(deal)}`,
    data: {
      dealId: deal.id,
      kind: deal.kind,
      disputedByOrgId: orgId,
      counterpart: who?.name ?? orgId,
      reason: input.reason,
      subjectTitle: deal.patents
        .map((p) => p.title)
        .join('；')
        .slice(0, 200),
      patentNumbers: deal.patents.map((p) => p.number).join(','),
      dealAmountFen: deal.amountFen ?? 0,
    },
    at,
  }));
  const entry = audit(deps, principal, at, 'deal.disputed', `拒绝交易（${input.reason}）：${describe(deal)}`);
  return deps.store.deals.answer(deal, next, entry, { counts: [], evidence });
}

export interface DealList extends Page<Deal> {
  /** Push leads not yet taken into a deal (the pipeline's first column), on the first page only. */
  leads: Lead[];
}

/**
 * The deals of the caller's organisation (as a party or broker), newest first, with its open push leads; the
 * IP office sees every deal created in `year`. `stage` keeps the deals in that stage (of each page).
 */
export async function listDeals(
  deps: DealDeps,
  principal: Principal,
  query: {
    stage?: DealStage | undefined;
    year?: number | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<DealList> {
  const office =
    principal.membership?.orgType === 'ip_office' && principal.membership.orgStatus === 'approved';
  const page = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
  const result = office
    ? await deps.store.deals.listByYear(String(query.year ?? chinaYear(deps.now())), page)
    : await deps.store.deals.listForOrg(orgOf(principal), page);
  const items = query.stage ? result.items.filter((d) => d.stage === query.stage) : result.items;
  const withLeads = !office && !query.cursor && (query.stage === undefined || query.stage === 'lead');
  const leads = withLeads ? await deps.store.deals.openLeads(orgOf(principal)) : [];
  return { items, leads, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}) };
}
