import {
  createCursorSigner,
  type PagedStoreContext,
  restrictStoreTo,
  type Store,
  type StoreClients,
} from '@openlicense/store';
import { type ApiGroup, GROUP_REPOSITORIES, type GroupRepository } from '../api-groups.ts';

/** What a group's store holds: its repositories (`GROUP_REPOSITORIES`) and the table's cursor signer. */
export type GroupStoreParts<G extends ApiGroup> = Pick<Store, GroupRepository<G> | 'cursors'>;

/**
 * `parts` seen as the full `Store` by `group`'s routes: a repository outside `GROUP_REPOSITORIES[group]`
 * throws, naming it and the function. Over a group's own store in its Lambda, and over the full store on
 * a laptop and in the tests, so the tests fail where the deployed function would.
 */
export function restrictStore<G extends ApiGroup>(group: G, parts: GroupStoreParts<G> | Store): Store {
  return restrictStoreTo(group, GROUP_REPOSITORIES[group], parts);
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
