import {
  type AcceptanceRequest,
  acceptanceIssues,
  calculateRoyalty,
  DomainError,
  dueOnAcceptance,
  filingDeadline,
  isInInbox,
  licenceRefusal,
  type OpenLicence,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { countStep } from './count-step.ts';
import { loadOffer, notOffered, type Offer } from './licence-offer.ts';
import { orgOf, today } from './load-licence.ts';

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
      throw licenceRefusal('acceptance_invalid', '开放许可通知有误', [
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
      throw licenceRefusal('acceptance_invalid', '开放许可通知有误', [
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
  if (issues.length > 0) throw licenceRefusal('acceptance_invalid', '开放许可通知有误', issues);
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
  const split = await countStep(
    deps,
    licence,
    {
      kind: 'open_licence',
      amountFen: request.payment?.amountFen ?? 0,
      at,
      actorId: principal.userId,
      what: '开放许可生效',
    },
    licence,
    request.payment?.proofReference,
  );
  const withReceipt = split.receipt ? { ...licence, receipts: [split.receipt] } : licence;
  return deps.store.licences.take(withReceipt, offer.checks, split.now);
}
