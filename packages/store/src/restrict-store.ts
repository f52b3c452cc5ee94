import type { Store } from './store.ts';

/** A repository (or the health probe, `ping`) of the store; `cursors` is no repository: every function has it. */
export type StoreRepositoryName = Exclude<keyof Store, 'cursors'>;

/** Every name the full store answers, so a function's store tells a repository it lacks from any other property. */
const STORE_REPOSITORIES: Record<StoreRepositoryName, true> = {
  orgs: true,
  users: true,
  audit: true,
  idempotency: true,
  orgStats: true,
  jobRuns: true,
  importJobs: true,
  patents: true,
  patentDisputes: true,
  patentGrades: true,
  declarations: true,
  bundles: true,
  needs: true,
  authorisations: true,
  matches: true,
  marketNeeds: true,
  fieldAlerts: true,
  proposals: true,
  proposalQueue: true,
  pushes: true,
  pushPreferences: true,
  pushSettings: true,
  matchFeedback: true,
  quotas: true,
  quotaTargets: true,
  gradingSettings: true,
  researchFields: true,
  leads: true,
  licences: true,
  evidence: true,
  deals: true,
  events: true,
  conversionNeeds: true,
  ping: true,
};

/**
 * `parts` seen as the full `Store` by the code of the function `owner`: a repository outside `allowed`
 * throws, naming it and the function. Over a function's own partial store in its Lambda, and over the full
 * store on a laptop and in the tests, so the tests fail where the deployed function would.
 */
export function restrictStoreTo(
  owner: string,
  allowed: readonly StoreRepositoryName[],
  parts: object,
): Store {
  const names = new Set<string>(allowed);
  return new Proxy(parts, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in STORE_REPOSITORIES && !names.has(property))
        throw new Error(`store.${property} is not available in the ${owner} function`);
      return Reflect.get(target, property, receiver);
    },
  }) as Store;
}
