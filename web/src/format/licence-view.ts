import type { LicenceFiling, LicenceStatus, OpenLicence } from '../api/licences.ts';
import type { Royalty, RoyaltyBase } from '../api/royalty.ts';
import type { Badge, BadgeTone } from './badge.ts';

/**
 * What the licensee pays on taking the licence, the same for everyone (the server's rule): a lump sum, the
 * entry fee, the instalments due in the first month; nothing for a free licence or a running royalty.
 *
 * @example dueOnAcceptance({ method: 'lump_sum', amountFen: 4_800_000 }) // 4_800_000
 */
export function dueOnAcceptance(royalty: Royalty): number {
  switch (royalty.method) {
    case 'lump_sum':
      return royalty.amountFen;
    case 'entry_fee_plus_royalty':
      return royalty.entryFeeFen;
    case 'instalments':
      return royalty.schedule
        .filter((instalment) => instalment.dueAfterMonths === 0)
        .reduce((sum, instalment) => sum + instalment.amountFen, 0);
    case 'running_royalty':
    case 'free':
      return 0;
  }
}

/** Whether the licensee reports sales (or profit, or units) later and pays a running royalty on them. */
export const hasRunningRoyalty = (royalty: Royalty): boolean =>
  royalty.method === 'running_royalty' || royalty.method === 'entry_fee_plus_royalty';

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

export type FilingState = 'filed' | 'due' | 'due_soon' | 'urgent' | 'overdue';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/**
 * Where a licence stands with its filing (备案, due three months after it took effect) on `today`, as the
 * server counts it: filed, due, due within 30 days, within 7 days, or overdue.
 *
 * @example filingState({ deadline: '2027-02-28', remindersSent: [] }, '2027-02-25') // 'urgent'
 */
export function filingState(filing: Pick<LicenceFiling, 'deadline' | 'filedOn'>, today: string): FilingState {
  if (filing.filedOn !== undefined) return 'filed';
  const left = daysBetween(today, filing.deadline);
  if (left < 0) return 'overdue';
  if (left <= 7) return 'urgent';
  if (left <= 30) return 'due_soon';
  return 'due';
}

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
