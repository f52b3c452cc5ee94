import { createStore, createStoreClients } from '@openlicense/store';
import { describe, expect, it } from 'vitest';
import { API_GROUP_NAMES, type ApiGroup, GROUP_REPOSITORIES } from '../api-groups.ts';
import { createAccountsStore } from './accounts-store.ts';
import { createCatalogueStore, createSupplyStore } from './catalogue-store.ts';
import { createDealsStore, createLicensingStore } from './dealing-store.ts';
import { createDemandStore } from './demand-store.ts';
import { type GroupStoreFactory, restrictStore } from './group-store.ts';
import { createMarketStore } from './market-store.ts';

// Building repositories sends nothing: no table is reached.
const clients = createStoreClients({ endpoint: 'http://127.0.0.1:9', region: 'cn-north-1' });

const FACTORIES: Record<ApiGroup, GroupStoreFactory> = {
  catalogue: createCatalogueStore,
  supply: createSupplyStore,
  demand: createDemandStore,
  licensing: createLicensingStore,
  deals: createDealsStore,
  market: createMarketStore,
  accounts: createAccountsStore,
};

/** A repository the group's routes do not reach: the first of the full store's that is not in its list. */
const missingFrom = (group: ApiGroup) =>
  Object.keys(createStore(clients, 't')).find(
    (name) => name !== 'cursors' && !(GROUP_REPOSITORIES[group] as readonly string[]).includes(name),
  )!;

describe.each(API_GROUP_NAMES)('the %s function’s store', (group) => {
  it('builds exactly the repositories its routes use, and the cursor signer', () => {
    // Act
    const store = FACTORIES[group](clients, 't', { cursorSecret: 's'.repeat(32) });

    // Assert
    expect(Object.keys(store).sort()).toEqual([...GROUP_REPOSITORIES[group], 'cursors'].sort());
  });

  it('names the repository and the function when a route reaches one it does not build', () => {
    // Prepare
    const store = FACTORIES[group](clients, 't');
    const missing = missingFrom(group);

    // Act / Assert
    expect(() => (store as unknown as Record<string, unknown>)[missing]).toThrow(
      `store.${missing} is not available in the ${group} function`,
    );
  });

  it('gives the laptop and the tests the same view of the full store', () => {
    // Prepare
    const full = createStore(clients, 't');
    const restricted = restrictStore(group, full);
    const missing = missingFrom(group);
    const allowed = GROUP_REPOSITORIES[group][0];

    // Act / Assert
    expect(restricted[allowed]).toBe(full[allowed]);
    expect(restricted.cursors).toBe(full.cursors);
    expect(() => (restricted as unknown as Record<string, unknown>)[missing]).toThrow(
      `store.${missing} is not available in the ${group} function`,
    );
  });
});
