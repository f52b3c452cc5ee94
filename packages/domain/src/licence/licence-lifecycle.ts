import type { Issue } from '../declaration/issue.ts';
import { DomainError } from '../errors.ts';
import { filingDeadline } from './filing.ts';
import { type LaterInstalment, nextInstalment } from './licence-money.ts';
import type { OpenLicence } from './open-licence.ts';
import { type RoyaltyReportInput, type RoyaltyReportRecord, royaltyDue } from './royalty-report.ts';

/**
 * Which step of an open licence may follow which, and who may take it:
 * notice_sent → effective (the due payment recorded) → filed (备案, within 3 months) → ended; a dispute may
 * be raised meanwhile. Instalments and royalty reports are paid while the licence is in effect.
 */

/** A 422 carrying every issue, each naming its field. */
export function licenceRefusal(code: string, headline: string, issues: readonly Issue[]): DomainError {
  return new DomainError(
    code,
    `${headline}：${issues.map((issue) => issue.message).join('；')}`,
    422,
    issues.map((issue) => ({ path: issue.field ?? '', code: issue.code, message: issue.message })),
  );
}

/** The parties who may read a licence: licensee, licensors and the broker. */
export const readersOf = (licence: OpenLicence): string[] => [
  licence.licensee.orgId,
  ...licence.licensors.map((party) => party.orgId),
  ...(licence.brokerOrgId ? [licence.brokerOrgId] : []),
];

/** The parties who may record the filing: the licensee and the licensors (Regs Art 87: either party). */
export const filersOf = (licence: OpenLicence): string[] => [
  licence.licensee.orgId,
  ...licence.licensors.map((party) => party.orgId),
];

/** The licence once its due payment is recorded on `day`: effective, its filing deadline set. */
export const effectiveOn = (
  licence: OpenLicence,
  payments: OpenLicence['payments'],
  day: string,
  at: string,
): OpenLicence => ({
  ...licence,
  status: 'effective',
  payments,
  effectiveDate: day,
  filing: { deadline: filingDeadline(day), remindersSent: [] },
  updatedAt: at,
  version: licence.version + 1,
});

/**
 * The instalment a payment recorded now (after the licence took effect) pays; refuses a licence ended or
 * in dispute, and one with nothing due (running royalties are paid on reports).
 */
export function instalmentDueNow(licence: OpenLicence): LaterInstalment {
  if (licence.status === 'ended' || licence.status === 'dispute')
    throw new DomainError(
      'licence_closed',
      '该许可已终止或有纠纷，不能登记付款 / the licence is ended or in dispute',
      409,
    );
  const instalment = nextInstalment(licence);
  if (!instalment)
    throw new DomainError(
      'nothing_due',
      '该许可目前没有待付的许可使用费；提成请通过提成报告登记 / nothing is due on this licence now; running royalties are paid on royalty reports',
      409,
    );
  return instalment;
}

/** Refuses a filing of a licence not yet effective or already filed. */
export function assertMayFile(licence: OpenLicence): asserts licence is OpenLicence & {
  filing: NonNullable<OpenLicence['filing']>;
  effectiveDate: string;
} {
  if (licence.status === 'notice_sent' || !licence.filing || !licence.effectiveDate)
    throw new DomainError(
      'licence_not_effective',
      '许可尚未生效（未登记付款），生效后方可备案 / the licence is not effective yet (payment not recorded): file it once it is',
      409,
    );
  if (licence.filing.filedOn !== undefined)
    throw new DomainError(
      'already_filed',
      `该许可已于 ${licence.filing.filedOn} 备案（备案号 ${licence.filing.filingNumber ?? ''}）/ the licence was filed on ${licence.filing.filedOn}`,
      409,
    );
}

