import type { Store } from '@openlicense/store';
import { ulid } from 'ulidx';
import { expireDeclarations, type JobClock } from './jobs/expire-declarations.ts';
import { rebuildOrgStats } from './jobs/rebuild-org-stats.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

/** Every nightly job, in the order it runs. */
export const scheduledJobs = (
  store: Store,
  clock: JobClock = { now: () => new Date(), newId: () => ulid() },
): ScheduledJob[] => [rebuildOrgStats(store.orgStats), expireDeclarations(store.declarations, clock)];
