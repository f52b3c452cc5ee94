import * as z from 'zod/mini';
import { DEAL_KIND_LABELS, DealKindSchema } from '../deal/deal.ts';
import { DEAL_ROLE_LABELS, dealRolesOf, dealWaitsFor } from '../deal/deal-confirmation.ts';
import { type Deal, dealCountsFor } from '../deal/deal-record.ts';
import { receiptWaitsFor } from '../licence/licence-receipt.ts';
import type { OpenLicence } from '../licence/open-licence.ts';
import { chinaYear } from '../push/calendar.ts';

/**
 * A result that would count for an organisation but does not yet: a signed deal naming it that it has not
 * confirmed (or disputes), or a payment recorded to it as licensor that it has not confirmed receiving. Its
 * "待我确认" list, and what the IP office sees apart from confirmed results.
 */
export const AwaitingItemSchema = z.object({
  kind: z.enum(['deal', 'licence_receipt']),
  /** The deal's or the licence's id. */
  id: z.string(),
  receiptId: z.optional(z.string()),
  status: z.enum(['unconfirmed', 'disputed']),
  /** What it is, for a reader: 普通许可 ZL…（中南大学 → 麓谷锂电）, or the licence's offer and step. */
  title: z.string(),
  /** The organisation's role in it: 供方, 受让方/被许可方, 服务机构, 许可方. */
  role: z.string(),
  /** The same roles as codes, which a screen names in its own language. */
  roleCodes: z.optional(z.array(z.enum(['supplier', 'acquirer', 'broker', 'licensor']))),
  /** What `title` says, as facts a screen phrases in its own language. */
  subject: z.optional(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('deal'),
        dealKind: DealKindSchema,
        patentNumbers: z.array(z.string()),
        suppliers: z.array(z.string()),
        acquirer: z.string(),
      }),
      z.object({
        kind: z.literal('licence_receipt'),
        offerTitle: z.string(),
        receiptKind: z.enum(['open_licence', 'royalty_paid']),
      }),
    ]),
  ),
  counterpart: z.string(),
  /** What it would count for the organisation, in fen. */
  amountFen: z.int().check(z.nonnegative()),
  /** When it was signed or recorded. */
  since: z.string(),
  reason: z.optional(z.string()),
  /** The deal's or licence's version, to answer it. */
  version: z.int().check(z.positive()),
});
export type AwaitingItem = z.infer<typeof AwaitingItemSchema>;

export const AWAITING_STATUS_LABELS: Readonly<Record<AwaitingItem['status'], string>> = {
  unconfirmed: '待确认',
  disputed: '有异议',
};

const numbers = (patents: readonly { number: string }[]) => {
  const all = patents.map((p) => `ZL${p.number}`);
  return all.length > 3 ? `${all.slice(0, 3).join('、')} 等 ${all.length} 件` : all.join('、');
};

/** The deals and licence receipts that wait for `orgId`, oldest first; of one China-time year if given. */
export function awaitingConfirmation(
  orgId: string,
  deals: readonly Deal[],
  licences: readonly OpenLicence[],
  year?: number,
): AwaitingItem[] {
  const inYear = (at: string) => year === undefined || chinaYear(at) === String(year);
  const items: AwaitingItem[] = [];
  for (const deal of deals) {
    const status = dealWaitsFor(deal, orgId);
    if (!status || !deal.signedAt || !inYear(deal.signedAt)) continue;
    const roles = dealRolesOf(deal, orgId);
    const share = dealCountsFor(deal, deal.amountFen ?? 0, [orgId]).find((c) => c.role !== 'broker');
    const answer = deal.confirmations.find((c) => c.orgId === orgId);
    items.push({
      kind: 'deal',
      id: deal.id,
      status,
      title: `${DEAL_KIND_LABELS[deal.kind]} ${numbers(deal.patents)}（${deal.suppliers.map((s) => s.name).join('、')} → ${deal.acquirer.name}）`,
      role: roles.map((r) => DEAL_ROLE_LABELS[r]).join('、'),
      roleCodes: roles,
      subject: {
        kind: 'deal',
        dealKind: deal.kind,
        patentNumbers: deal.patents.map((p) => `ZL${p.number}`),
        suppliers: deal.suppliers.map((s) => s.name),
        acquirer: deal.acquirer.name,
      },
      counterpart: roles.includes('acquirer')
        ? deal.suppliers.map((s) => s.name).join('、')
        : deal.acquirer.name,
      amountFen: share?.amountFen ?? deal.amountFen ?? 0,
      since: deal.signedAt,
      ...(answer?.reason ? { reason: answer.reason } : {}),
      version: deal.version,
    });
  }
  for (const licence of licences) {
    for (const receipt of licence.receipts) {
      const status = receiptWaitsFor(receipt, orgId);
      if (!status || !inYear(receipt.recordedAt)) continue;
      const share = receipt.licensors.find((s) => s.orgId === orgId);
      items.push({
        kind: 'licence_receipt',
        id: licence.id,
        receiptId: receipt.id,
        status,
        title: `开放许可「${licence.offer.title}」${receipt.what}`,
        role: '许可方',
        roleCodes: ['licensor'],
        subject: { kind: 'licence_receipt', offerTitle: licence.offer.title, receiptKind: receipt.kind },
        counterpart: licence.licensee.name,
        amountFen: share?.amountFen ?? 0,
        since: receipt.recordedAt,
        ...(share?.reason ? { reason: share.reason } : {}),
        version: licence.version,
      });
    }
  }
  return items.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

/** How many wait, of each status. */
export function awaitingCounts(items: readonly AwaitingItem[]): { unconfirmed: number; disputed: number } {
  return {
    unconfirmed: items.filter((i) => i.status === 'unconfirmed').length,
    disputed: items.filter((i) => i.status === 'disputed').length,
  };
}
