import { confirmedReceipt, type OpenLicence, type Principal, receiptShareOf } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { receiptOf, staleLicence } from './licence-receipt-of.ts';
import { type LicenceView, licenceView } from './licence-view.ts';
import { orgOf, today } from './load-licence.ts';

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
  const share = receiptShareOf(receipt, orgOf(principal));
  if (share.status === 'confirmed') return licenceView(current, day);
  if (input.version !== current.version) throw staleLicence(current);
  const at = deps.now().toISOString();
  const done = confirmedReceipt(current, receipt, share, { userId: principal.userId, at });
  const next: OpenLicence = {
    ...current,
    receipts: current.receipts.map((r) => (r.id === receiptId ? done.receipt : r)),
    updatedAt: at,
    version: current.version + 1,
  };
  return licenceView(await deps.store.licences.update(current, next, done.counted), day);
}
