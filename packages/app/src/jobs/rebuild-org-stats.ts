import type { OrgStatsRepository } from '@openlicense/store';
import type { ScheduledJob } from './scheduled-handler.ts';

/** Nightly recount of organisations: repairs any drift in the stream-maintained counters. */
export const rebuildOrgStats = (stats: OrgStatsRepository): ScheduledJob => ({
  name: 'rebuild-org-stats',
  async run() {
    const counts = await stats.rebuild();
    const total = Object.values(counts).reduce(
      (sum, byStatus) => sum + Object.values(byStatus).reduce((a, b) => a + b, 0),
      0,
    );
    return `counted ${total} organisations`;
  },
});
