import {
  assertMayDisputeReceipt,
  disputedReceipt,
  type OpenLicence,
  type Principal,
  receiptShareOf,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { receiptOf, staleLicence } from './licence-receipt-of.ts';
import { type LicenceView, licenceView } from './licence-view.ts';
import { orgOf, today } from './load-licence.ts';

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
  const share = receiptShareOf(receipt, orgOf(principal));
  assertMayDisputeReceipt(share);
  if (input.version !== current.version) throw staleLicence(current);
  const at = deps.now().toISOString();
  const done = disputedReceipt(current, receipt, share, {
    userId: principal.userId,
    at,
    reason: input.reason,
  });
  const next: OpenLicence = {
    ...current,
    receipts: current.receipts.map((r) => (r.id === receiptId ? done.receipt : r)),
    updatedAt: at,
    version: current.version + 1,
  };
  return licenceView(await deps.store.licences.update(current, next, done.counted), day);
}
