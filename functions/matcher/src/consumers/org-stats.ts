import { OrgStatusSchema, OrgTypeSchema } from '@openlicense/domain';
import type { CountDelta, OrgStatsRepository } from '@openlicense/store';
import type { ChangeRecord } from '../change-record.ts';
import type { StreamConsumer } from '../stream-handler.ts';

function bucket(image: Record<string, unknown> | undefined) {
  const type = OrgTypeSchema.safeParse(image?.type);
  const status = OrgStatusSchema.safeParse(image?.status);
  return type.success && status.success ? { type: type.data, status: status.data } : undefined;
}

/** The ±1 moves a change of one organisation makes to the counts by type and status. */
export function orgCountDeltas(record: ChangeRecord): CountDelta[] {
  const before = bucket(record.oldImage);
  const after = bucket(record.newImage);
  if (before && after && before.type === after.type && before.status === after.status) return [];
  return [
    ...(before ? [{ ...before, by: -1 as const }] : []),
    ...(after ? [{ ...after, by: 1 as const }] : []),
  ];
}

/** Keeps the IP office's organisation counts current as applications arrive and are reviewed. */
export function orgStatsConsumer(stats: OrgStatsRepository, now: () => Date): StreamConsumer {
  return {
    name: 'org-stats',
    wants: (record) => record.entity === 'Org',
    async apply(record) {
      await stats.applyOnce(record.eventId, orgCountDeltas(record), now().getTime());
    },
  };
}
