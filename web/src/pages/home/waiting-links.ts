import type { WaitingCode, WaitingItem } from '@openlicense/contract/waiting';
import type { MessageKey } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/** The id of the home page's own 待我确认 list, where confirmations are answered one by one. */
export const AWAITING_LIST_ID = 'awaiting-confirmation';

/**
 * Where each waiting task is done: the screen (and filter) listing exactly what the count counts.
 * Confirmations are answered from the list below on the home page itself.
 */
export const WAITING_HREFS: Readonly<Record<WaitingCode, string>> = {
  declarations_to_revise: screenHref('declarations', [], { status: 'rejected' }),
  declarations_drafts: screenHref('declarations', [], { status: 'draft' }),
  declarations_in_review: screenHref('declarations', [], { status: 'submitted' }),
  bundle_consents: screenHref('bundles'),
  bundles_to_revise: screenHref('bundles'),
  bundles_in_review: screenHref('bundles'),
  proposals_to_review: screenHref('proposals', [], { status: 'proposed' }),
  events_to_record: screenHref('events'),
  event_invitations: screenHref('events'),
  unread_pushes: screenHref('inbox'),
  filings_overdue: screenHref('licences'),
  filings_due_soon: screenHref('licences'),
  confirmations_unconfirmed: screenHref('home'),
  confirmations_disputed: screenHref('home'),
  org_applications: screenHref('review'),
  declaration_reviews: screenHref('declarationReview'),
  bundle_reviews: screenHref('bundleReview'),
  patent_disputes: screenHref('review'),
  orgs_at_risk: screenHref('quotaOverview', [], { status: 'at_risk' }),
  orgs_missed: screenHref('quotaOverview', [], { status: 'missed' }),
};

/** Codes answered on the home page itself (the 待我确认 list), not on another screen. */
export const ANSWERED_AT_HOME: readonly WaitingCode[] = [
  'confirmations_unconfirmed',
  'confirmations_disputed',
];

/** Which date an item carries: a deadline for filings, an event's date for events. */
export function waitingDateKey(code: WaitingCode): MessageKey {
  return code === 'events_to_record' || code === 'event_invitations'
    ? 'home.waiting.date.event'
    : 'home.waiting.date.deadline';
}

/** The items to show: those with something waiting, in the server's order (most pressing kinds first). */
export const openItems = (items: readonly WaitingItem[]): WaitingItem[] => items.filter((i) => i.count > 0);
