import type { Store } from '@openlicense/store';
import { orgStatsConsumer } from './consumers/org-stats.ts';
import type { StreamConsumer } from './stream-handler.ts';

/** Every consumer of the main table's stream, in the order they run. */
export const streamConsumers = (store: Store, now: () => Date = () => new Date()): StreamConsumer[] => [
  orgStatsConsumer(store.orgStats, now),
];
