import { aPatent } from '../patent/patent.fixture.ts';
import type { Patent } from '../patent/patent.ts';
import type { GradingFacts, GradingOptions } from './grading-facts.ts';

/** The day every grading test is graded on: the baseline patent then has 10.6 years left. */
export const TODAY = '2026-12-07';

export interface FactsChange {
  patent?: Partial<Patent>;
  facts?: Partial<Omit<GradingFacts, 'patent'>>;
  options?: Partial<GradingOptions>;
}

/**
 * A baseline in the middle of grade B (score 67): a granted invention in force until 2037-07-25 (term
 * long), fees paid, unencumbered, IPC H01M 4/131 (先进储能材料) plus the declared chain 新能源, none a
 * priority of the region, one live need at 50 (moderate), never licensed. Test-only.
 */
export function baseline(change: FactsChange = {}): { facts: GradingFacts; options: GradingOptions } {
  return {
    facts: {
      patent: aPatent(change.patent),
      disputeOpen: false,
      matchedNeeds: [{ needId: 'need-1', score: 50 }],
      licensing: { licences: 0, deals: 0 },
      ...change.facts,
    },
    options: { today: TODAY, priorityChains: [], ...change.options },
  };
}

/** `count` matched needs scoring 50, ids `need-1`…. */
export function needsAt50(count: number): GradingFacts['matchedNeeds'] {
  return Array.from({ length: count }, (_, i) => ({ needId: `need-${i + 1}`, score: 50 }));
}
