import type { EvidenceInput } from '../evidence/evidence.ts';
import { formatFen } from '../validation/money.ts';
import { DEAL_KIND_LABELS } from './deal.ts';
import type { DealRole } from './deal-confirmation.ts';
import type { Deal, DealCount } from './deal-record.ts';

/** How a party's role reads in a deal's evidence: the acquirer takes in, a supplier converts, a broker brokers. */
export const DEAL_EVIDENCE_ROLE_LABELS: Readonly<Record<DealRole, string>> = {
  acquirer: '受让/被许可',
  supplier: '转化',
  broker: '促成',
};

/** The patents of a deal as a reviewer reads them: up to three numbers, then how many in all. */
export const dealPatentsText = (deal: Pick<Deal, 'patents'>): string => {
  const numbers = deal.patents.map((p) => `ZL${p.number}`);
  return numbers.length > 3
    ? `${numbers.slice(0, 3).join('、')} 等 ${numbers.length} 件专利`
    : numbers.join('、');
};

/** One line naming a deal: its kind, patents, suppliers and acquirer. */
export const describeDeal = (deal: Pick<Deal, 'kind' | 'patents' | 'suppliers' | 'acquirer'>): string =>
  `${DEAL_KIND_LABELS[deal.kind]} ${dealPatentsText(deal)}（${deal.suppliers.map((s) => s.name).join('、')} → ${deal.acquirer.name}）`;

const subjectTitle = (deal: Pick<Deal, 'patents'>) =>
  deal.patents
    .map((p) => p.title)
    .join('；')
    .slice(0, 200);

/** The `deal_signed` entries proving `counts`, each on its organisation's own trail, confirmed by it. */
export function signedEvidence(
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
      summary: `${DEAL_KIND_LABELS[deal.kind]}签约（${DEAL_EVIDENCE_ROLE_LABELS[count.role]}，本单位已确认）：${dealPatentsText(deal)}，${deal.suppliers.map((s) => s.name).join('、')} → ${deal.acquirer.name}，金额 ${formatFen(count.amountFen)}`,
      data: {
        dealId: deal.id,
        kind: deal.kind,
        role: count.role,
        counterpart,
        subjectTitle: subjectTitle(deal),
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
 * The `deal_disputed` entries of `orgId`'s dispute (in its `roles`, with its reason): one on every party's
 * trail, counting nothing.
 */
export function disputedEvidence(
  deal: Deal,
  dispute: { orgId: string; roles: readonly DealRole[]; reason: string; actorId: string; at: string },
): EvidenceInput[] {
  const { orgId, roles, reason, actorId, at } = dispute;
  const who = [...deal.suppliers, deal.acquirer, ...(deal.broker ? [deal.broker] : [])].find(
    (p) => p.orgId === orgId,
  );
  return deal.partyOrgIds.map((partyId) => ({
    orgId: partyId,
    kind: 'deal_disputed',
    subjectId: deal.id,
    actorId,
    summary: `${who?.name ?? orgId}（${roles.map((r) => DEAL_EVIDENCE_ROLE_LABELS[r]).join('、')}）对交易提出异议：${reason}；${describeDeal(deal)}`,
    data: {
      dealId: deal.id,
      kind: deal.kind,
      disputedByOrgId: orgId,
      counterpart: who?.name ?? orgId,
      reason,
      subjectTitle: subjectTitle(deal),
      patentNumbers: deal.patents.map((p) => p.number).join(','),
      dealAmountFen: deal.amountFen ?? 0,
    },
    at,
  }));
}
