import { DEFAULT_IPC_CHAIN_TABLE } from './default-ipc-chains.ts';
import {
  chainFactor,
  demandFactors,
  legalFactors,
  licensingFactor,
  termFactor,
  typeFactors,
} from './grade-factors.ts';
import type { GradeReason, PatentGrade, PatentGradeLetter } from './grade-reason.ts';
import type { GradedPatent, GradingFacts, GradingOptions } from './grading-facts.ts';
import { GRADING_THRESHOLDS as T } from './grading-thresholds.ts';
import { chainsOfIpc } from './ipc-chains.ts';

/** The right no longer exists: grade D whatever else is true. */
function hardRules(patent: GradedPatent, today: string): GradeReason[] {
  const reasons: GradeReason[] = [];
  if (patent.legal.invalidated === true) reasons.push({ code: 'invalidated', params: {}, effect: 0 });
  if (patent.expiryDate < today) {
    reasons.push({ code: 'term_ended', params: { expiryDate: patent.expiryDate }, effect: 0 });
  }
  if (patent.legal.annualFee === 'lapsed') reasons.push({ code: 'lapsed', params: {}, effect: 0 });
  return reasons;
}

/** The grade a score falls in (see `GRADING_THRESHOLDS.gradeFloors`). */
export function gradeForScore(score: number): PatentGradeLetter {
  const { A, B, C } = T.gradeFloors;
  if (score >= A) return 'A';
  if (score >= B) return 'B';
  if (score >= C) return 'C';
  return 'D';
}

/** The chains a patent serves: those it declares, then those its IPC codes map to. */
export function chainsOfPatent(
  patent: Pick<GradedPatent, 'ipc' | 'industryChains'>,
  table = DEFAULT_IPC_CHAIN_TABLE,
): string[] {
  return [...new Set([...patent.industryChains, ...chainsOfIpc(patent.ipc, table)])];
}

/**
 * Grades a patent's transfer potential (分级分类) A–D from explainable factors: remaining term, type and
 * evaluation report, legal status, live demand, industry chains and licensing history. Each factor gives
 * a reason with the points it moved (see {@link GRADING_THRESHOLDS}); the score is their sum on top of the
 * base, clamped to 0–100. A lapsed, invalidated or ended patent is D with score 0 and only those reasons.
 * A patent under an exclusive or sole licence is graded as usual, with `exclusive_licence_in_force` among
 * its reasons so the declare action can be withheld (see `gradeBlocksDeclaration`).
 *
 * @example gradePatent(facts, { today: '2026-12-07', priorityChains: ['先进储能材料'] }).grade // 'A'
 */
export function gradePatent(facts: GradingFacts, options: GradingOptions): PatentGrade {
  const { patent } = facts;
  const { today } = options;
  const ended = hardRules(patent, today);
  if (ended.length > 0) return { grade: 'D', score: 0, reasons: ended };

  const chains = chainsOfPatent(patent, options.ipcChains);
  const reasons = [
    ...legalFactors(patent, facts.disputeOpen, today),
    ...demandFactors(facts.matchedNeeds),
    termFactor(patent, today),
    ...typeFactors(patent),
    chainFactor(chains, options.priorityChains),
    licensingFactor(facts.licensing),
  ];
  const sum = reasons.reduce<number>((total, reason) => total + reason.effect, T.base);
  const score = Math.min(100, Math.max(0, sum));
  return { grade: gradeForScore(score), score, reasons };
}
