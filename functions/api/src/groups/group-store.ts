import {
  createCursorSigner,
  type PagedStoreContext,
  type Store,
  type StoreClients,
} from '@openlicense/store';
import {
  type ApiGroup,
  GROUP_REPOSITORIES,
  type GroupRepository,
  type StoreRepositoryName,
} from '../api-groups.ts';

/** Every name the full store answers, so a group's store tells a repository it lacks from any other property. */
const STORE_REPOSITORIES: Record<StoreRepositoryName, true> = {
  orgs: true,
  users: true,
  audit: true,
  idempotency: true,
  orgStats: true,
  jobRuns: true,
  patents: true,
  patentDisputes: true,
  declarations: true,
  bundles: true,
  needs: true,
  authorisations: true,
  matches: true,
  proposals: true,
  proposalQueue: true,
  pushes: true,
  pushPreferences: true,
  pushSettings: true,
  matchFeedback: true,
  quotas: true,
  quotaTargets: true,
  leads: true,
  licences: true,
  evidence: true,
  deals: true,
  events: true,
  ping: true,
};

/** What a group's store holds: its repositories (`GROUP_REPOSITORIES`) and the table's cursor signer. */
export type GroupStoreParts<G extends ApiGroup> = Pick<Store, GroupRepository<G> | 'cursors'>;

/**
 * `parts` seen as the full `Store` by `group`'s routes: a repository outside `GROUP_REPOSITORIES[group]`
 * throws, naming it and the function. Over a group's own store in its Lambda, and over the full store on
 * a laptop and in the tests, so the tests fail where the deployed function would.
 */
export function restrictStore<G extends ApiGroup>(group: G, parts: GroupStoreParts<G> | Store): Store {
  const allowed = new Set<string>(GROUP_REPOSITORIES[group]);
  return new Proxy(parts, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in STORE_REPOSITORIES && !allowed.has(property))
        throw new Error(`store.${property} is not available in the ${group} function`);
      return Reflect.get(target, property, receiver);
    },
  }) as Store;
}

/** The table, its client and its cursor signer, as `createStore` hands them to every repository. */
export function storeContext(
  clients: StoreClients,
  tableName: string,
  options: { cursorSecret?: string } = {},
): PagedStoreContext {
  return { doc: clients.doc, tableName, cursors: createCursorSigner(options.cursorSecret) };
}

/** How a group's Lambda builds its store: the same arguments as `createStore`. */
export type GroupStoreFactory = (
  clients: StoreClients,
  tableName: string,
  options?: { cursorSecret?: string },
) => Store;
