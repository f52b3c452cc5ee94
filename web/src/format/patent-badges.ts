import type { Patent } from '../api/patents.ts';
import type { Badge } from './badge.ts';

const FEE_BADGES = {
  paid: { label: 'patent.badge.fee.paid', tone: 'ok' },
  late_window: { label: 'patent.badge.fee.late_window', tone: 'warn' },
  lapsed: { label: 'patent.badge.fee.lapsed', tone: 'danger' },
} as const satisfies Record<Patent['legal']['annualFee'], Badge>;

/**
 * The legal-status badges of a ledger row, most serious first: expired (against `today`, `YYYY-MM-DD`),
 * invalidated, not granted, the annual fee, proceedings suspended, pledge, an exclusive or sole licence
 * still running. An expired or invalidated patent shows no fee badge: there is nothing left to pay for.
 */
export function patentBadges(
  patent: Pick<Patent, 'legal' | 'expiryDate' | 'grantDate'>,
  today: string,
): Badge[] {
  const { legal } = patent;
  const badges: Badge[] = [];
  const expired = patent.expiryDate < today;
  if (expired) badges.push({ label: 'patent.badge.expired', tone: 'danger' });
  if (legal.invalidated) badges.push({ label: 'patent.badge.invalidated', tone: 'danger' });
  if (patent.grantDate === undefined || patent.grantDate > today)
    badges.push({ label: 'patent.badge.notGranted', tone: 'muted' });
  if (!expired && !legal.invalidated) badges.push(FEE_BADGES[legal.annualFee]);
  if (legal.proceedingsSuspended) badges.push({ label: 'patent.badge.suspended', tone: 'danger' });
  if (legal.pledge)
    badges.push(
      legal.pledge.pledgeeConsented
        ? { label: 'patent.badge.pledged', tone: 'info' }
        : { label: 'patent.badge.pledgedNoConsent', tone: 'warn' },
    );
  const licence = legal.exclusiveLicence;
  if (licence && licence.until >= today)
    badges.push({
      label: licence.kind === 'exclusive' ? 'patent.badge.exclusive' : 'patent.badge.sole',
      tone: 'warn',
      params: { until: licence.until },
    });
  return badges;
}

/** `201710601862.3` → `ZL201710601862.3`, as printed on the certificate. */
export function displayPatentNumber(number: string): string {
  return `ZL${number}`;
}