/** Everything wrong with a filing date recorded on `today`: in the future, or before the licence took effect. */
export function filingIssues(effectiveDate: string, filedOn: string, today: string): Issue[] {
  const issues: Issue[] = [];
  if (filedOn > today)
    issues.push({
      code: 'filed_in_future',
      field: 'filedOn',
      message: '备案日期不能晚于今天 / filedOn must not be after today',
    });
  if (filedOn < effectiveDate)
    issues.push({
      code: 'filed_before_effect',
      field: 'filedOn',
      message: `备案日期不能早于许可生效日 ${effectiveDate} / filedOn must not be before the licence took effect`,
    });
  return issues;
}

/** The licence once filed: an effective licence becomes `filed`; another keeps its status. */
export const filedLicence = (
  licence: OpenLicence & { filing: NonNullable<OpenLicence['filing']> },
  input: { filingNumber: string; filedOn: string },
  at: string,
): OpenLicence => ({
  ...licence,
  status: licence.status === 'effective' ? 'filed' : licence.status,
  filing: { ...licence.filing, filedOn: input.filedOn, filingNumber: input.filingNumber },
  updatedAt: at,
  version: licence.version + 1,
});

/** The running royalty a report is computed on; refuses a licence not in effect or without one. */
export function runningRoyaltyOf(licence: OpenLicence) {
  if (licence.status !== 'effective' && licence.status !== 'filed')
    throw new DomainError(
      'licence_not_effective',
      '许可尚未生效或已终止，不能申报提成 / the licence is not in effect: no royalty report',
      409,
    );
  const royalty = licence.terms.royalty;
  if (royalty.method !== 'running_royalty' && royalty.method !== 'entry_fee_plus_royalty')
    throw new DomainError(
      'no_running_royalty',
      '该许可不按提成支付，无需申报 / this licence has no running royalty to report',
      409,
    );
  return royalty;
}

/**
 * A royalty report on `today` → the royalty due on it, or every issue: the figure its base needs, a
 * period not begun, ending before the licence took effect, or overlapping a report already made.
 */
export function royaltyReportDue(
  licence: OpenLicence,
  input: RoyaltyReportInput,
  today: string,
): { ok: true; amountFen: number } | { ok: false; issues: Issue[] } {
  const royalty = runningRoyaltyOf(licence);
  const issues: Issue[] = [];
  const due = royaltyDue(royalty, input);
  if (!due.ok) issues.push({ code: due.code, field: due.field, message: due.message });
  if (input.periodStart > today)
    issues.push({
      code: 'period_in_future',
      field: 'periodStart',
      message: '报告期尚未开始 / periodStart must not be after today',
    });
  if (licence.effectiveDate && input.periodEnd < licence.effectiveDate)
    issues.push({
      code: 'period_before_effect',
      field: 'periodEnd',
      message: `报告期应在许可生效日 ${licence.effectiveDate} 之后 / the period must not end before the licence took effect`,
    });
  const overlap = licence.royaltyReports.find(
    (report) => input.periodStart <= report.periodEnd && report.periodStart <= input.periodEnd,
  );
  if (overlap)
    issues.push({
      code: 'period_overlap',
      field: 'periodStart',
      message: `与已申报的报告期 ${overlap.periodStart} 至 ${overlap.periodEnd} 重叠 / overlaps the report of ${overlap.periodStart} to ${overlap.periodEnd}`,
    });
  if (issues.length > 0 || !due.ok) return { ok: false, issues };
  return { ok: true, amountFen: due.amountFen };
}

/** The report `reportId` of a licence, still unpaid; 404 when there is none, 409 when it was paid. */
export function unpaidReport(licence: OpenLicence, reportId: string): RoyaltyReportRecord {
  const report = licence.royaltyReports.find((r) => r.id === reportId);
  if (!report) throw new DomainError('not_found', '未找到该提成报告 / royalty report not found', 404);
  if (report.paidOn !== undefined)
    throw new DomainError(
      'already_paid',
      `该报告期的提成已于 ${report.paidOn} 支付（凭证号 ${report.proofReference ?? ''}）/ this report was paid on ${report.paidOn}`,
      409,
    );
  return report;
}
