import type { Store } from '@openlicense/store';
import { orgStatsConsumer } from './consumers/org-stats.ts';
import type { Matcher } from './matcher.ts';
import type { StreamConsumer } from './stream-handler.ts';

/** Every consumer of the main table's stream, in the order they run; the matcher's when it is given. */
export const streamConsumers = (
  store: Store,
  now: () => Date = () => new Date(),
  matcher?: Pick<Matcher, 'consumers'>,
): StreamConsumer[] => [orgStatsConsumer(store.orgStats, now), ...(matcher?.consumers ?? [])];
