import { chinaYear } from '../push/calendar.ts';
import { formatFen } from '../validation/money.ts';
import type { LicenceCountEntry, LicenceStep } from './licence-counts.ts';
import { brokerDue, type LicenceReceipt, type ReceiptShare } from './licence-receipt.ts';
import type { OpenLicence } from './open-licence.ts';

/**
 * Splits what a step counts by whose word it is: the licensee's own part counts now (its own word); the
 * licensors' and the broker's wait in a receipt for each licensor to confirm it
 * received the payment. No receipt (and no id drawn from `newReceiptId`) when no licensor's part counts.
 */
export function byOwnWord(
  counted: readonly LicenceCountEntry[],
  step: LicenceStep,
  licence: Pick<OpenLicence, 'licensors'>,
  newReceiptId: () => string,
  proofReference?: string,
): { now: LicenceCountEntry[]; receipt?: LicenceReceipt } {
  const role = (count: LicenceCountEntry) => count.evidence.data?.role;
  const now = counted.filter((count) => role(count) === 'licensee');
  const licensors = counted.filter((count) => role(count) === 'licensor');
  const broker = counted.find((count) => role(count) === 'broker');
  if (licensors.length === 0) return { now };
  const name = (orgId: string) => licence.licensors.find((p) => p.orgId === orgId)?.name ?? orgId;
  const receipt: LicenceReceipt = {
    id: newReceiptId(),
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

/**
 * A licensor (`share`) confirms `receipt`: its share counts with its evidence, and — once every licensor
 * has confirmed — the broker's part too (marked counted so it never counts twice).
 */
export function confirmedReceipt(
  licence: Pick<OpenLicence, 'id'>,
  receipt: LicenceReceipt,
  share: ReceiptShare,
  by: { userId: string; at: string },
): { receipt: LicenceReceipt; counted: LicenceCountEntry[] } {
  const { userId, at } = by;
  const year = chinaYear(at);
  const answered: LicenceReceipt = {
    ...receipt,
    licensors: receipt.licensors.map((s) =>
      s.orgId === share.orgId ? { ...s, status: 'confirmed', at, by: userId, reason: undefined } : s,
    ),
  };
  const counted: LicenceCountEntry[] = [
    {
      orgId: share.orgId,
      year,
      counts: share.counts,
      evidence: {
        orgId: share.orgId,
        kind: receipt.kind,
        subjectId: licence.id,
        amountFen: share.amountFen,
        actorId: userId,
        summary: `${share.summary}（许可方已确认收款）`,
        data: { ...share.data, recordedAt: receipt.recordedAt, confirmedBy: userId },
        at,
      },
    },
  ];
  if (!brokerDue(answered) || !answered.broker) return { receipt: answered, counted };
  const broker = answered.broker;
  counted.push({
    orgId: broker.orgId,
    year,
    counts: broker.counts,
    evidence: {
      orgId: broker.orgId,
      kind: receipt.kind,
      subjectId: licence.id,
      amountFen: broker.amountFen,
      actorId: userId,
      summary: `${broker.summary}（许可方已确认收款）`,
      data: { ...broker.data, recordedAt: receipt.recordedAt },
      at,
    },
  });
  return { receipt: { ...answered, broker: { ...broker, countedAt: at } }, counted };
}

/**
 * A licensor (`share`) disputes `receipt` with its reason: nothing counts, and the dispute is evidence on
 * its own trail and the licensee's, each naming the other as counterpart.
 */
export function disputedReceipt(
  licence: Pick<OpenLicence, 'id' | 'offer' | 'licensee'>,
  receipt: LicenceReceipt,
  share: ReceiptShare,
  by: { userId: string; at: string; reason: string },
): { receipt: LicenceReceipt; counted: LicenceCountEntry[] } {
  const { userId, at, reason } = by;
  const year = chinaYear(at);
  const summary = `${share.name} 对「${licence.offer.title}」${receipt.what}（${licence.licensee.name} 登记付款 ${formatFen(receipt.amountFen)}${receipt.proofReference ? `，凭证 ${receipt.proofReference}` : ''}）提出异议：${reason}`;
  const data = {
    licenceId: licence.id,
    receiptId: receipt.id,
    subjectTitle: licence.offer.title,
    patentNumbers: licence.offer.patentNumbers.join(','),
    reason,
    disputedByOrgId: share.orgId,
    recordedAmountFen: receipt.amountFen,
  };
  const counted: LicenceCountEntry[] = [
    { orgId: share.orgId, counterpart: licence.licensee.name },
    { orgId: licence.licensee.orgId, counterpart: share.name },
  ].map((side) => ({
    orgId: side.orgId,
    year,
    counts: {},
    evidence: {
      orgId: side.orgId,
      kind: 'payment_disputed',
      subjectId: licence.id,
      actorId: userId,
      summary,
      data: { ...data, counterpart: side.counterpart },
      at,
    },
  }));
  return {
    receipt: {
      ...receipt,
      licensors: receipt.licensors.map((s) =>
        s.orgId === share.orgId ? { ...s, status: 'disputed' as const, at, by: userId, reason } : s,
      ),
    },
    counted,
  };
}
