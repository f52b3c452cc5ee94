import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../deps.ts';
import { findMatchedListing, loadMatchedListing } from './match-views.ts';

const ID = '01HZY0000000000000000000AA';

/** Only the two reads the listing lookup makes. */
const depsWith = (get: () => Promise<unknown>) =>
  ({ store: { bundles: { get }, declarations: { get } } }) as unknown as AppDeps;

describe('findMatchedListing', () => {
  it('answers undefined for a listing or bundle that does not exist, and 404 through loadMatchedListing', async () => {
    const deps = depsWith(async () => undefined);
    expect(await findMatchedListing(deps, ID)).toBeUndefined();
    expect(await findMatchedListing(deps, `bundle:${ID}`)).toBeUndefined();
    await expect(loadMatchedListing(deps, ID)).rejects.toMatchObject({ status: 404 });
  });

  it('lets a failing read propagate instead of reporting the listing as missing or unpublished', async () => {
    const deps = depsWith(async () => {
      throw new Error('store unavailable');
    });
    await expect(findMatchedListing(deps, ID)).rejects.toThrow('store unavailable');
    await expect(findMatchedListing(deps, `bundle:${ID}`)).rejects.toThrow('store unavailable');
  });
});
