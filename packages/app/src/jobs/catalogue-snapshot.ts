import type { DeclarationRepository } from '@openlicense/store';
import { Catalogue, type SnapshotStore } from '../catalogue/index.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

/**
 * Nightly: reads every published declaration into a fresh catalogue and stores its snapshot, so an API
 * cold start loads one object and applies a day's changes instead of reading every listing again. Runs
 * after `expire-declarations`, so the day's expiries are already out of it.
 */
export const catalogueSnapshot = (
  declarations: DeclarationRepository,
  snapshots: SnapshotStore,
  now: () => Date,
): ScheduledJob => ({
  name: 'catalogue-snapshot',
  async run() {
    const started = performance.now();
    const catalogue = new Catalogue({ declarations, snapshots, now });
    const { listings, bytes } = await catalogue.saveSnapshot();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `snapshot of ${listings} listings, ${bytes} bytes, in ${seconds} s`;
  },
});
