import type { Catalogue } from '@openlicense/app';
import { describe, expect, it } from 'vitest';
import { unavailable } from './unavailable.ts';

describe('a dependency a function does not build', () => {
  it('throws on use, naming the dependency and the function', () => {
    // Prepare
    const catalogue = unavailable<Catalogue>('catalogue', 'demand');

    // Act / Assert
    expect(() => catalogue.search).toThrow('catalogue.search is not available in the demand function');
  });

  it('is not mistaken for a promise when awaited or returned from an async function', async () => {
    // Prepare
    const catalogue = unavailable<Catalogue>('catalogue', 'demand');

    // Act / Assert
    await expect(Promise.resolve(catalogue)).resolves.toBe(catalogue);
  });
});
