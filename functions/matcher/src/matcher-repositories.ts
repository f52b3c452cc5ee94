import type { StoreRepositoryName } from '@openlicense/store';

/**
 * The store repositories the matcher function reaches: its engine and writer (`MatcherStore`), the stream's
 * consumers (org statistics, push delivery), the schedule's run records and the grading run's reads and grades. Its Lambda builds only these
 * (`createMatcherStore`), and the laptop, the seed and the tests hand the matcher the full store restricted
 * to them (`restrictMatcherStore`), so code reaching another repository fails there, not in AWS.
 */
export const MATCHER_REPOSITORIES = [
  'declarations',
  'bundles',
  'needs',
  'orgs',
  'authorisations',
  'matches',
  'proposals',
  'pushes',
  'pushPreferences',
  'pushSettings',
  'matchFeedback',
  'orgStats',
  'jobRuns',
  // The grading run (grade-patents): ledgers, open disputes, licences and deals on each patent, and its grades.
  'patents',
  'patentGrades',
  'patentDisputes',
  'gradingSettings',
  'licences',
  'deals',
] as const satisfies readonly StoreRepositoryName[];

export type MatcherRepository = (typeof MATCHER_REPOSITORIES)[number];
