import { type FilingState, filingState } from '@openlicense/domain/licence/filing';
import { daysBetween } from '@openlicense/domain/patent/iso-date';
import type { LicenceStatus, OpenLicence } from '../api/licences.ts';
import type { Royalty, RoyaltyBase } from '../api/royalty.ts';
import type { Badge, BadgeTone } from './badge.ts';

export { dueOnAcceptance, hasRunningRoyalty } from '@openlicense/domain/licence/acceptance';

const REPORT_FIELD: Readonly<Record<RoyaltyBase, 'netSalesFen' | 'profitFen' | 'units'>> = {
  net_sales: 'netSalesFen',
  profit: 'profitFen',
  per_unit: 'units',
};

/** The report field a running royalty is computed on; `null` for a fixed or free price. */
export function reportVolumeField(royalty: Royalty): 'netSalesFen' | 'profitFen' | 'units' | null {
  return royalty.method === 'running_royalty' || royalty.method === 'entry_fee_plus_royalty'
    ? REPORT_FIELD[royalty.base]
    : null;
}

const STATUS_TONES: Readonly<Record<LicenceStatus, BadgeTone>> = {
  notice_sent: 'warn',
  effective: 'ok',
  filed: 'ok',
  ended: 'muted',
  dispute: 'danger',
};

export function licenceStatusBadge(status: LicenceStatus): Badge {
  return { label: `licence.status.${status}`, tone: STATUS_TONES[status] };
}

export { daysBetween, type FilingState, filingState };

const FILING_TONES: Readonly<Record<FilingState, BadgeTone>> = {
  filed: 'ok',
  due: 'info',
  due_soon: 'warn',
  urgent: 'warn',
  overdue: 'danger',
};

/** The filing badge of a licence with its days left (or overdue); `null` before it took effect. */
export function filingBadge(licence: Pick<OpenLicence, 'filing'>, today: string): Badge | null {
  const filing = licence.filing;
  if (!filing) return null;
  const state = filingState(filing, today);
  const left = daysBetween(today, filing.deadline);
  return {
    label: `licence.filing.${state}`,
    tone: FILING_TONES[state],
    params: { days: Math.abs(left), deadline: filing.deadline, date: filing.filedOn ?? '' },
  };
}

/** What is still owed on a licence now: the due payment before it takes effect, then unpaid royalty reports. */
export function outstandingFen(
  licence: Pick<OpenLicence, 'status' | 'dueOnAcceptanceFen' | 'royaltyReports'>,
): number {
  const onAcceptance = licence.status === 'notice_sent' ? licence.dueOnAcceptanceFen : 0;
  const reports = licence.royaltyReports
    .filter((report) => report.paidOn === undefined)
    .reduce((sum, report) => sum + report.amountDueFen, 0);
  return onAcceptance + reports;
}

/** Whether the viewer's organisation is the licensee (it pays, reports and files). */
export const isLicensee = (licence: Pick<OpenLicence, 'licensee'>, orgId: string | undefined): boolean =>
  orgId !== undefined && licence.licensee.orgId === orgId;

/** Whether the viewer's organisation may record the filing: the licensee or a licensor. */
export const mayFile = (
  licence: Pick<OpenLicence, 'licensee' | 'licensors'>,
  orgId: string | undefined,
): boolean =>
  orgId !== undefined &&
  (licence.licensee.orgId === orgId || licence.licensors.some((party) => party.orgId === orgId));

/**
 * What a payment recorded now must amount to: the server's figure (the due payment or the next instalment),
 * else, from an older server, the payment due on acceptance while the licence waits for it.
 */
export function dueNowFen(licence: Pick<OpenLicence, 'status' | 'dueOnAcceptanceFen' | 'dueNowFen'>): number {
  if (licence.dueNowFen !== undefined) return licence.dueNowFen;
  return licence.status === 'notice_sent' ? licence.dueOnAcceptanceFen : 0;
}
