import type { MatchReasonParam } from '../push/match-reason.ts';
import type { GradeReason, GradeReasonCode } from './grade-reason.ts';
import type { GradedPatent, MatchedNeed } from './grading-facts.ts';
import { GRADING_THRESHOLDS as T } from './grading-thresholds.ts';
import { yearsLeft } from './remaining-term.ts';

const reason = (
  code: GradeReasonCode,
  effect: number,
  params: Record<string, MatchReasonParam> = {},
): GradeReason => ({ code, params, effect });

/** Remaining term: long-lived patents are worth licensing for longer. */
export function termFactor(patent: GradedPatent, today: string): GradeReason {
  const years = yearsLeft(today, patent.expiryDate);
  const params = { yearsLeft: years, expiryDate: patent.expiryDate };
  if (years >= T.term.longYears) return reason('term_long', T.term.points.long, params);
  if (years < T.term.shortYears) return reason('term_short', T.term.points.short, params);
  return reason('term_medium', T.term.points.medium, params);
}

/** Patent type, and for a utility model or design its evaluation report (needed to declare it). */
export function typeFactors(patent: GradedPatent): GradeReason[] {
  const type = reason(`type_${patent.type}`, T.type.points[patent.type]);
  if (patent.type === 'invention') return [type];
  const conclusion = patent.evaluationReport?.conclusion ?? 'missing';
  return [type, reason(`evaluation_${conclusion}`, T.type.evaluationPoints[conclusion])];
}

/** Legal risks short of the hard rules; nothing when the patent is granted, paid up and unencumbered. */
export function legalFactors(patent: GradedPatent, disputeOpen: boolean, today: string): GradeReason[] {
  const { legal } = patent;
  const reasons: GradeReason[] = [];
  if (patent.grantDate === undefined || patent.grantDate > today) {
    reasons.push(reason('not_granted', T.legal.notGranted));
  }
  if (legal.annualFee === 'late_window') reasons.push(reason('fee_late_window', T.legal.feeLateWindow));
  if (legal.pledge?.pledgeeConsented === true) {
    reasons.push(reason('pledged_with_consent', T.legal.pledgedWithConsent));
  } else if (legal.pledge !== undefined) {
    reasons.push(reason('pledged_without_consent', T.legal.pledgedWithoutConsent));
  }
  if (legal.proceedingsSuspended === true) {
    reasons.push(reason('proceedings_suspended', T.legal.proceedingsSuspended));
  }
  if (disputeOpen) reasons.push(reason('dispute_open', T.legal.disputeOpen));
  const exclusive = legal.exclusiveLicence;
  if (exclusive !== undefined && exclusive.until >= today) {
    reasons.push(
      reason('exclusive_licence_in_force', T.legal.exclusiveLicence, {
        kind: exclusive.kind,
        until: exclusive.until,
      }),
    );
  }
  return reasons;
}

/** Live demand: how strong the best matching need is, and how many there are. */
export function demandFactors(needs: readonly MatchedNeed[]): GradeReason[] {
  const strongest = needs.reduce<MatchedNeed | undefined>(
    (best, need) =>
      best === undefined ||
      need.score > best.score ||
      (need.score === best.score && need.needId < best.needId)
        ? need
        : best,
    undefined,
  );
  if (strongest === undefined) return [reason('demand_none', T.demand.points.none)];
  const params = { score: strongest.score, needId: strongest.needId };
  const strength =
    strongest.score >= T.demand.strongScore
      ? reason('demand_strong', T.demand.points.strong, params)
      : reason('demand_moderate', T.demand.points.moderate, params);
  const count = needs.length;
  const breadth =
    count >= T.demand.broadCount
      ? T.demand.countPoints.broad
      : count >= T.demand.severalCount
        ? T.demand.countPoints.several
        : T.demand.countPoints.one;
  return [strength, reason('demand_count', breadth, { count })];
}

/** Industry chains it serves, and whether the region gives any of them priority. */
export function chainFactor(chains: readonly string[], priorityChains: readonly string[]): GradeReason {
  const priority = chains.filter((chain) => priorityChains.includes(chain));
  if (priority.length > 0) return reason('chain_priority', T.chains.points.priority, { chains: priority });
  if (chains.length > 0) return reason('chain_served', T.chains.points.served, { chains: [...chains] });
  return reason('chain_none', T.chains.points.none);
}

/** Licensing history: a patent someone already paid for is proven. */
export function licensingFactor(licensing: { licences: number; deals: number }): GradeReason {
  const { licences, deals } = licensing;
  const total = licences + deals;
  if (total >= T.licensing.repeatedCount) {
    return reason('licensed_repeatedly', T.licensing.points.repeatedly, { licences, deals });
  }
  if (total > 0) return reason('licensed_before', T.licensing.points.before, { licences, deals });
  return reason('licensing_none', T.licensing.points.never);
}
