import {
  licenceRefusal,
  type OpenLicence,
  type Principal,
  type RoyaltyReportRecord,
  unpaidReport,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { countStep } from './count-step.ts';
import { type LicenceView, licenceView } from './licence-view.ts';
import { today } from './load-licence.ts';

/** The payment of a report's royalty: the amount is the one due; it counts toward the parties' amounts. */
export async function payRoyaltyReport(
  deps: AppDeps,
  principal: Principal,
  current: OpenLicence,
  reportId: string,
  input: { paidOn: string; proofReference: string },
): Promise<{ licence: LicenceView; report: RoyaltyReportRecord }> {
  const report = unpaidReport(current, reportId);
  const day = today(deps);
  if (input.paidOn > day)
    throw licenceRefusal('payment_invalid', '付款登记有误', [
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
  const split = await countStep(
    deps,
    reported,
    {
      kind: 'royalty_paid',
      amountFen: report.amountDueFen,
      at,
      actorId: principal.userId,
      what: `提成支付（${report.periodStart} 至 ${report.periodEnd}）`,
    },
    current,
    input.proofReference,
  );
  const next = split.receipt ? { ...reported, receipts: [...current.receipts, split.receipt] } : reported;
  return {
    licence: licenceView(await deps.store.licences.update(current, next, split.now), day),
    report: paid,
  };
}
