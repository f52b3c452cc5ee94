import { createStore, createStoreClients } from '@openlicense/store';
import { describe, expect, it } from 'vitest';
import { MATCHER_REPOSITORIES } from './matcher-repositories.ts';
import { createMatcherStore, restrictMatcherStore } from './matcher-store.ts';

// Building repositories sends nothing: no table is reached.
const clients = createStoreClients({ endpoint: 'http://127.0.0.1:9', region: 'cn-north-1' });

describe('the matcher function’s store', () => {
  it('builds exactly MATCHER_REPOSITORIES and the cursor signer', () => {
    // Act
    const store = createMatcherStore(clients, 't');

    // Assert
    expect(Object.keys(store).sort()).toEqual([...MATCHER_REPOSITORIES, 'cursors'].sort());
  });

  it('names the repository and the function when the matcher reaches one it does not build', () => {
    // Prepare
    const store = createMatcherStore(clients, 't');

    // Act / Assert
    expect(() => store.leads).toThrow('store.leads is not available in the matcher function');
  });

  it('gives the laptop, the seed and the tests the same view of the full store', () => {
    // Prepare
    const full = createStore(clients, 't');
    const restricted = restrictMatcherStore(full);

    // Act / Assert
    expect(restricted.pushes).toBe(full.pushes);
    expect(restricted.jobRuns).toBe(full.jobRuns);
    expect(() => restricted.quotas).toThrow('store.quotas is not available in the matcher function');
  });
});
