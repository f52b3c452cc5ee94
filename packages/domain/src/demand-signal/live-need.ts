import type { Need, NeedStatus } from '../need/need.ts';

/** Published needs still looking for a solution; drafts, fulfilled and closed needs are not demand. */
export const LIVE_NEED_STATUSES: readonly NeedStatus[] = ['open', 'matched', 'in_negotiation'];

/** Whether the need's status is live (the store indexes these by field; expiry is read against a date). */
export const hasLiveStatus = (need: Pick<Need, 'status'>) => LIVE_NEED_STATUSES.includes(need.status);

/**
 * Whether the need is live demand on `today` (a China date): a live status and a deadline, if any, not
 * passed (the deadline day itself still counts).
 */
export const isLiveNeed = (need: Pick<Need, 'status' | 'deadline'>, today: string) =>
  hasLiveStatus(need) && (need.deadline === undefined || need.deadline >= today);
