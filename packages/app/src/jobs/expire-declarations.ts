import {
  type DeclarationRecord,
  isoDateInChina,
  statusChangeAction,
  statusChangeSummary,
  transition,
} from '@openlicense/domain';
import { type DeclarationRepository, StoreConflictError } from '@openlicense/store';
import type { ScheduledJob } from './scheduled-handler.ts';

/** The actor recorded on the evidence trail for changes the schedule makes. */
export const SYSTEM_ACTOR = 'system';
const SYSTEM_NAME = '系统';

export interface JobClock {
  now: () => Date;
  newId: () => string;
}

/**
 * Daily: every published declaration whose licence period ended, or whose patent expired, before today
 * (China time) becomes `expired`, with its audit entry, and gives back the patent's active slot. Reads only
 * the sparse expiry index, so it touches only what is due. Running it again changes nothing more: an
 * expired declaration leaves the index, and a stale copy fails its version check and is skipped.
 */
export const expireDeclarations = (declarations: DeclarationRepository, clock: JobClock): ScheduledJob => ({
  name: 'expire-declarations',
  async run() {
    const today = isoDateInChina(clock.now());
    let expired = 0;
    let skipped = 0;
    let cursor: string | undefined;
    do {
      const page = await declarations.listLapsedBefore(today, { limit: 100, cursor });
      for (const record of page.items) {
        if (await expireOne(declarations, record, today, clock)) expired++;
        else skipped++;
      }
      cursor = page.nextCursor;
    } while (cursor);
    return `expired ${expired} declarations${skipped > 0 ? `, skipped ${skipped} already changed` : ''}`;
  },
});

async function expireOne(
  declarations: DeclarationRepository,
  candidate: DeclarationRecord,
  today: string,
  clock: JobClock,
): Promise<boolean> {
  // The index is eventually consistent: act on the item as the table has it now.
  const current = await declarations.get(candidate.id);
  if (current?.status !== 'published' || current.listing.lapseDate >= today) return false;
  const at = clock.now().toISOString();
  const { listing, ...declaration } = current;
  const next = { ...transition(declaration, 'expire', { actorId: SYSTEM_ACTOR, at }), listing };
  try {
    await declarations.transition(current, next, {
      id: clock.newId(),
      orgId: current.holderOrgId,
      at,
      actorId: SYSTEM_ACTOR,
      action: statusChangeAction(next.status),
      summary: statusChangeSummary(next, SYSTEM_NAME),
    });
    return true;
  } catch (error) {
    if (error instanceof StoreConflictError) return false;
    throw error;
  }
}
