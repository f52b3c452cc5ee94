import type { Authorisation, FeedbackKind } from '@openlicense/domain';

type Nothing = Record<string, never>;

/** Which record a `stale_version` conflict is about (each is phrased for users in its own words). */
export type StaleSubject =
  | 'authorisation'
  | 'bundle'
  | 'deal'
  | 'declaration'
  | 'event'
  | 'licence'
  | 'need'
  | 'organisation'
  | 'patent'
  | 'patent_dispute'
  /** A push changing under a concurrent step (read, answer, delivery). */
  | 'push'
  /** Push preferences saved by someone else since they were read. */
  | 'push_preferences'
  /** Push preferences kept changing while a push was approved. */
  | 'push_preferences_busy'
  /** An unsubscribe link that kept losing the race against preference changes. */
  | 'unsubscribe'
  | 'quota_targets'
  /** An IP office's grading settings (priority chains, IPC → chain table) saved by someone else since read. */
  | 'grading_settings'
  /** A university's research fields saved by someone else since they were read. */
  | 'research_fields';

/**
 * Every conflict the store can report, with the facts it carries. The store names what happened; the
 * application (packages/app `conflictMessage`) phrases it for users, so no user-facing sentence is composed here.
 */
export interface StoreConflictDataMap {
  stale_version: { subject: StaleSubject };
  agent_not_approved: Nothing;
  authorisation_exists: Nothing;
  /**
   * The enterprise's authorisation stopped covering the write: a need saved by a broker, or a push approved
   * under `authorisation` (the lapsed one as it is now; absent when it is gone).
   */
  authorisation_revoked: { subject: 'need' } | { subject: 'push'; authorisation?: Authorisation };
  bundle_exists: Nothing;
  deal_exists: Nothing;
  lead_converted: Nothing;
  email_taken: Nothing;
  /** `user`: the user added to an organisation belongs to one; `self`: the applicant does. */
  already_member: { who: 'user' | 'self' };
  uscc_taken: Nothing;
  /** The patent moved under a dispute (`dispute`) or under a declaration's status change (`declaration`). */
  patent_changed: { subject: 'dispute' | 'declaration' };
  dispute_open: Nothing;
  /** The patent has a live declaration: when resolving a dispute (`dispute`), or when adding another (`declaration`). */
  declaration_active: { subject: 'dispute' | 'declaration' };
  declaration_exists: Nothing;
  event_exists: Nothing;
  event_closed: Nothing;
  not_invited: Nothing;
  client_ref_taken: Nothing;
  need_exists: { needId: string };
  total_limit_reached: { limitFen: number };
  /** The offer a licence is taken on is no longer offered: `status` now, since `since` (a China date). */
  offer_withdrawn: {
    offerKind: 'bundle' | 'declaration';
    offerId: string;
    status: string;
    since?: string;
    reason?: string;
    patentNumber?: string;
  };
  licence_held: { licenceId: string; offerTitle: string; noticeDate: string };
  PUSH_NOT_FOUND: Nothing;
  PUSH_NOT_DELIVERED: Nothing;
  PUSH_ALREADY_ANSWERED: { feedback: FeedbackKind };
  PUSH_UNSUBSCRIBED: Nothing;
  /** Pushed on `pushedAt`, locked until `until` (China dates; absent when the pair lock could not be read). */
  PUSH_DUPLICATE: { pushedAt?: string; until?: string };
  /** The week `week` (ISO week) is full at `cap` pushes; pushes open again on `nextMonday`. */
  PUSH_FREQUENCY_CAP: { cap: number; week: string; nextMonday: string };
  PROPOSAL_PUSHED: Nothing;
  PROPOSAL_REJECTED: Nothing;
  PROPOSAL_NOT_FOUND: Nothing;
}

export type StoreConflictCode = keyof StoreConflictDataMap;

const CODES = {
  stale_version: true,
  agent_not_approved: true,
  authorisation_exists: true,
  authorisation_revoked: true,
  bundle_exists: true,
  deal_exists: true,
  lead_converted: true,
  email_taken: true,
  already_member: true,
  uscc_taken: true,
  patent_changed: true,
  dispute_open: true,
  declaration_active: true,
  declaration_exists: true,
  event_exists: true,
  event_closed: true,
  not_invited: true,
  client_ref_taken: true,
  need_exists: true,
  total_limit_reached: true,
  offer_withdrawn: true,
  licence_held: true,
  PUSH_NOT_FOUND: true,
  PUSH_NOT_DELIVERED: true,
  PUSH_ALREADY_ANSWERED: true,
  PUSH_UNSUBSCRIBED: true,
  PUSH_DUPLICATE: true,
  PUSH_FREQUENCY_CAP: true,
  PROPOSAL_PUSHED: true,
  PROPOSAL_REJECTED: true,
  PROPOSAL_NOT_FOUND: true,
} as const satisfies Record<StoreConflictCode, true>;

/** Every code a {@link StoreConflictError} can carry: whoever phrases conflicts must phrase each of these. */
export const STORE_CONFLICT_CODES = Object.keys(CODES) as readonly StoreConflictCode[];

/** The data of a conflict with code `C`. */
export type StoreConflictData<C extends StoreConflictCode = StoreConflictCode> = StoreConflictDataMap[C];

/**
 * A conditional write refused the change: a unique value is taken, a version is stale, a rule checked in
 * the transaction no longer holds. It carries a `code` and the `data` to phrase it with; its `message` is
 * for developers and logs only (English, never shown to users).
 */
export class StoreConflictError<C extends StoreConflictCode = StoreConflictCode> extends Error {
  readonly data: StoreConflictData<C>;

  constructor(
    readonly code: C,
    ...[data]: StoreConflictData<C> extends Nothing
      ? [data?: StoreConflictData<C>]
      : [data: StoreConflictData<C>]
  ) {
    const facts = data ?? ({} as StoreConflictData<C>);
    super(`store conflict ${code}${Object.keys(facts).length > 0 ? ` ${JSON.stringify(facts)}` : ''}`);
    this.name = 'StoreConflictError';
    this.data = facts;
  }
}
