import type { EvidenceInput } from '../evidence/evidence.ts';
import { chinaYear } from '../push/calendar.ts';
import { formatFen } from '../validation/money.ts';
import { splitEvenly } from './licence-money.ts';
import type { OpenLicence } from './open-licence.ts';

/**
 * The yearly counters a licence step moves, by the name the quota counter item carries (the store's
 * `quotaAttribute` spells the same names).
 */
export const LICENCE_COUNTERS = {
  /** Enterprise: patents taken in and their amount. */
  intakeCount: 'intakeCount',
  intakeFen: 'intakeFen',
  /** University: conversions and their amount. */
  conversionCount: 'conversionCount',
  conversionFen: 'conversionFen',
  /** Agency or park: university licences it brokered and their amount. */
  brokeredCount: 'brokeredCount',
  brokeredFen: 'brokeredFen',
} as const;

/** A step of a licence that counts: taking effect (`open_licence`) or a later payment (`royalty_paid`). */
export interface LicenceStep {
  kind: 'open_licence' | 'royalty_paid';
  amountFen: number;
  /** ISO timestamp of the step: its China-time year is the year it counts for. */
  at: string;
  actorId: string;
  /** What was recorded, in Chinese: 开放许可生效, 第 2 期分期付款, 提成支付（…）. */
  what: string;
}

/** What one organisation's counters gain from a step, with the evidence proving it. */
export interface LicenceCountEntry {
  orgId: string;
  year: string;
  /** Counter name → amount to add. */
  counts: Record<string, number>;
  evidence: EvidenceInput;
}

/** The role an entry's evidence names: who it counts for. */
export type LicenceCountRole = 'licensee' | 'licensor' | 'broker';

/**
 * The counters and evidence a licence step moves: on taking effect (`open_licence`, with counts) the
 * enterprise's intake, each university licensor's conversion (its share of the amount, split evenly) and
 * the broker's brokered licences of university patents; on a later payment (`royalty_paid`) the amounts
 * only, and nothing for whom the payment brings no amount. `universityOrgIds` names the licensors that are
 * universities: only they (and the broker of their licences) count conversions.
 */
export function licenceCounts(
  licence: OpenLicence,
  step: LicenceStep,
  universityOrgIds: ReadonlySet<string>,
): LicenceCountEntry[] {
  const withCount = step.kind === 'open_licence';
  if (!withCount && step.amountFen === 0) return [];
  const year = chinaYear(step.at);
  const shares = splitEvenly(step.amountFen, licence.licensors.length);
  const universityShare = licence.licensors.reduce(
    (sum, party, i) => sum + (universityOrgIds.has(party.orgId) ? (shares[i] ?? 0) : 0),
    0,
  );
  const patents = licence.offer.patentNumbers.map((n) => `ZL${n}`).join('、');
  const data = (counterpart: string, role: LicenceCountRole) => ({
    licenceId: licence.id,
    subjectTitle: licence.offer.title,
    patentNumbers: licence.offer.patentNumbers.join(','),
    counterpart,
    role,
  });
  const amount = step.amountFen > 0 ? `，金额 ${formatFen(step.amountFen)}` : '';
  const c = LICENCE_COUNTERS;
  const entry = (
    orgId: string,
    counts: Record<string, number>,
    amountFen: number,
    summary: string,
    counterpart: string,
    role: LicenceCountRole,
  ): LicenceCountEntry => ({
    orgId,
    year,
    counts,
    evidence: {
      orgId,
      kind: step.kind,
      subjectId: licence.id,
      amountFen,
      actorId: step.actorId,
      summary,
      data: data(counterpart, role),
      at: step.at,
    },
  });
  const licensorNames = licence.licensors.map((p) => p.name).join('、');
  const counted: LicenceCountEntry[] = [
    entry(
      licence.licensee.orgId,
      {
        ...(withCount ? { [c.intakeCount]: 1 } : {}),
        ...(step.amountFen > 0 ? { [c.intakeFen]: step.amountFen } : {}),
      },
      step.amountFen,
      `${step.what}：${licence.licensee.name} 取得「${licence.offer.title}」（${patents}）开放许可，许可方 ${licensorNames}${amount}`,
      licensorNames,
      'licensee',
    ),
  ];
  licence.licensors.forEach((party, i) => {
    if (!universityOrgIds.has(party.orgId)) return;
    const share = shares[i] ?? 0;
    if (!withCount && share === 0) return;
    counted.push(
      entry(
        party.orgId,
        {
          ...(withCount ? { [c.conversionCount]: 1 } : {}),
          ...(share > 0 ? { [c.conversionFen]: share } : {}),
        },
        share,
        `${step.what}：「${licence.offer.title}」（${patents}）开放许可给 ${licence.licensee.name}${share > 0 ? `，本单位份额 ${formatFen(share)}` : ''}`,
        licence.licensee.name,
        'licensor',
      ),
    );
  });
  if (licence.brokerOrgId && universityOrgIds.size > 0 && (withCount || universityShare > 0)) {
    counted.push(
      entry(
        licence.brokerOrgId,
        {
          ...(withCount ? { [c.brokeredCount]: 1 } : {}),
          ...(universityShare > 0 ? { [c.brokeredFen]: universityShare } : {}),
        },
        universityShare,
        `${step.what}（促成）：${licensorNames} →「${licence.offer.title}」→ ${licence.licensee.name}${universityShare > 0 ? `，金额 ${formatFen(universityShare)}` : ''}`,
        `${licensorNames} → ${licence.licensee.name}`,
        'broker',
      ),
    );
  }
  return counted;
}
