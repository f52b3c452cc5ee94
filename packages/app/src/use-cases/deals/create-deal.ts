import {
  DEAL_MAX_PATENTS,
  type Deal,
  type DealInput,
  DomainError,
  describeDeal,
  isExclusiveKind,
  type Lead,
  type Principal,
} from '@openlicense/domain';
import {
  approvedOrg,
  party,
  type Subject,
  subjectOfBundle,
  subjectOfListing,
  subjectOfPatents,
} from './deal-subject.ts';
import { audit, type DealDeps, invalid, orgOf } from './load-deal.ts';

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
    audit(deps, principal, at, 'deal.created', `登记交易：${describeDeal(deal)}`),
  );
  return deal;
}
