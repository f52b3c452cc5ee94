import type { Store } from '@openlicense/store';
import { rebuildOrgStats } from './jobs/rebuild-org-stats.ts';
import type { ScheduledJob } from './scheduled-handler.ts';

/** Every nightly job, in the order it runs. */
export const scheduledJobs = (store: Store): ScheduledJob[] => [rebuildOrgStats(store.orgStats)];
