import {
  licenceRefusal,
  type OpenLicence,
  type RoyaltyReportInput,
  type RoyaltyReportRecord,
  royaltyReportDue,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { type LicenceView, licenceView } from './licence-view.ts';
import { today } from './load-licence.ts';

/** A periodic report of sales (or profit, or units) → the royalty due on it. */
export async function addRoyaltyReport(
  deps: AppDeps,
  current: OpenLicence,
  input: RoyaltyReportInput,
): Promise<{ licence: LicenceView; report: RoyaltyReportRecord }> {
  const day = today(deps);
  const due = royaltyReportDue(current, input, day);
  if (!due.ok) throw licenceRefusal('report_invalid', '提成报告有误', due.issues);
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
